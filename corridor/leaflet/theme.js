/* The map follows the page's light or dark theme: the land, the sea, the
 * colours too dark for a dark basemap (the theme's "recolour", applied to every
 * shape and legend sample drawn in them) and (in the stylesheet) the legend,
 * the names and the controls. */
/* global corridorTakePageColours */
(function (corridor) {
    corridor.theme = function (m) {
        var dark = null;
        var queued = false;
        var sheet = null;

        /* A shape's stroke, and a legend sample's fill or stroke, in each colour
         * the theme changes: Leaflet and the legend set them as attributes, which
         * a stylesheet's rule overrides. */
        function recolour(colours) {
            if (!sheet) {
                sheet = document.createElement("style");
                sheet.id = "corridor-theme-colours";
                document.head.appendChild(sheet);
            }
            sheet.textContent = Object.keys(colours).map(function (from) {
                var to = colours[from];
                return "path.leaflet-interactive[stroke=\"" + from + "\"], .corridor-legend [stroke=\"" + from + "\"] {stroke: " + to + ";}\n" +
                    ".corridor-legend [fill=\"" + from + "\"] {fill: " + to + ";}";
            }).join("\n");
        }

        /* Light or dark, as the page is. */
        function apply() {
            queued = false;
            var now = corridorTakePageColours();
            if (now === dark) {
                return;
            }
            dark = now;
            var theme = dark ? m.config.dark : m.config.light;
            m.map.getContainer().classList.toggle("corridor-dark", dark);
            m.map.getContainer().style.background = theme.sea;
            m.basemapLayers.forEach(function (layer) { layer.options.style = theme.land; layer.setStyle(theme.land); });
            recolour(theme.recolour);
        }

        /* A rerun may follow a theme picked in the app's menu: look in the next
         * frame, when the page is laid out anyway, not in the middle of a rerun. */
        function queue() {
            if (!queued) {
                queued = true;
                requestAnimationFrame(apply);
            }
        }

        return {apply: apply, queue: queue};
    };
}(window.corridor = window.corridor || {}));
