"""Context layers of the friches scoring found by their names."""

from aula_toolkit_plugin.aula_toolkit.friches import context, discovery


def test_demo_geopackage_names_are_recognised():
    names = ["arrets_tc_GENERE", "zonage_plu_GENERE", "zones_inondables_GENERE", "autoroutes_GENERE",
             "donnees_communales_GENERE", "mairies", "communes", "epci"]
    assert discovery.find_context_layers(names) == {
        "TRANSPORT_STOPS": "arrets_tc_GENERE", "PLU_ZONES": "zonage_plu_GENERE", "FLOOD_ZONES": "zones_inondables_GENERE",
        "MOTORWAYS": "autoroutes_GENERE", "COMMUNE_DATA": "donnees_communales_GENERE", "MAIRIES": "mairies"}


def test_names_in_words_accents_and_short_codes():
    assert discovery.key_of("Zones humides (SAGE) 2023") == "WETLANDS"
    assert discovery.key_of("Cavités souterraines BRGM") == "CAVITIES"
    assert discovery.key_of("ICPE_62") == "TECH_RISKS"
    assert discovery.key_of("ITE_fret") == "ITE"
    assert discovery.key_of("sites_friches") is None  # 'sis' and 'ite' are whole words only
    assert discovery.key_of("communes") is None and discovery.key_of("epci") is None


def test_every_context_key_of_the_scoring_has_patterns():
    assert set(context.LAYER_CRITERIA) | {"COMMUNE_DATA"} == set(discovery.NAME_PATTERNS)
