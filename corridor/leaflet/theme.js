/* The map follows the page's light or dark theme: the land, the sea, and (in
 * the stylesheet) the legend, the names and the controls. */
/* global corridorTakePageColours */
(function (corridor) {
    corridor.theme = function (m) {
        var dark = null;
        var queued = false;

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
