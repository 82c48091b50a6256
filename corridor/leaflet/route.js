/* The route explorer's route: a halo under the links it takes, dashed where a
 * leg is not operating in the year. Drawn again only when the route changes;
 * a new route is framed clear of everything over the map (clear.js) unless
 * the state brings a view, and its ends are told to the labels:
 * [lon, lat, {language: name}, place id]. */
(function (corridor) {
    corridor.route = function (m) {
        var key = null;
        var layer = null;

        /* The route framed clear of everything over the map, unless the state brings a view. */
        function frame() {
            if (layer && (!m.state.view || m.state.view.serial === m.view.serial())) {
                m.clear.frame(layer.getBounds(), {maxZoom: corridor.FOCUS_MAX_ZOOM});
            }
        }

        function draw() {
            var map = m.map;
            var route = m.state.route;
            var next = route ? route.key : null;
            if (next === key) {
                return;
            }
            key = next;
            if (layer) {
                map.removeLayer(layer);
                layer = null;
            }
            /* The labels name the route's ends. */
            map.fire("corridor:route", {ends: route ? route.ends : []});
            if (!route) {
                return;
            }
            if (!map.getPane("corridor-route")) {
                map.createPane("corridor-route", map.getPane("overlayPane")).style.zIndex = 399;
            }
            layer = L.featureGroup(route.lines.map(function (line, index) {
                var style = L.extend({pane: "corridor-route"}, m.config.route.style);
                if (!route.operating[index]) {
                    style.dashArray = m.config.route.plannedDash;
                }
                return L.polyline(line, style);
            })).addTo(map);
            /* In the next frame: the frame may still be taking its height. */
            requestAnimationFrame(frame);
        }

        return {
            draw: draw,
            frame: frame,
            /* Whether a route is on the map. */
            drawn: function () { return key !== null; }
        };
    };
}(window.corridor = window.corridor || {}));
