from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError, preview


def test_input_error_is_french_then_english():
    err = AulaInputError(fr="Champ « idcom » absent", en="Field 'idcom' missing")
    assert str(err).splitlines() == ["Champ « idcom » absent", "Field 'idcom' missing"]


def test_preview_truncates_long_lists():
    assert preview(range(12), limit=3) == "0, 1, 2 … (+9)"
    assert preview(["a"]) == "a"
