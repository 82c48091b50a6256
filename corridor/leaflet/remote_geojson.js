/* A GeoJSON layer fetched by URL, shown only between two zoom levels.
 * The file is fetched the first time the map enters that range, then kept.
 * A failed fetch leaves the layer empty; onLoaded(ok) runs either way. */
/* global corridorFetchJson */
/* exported corridorRemoteGeoJson */
function corridorRemoteGeoJson(map, url, layerOptions, minZoom, maxZoom, onLoaded) {
    var layer = L.geoJSON(null, layerOptions);
    var requested = false;
    function inRange() {
        var zoom = map.getZoom();
        return zoom >= minZoom && zoom < maxZoom;
    }
    function update() {
        if (!inRange()) {
            map.removeLayer(layer);
            return;
        }
        layer.addTo(map);
        if (requested) {
            return;
        }
        requested = true;
        corridorFetchJson(url)
            .then(function (data) { layer.addData(data); return true; })
            .catch(function (error) { console.warn("could not load " + url, error); return false; })
            .then(function (ok) { if (onLoaded) { onLoaded(ok); } });
    }
    map.on("zoomend", update);
    update();
    return layer;
}
