/* The legend, a Leaflet control: where layers are switched. A switch redraws
 * the map at once, then reports to the app (state.js). */
(function (corridor) {
    corridor.legend = corridor.lazyControl({
        options: {position: "bottomright"},

        initialize: function (m) {
            this._m = m;
            this._box = null;
            this._language = null;
            this._switches = [];
        },

        onAdd: function () {
            this._box = L.DomUtil.create("div", "corridor-legend");
            this.fill();
            if (window.innerWidth < 520) {
                this._box.firstChild.open = false;
            }
            L.DomEvent.disableClickPropagation(this._box);
            L.DomEvent.disableScrollPropagation(this._box);
            return this._box;
        },

        /* The legend in the current language, its switches set from the state;
         * made again only when the language changes, keeping it open or closed. */
        fill: function () {
            var m = this._m;
            var box = this._box;
            if (!box || this._language === m.language()) {
                return;
            }
            var open = box.firstChild ? box.firstChild.open : null;
            this._language = m.language();
            /* The legend is made from constants only, never from data. */
            box.innerHTML = m.config.legend[this._language];
            if (open !== null) {
                box.firstChild.open = open;
            }
            this._switches = Array.prototype.slice.call(box.querySelectorAll("input[data-layer]"));
            /* The state's apply sets the switches right after. */
            this._switches.forEach(function (input) {
                L.DomEvent.on(input, "change", function () {
                    m.switchLayer(input.getAttribute("data-layer"), input.checked);
                });
            });
        },

        /* Each switch on if its layer is among the state's. */
        setSwitches: function (layers) {
            this._switches.forEach(function (input) {
                input.checked = layers.indexOf(input.getAttribute("data-layer")) >= 0;
            });
        }
    });
}(window.corridor = window.corridor || {}));
