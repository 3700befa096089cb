<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="AllStyleCategories" minScale="1e+08" maxScale="0" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <provider>
      <resampling enabled="false" zoomedInResamplingMethod="nearestNeighbour" zoomedOutResamplingMethod="nearestNeighbour" maxOversampling="2"/>
    </provider>
    <rasterrenderer type="paletted" band="2" opacity="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry value="3" color="#b2182b" alpha="255" label="Point chaud – confiance 99 %"/>
        <paletteEntry value="2" color="#ef8a62" alpha="255" label="Point chaud – confiance 95 %"/>
        <paletteEntry value="1" color="#fddbc7" alpha="255" label="Point chaud – confiance 90 %"/>
        <paletteEntry value="0" color="#f2f2f2" alpha="255" label="Non significatif"/>
        <paletteEntry value="-1" color="#d1e5f0" alpha="255" label="Point froid – confiance 90 %"/>
        <paletteEntry value="-2" color="#67a9cf" alpha="255" label="Point froid – confiance 95 %"/>
        <paletteEntry value="-3" color="#2166ac" alpha="255" label="Point froid – confiance 99 %"/>
      </colorPalette>
      <colorramp type="randomcolors" name="[source]"/>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" colorizeOn="0" grayscaleMode="0" colorizeStrength="100" colorizeRed="255" colorizeGreen="128" colorizeBlue="128" invertColors="0"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
