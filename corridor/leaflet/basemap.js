/* The basemap: the coarse borders, and the detailed ones from the config's
 * detail zoom, drawn under everything in a pane of their own. */
/* global corridorRemoteGeoJson */
(function (corridor) {
    corridor.addBasemap = function (m) {
        var map = m.map;
        var basemap = m.config.basemap;
        var pane = map.createPane(basemap.pane);
        pane.style.zIndex = basemap.paneZ;
        pane.style.pointerEvents = "none";
        var options = {pane: basemap.pane, interactive: false, style: basemap.style, attribution: basemap.attribution};
        m.notice.basemapLoaded(basemap.available);
        m.basemapLayers = [
            corridorRemoteGeoJson(map, basemap.borders, options, 0, basemap.detailZoom, function (ok) {
                m.notice.basemapLoaded(ok);
                performance.mark("corridor:basemap");
                map.fire("corridor:basemap");
            }),
            corridorRemoteGeoJson(map, basemap.detail, options, basemap.detailZoom, 99, m.notice.basemapLoaded)
        ];
    };
}(window.corridor = window.corridor || {}));
