/* The legend, a Leaflet control: where the layers, the statuses, the
 * countries and the lens (the bottleneck view) are switched. A switch redraws the map at once, then reports to
 * the app (state.js). */
(function (corridor) {
    /* The filters' switches: each kind's attribute and the state's list it sets
     * (the lens is a list of none or one). */
    var FILTERS = [["layer", "layers"], ["status", "statuses"], ["country", "countries"], ["lens", "lenses"]];

    /* Whether a feature of these countries shows: no country chosen is every country. */
    corridor.inCountries = function (chosen, countries) {
        return !chosen || !chosen.length || (countries || []).some(function (code) {
            return chosen.indexOf(code) >= 0;
        });
    };

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
            this._watchPrint();
            L.DomEvent.disableClickPropagation(this._box);
            L.DomEvent.disableScrollPropagation(this._box);
            return this._box;
        },

        /* A printout shows the legend, open, whatever it is on the screen. */
        _watchPrint: function () {
            var box = this._box;
            var closed = false;
            function printing(now) {
                var details = box.firstChild;
                if (now && !details.open) {
                    closed = true;
                    details.open = true;
                } else if (!now && closed) {
                    closed = false;
                    details.open = false;
                }
            }
            window.addEventListener("beforeprint", function () { printing(true); });
            window.addEventListener("afterprint", function () { printing(false); });
            window.matchMedia("print").addEventListener("change", function (event) { printing(event.matches); });
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
            this._switches = [];
            /* The state's apply sets the switches right after. */
            FILTERS.forEach(function (filter) {
                box.querySelectorAll("input[data-" + filter[0] + "]").forEach(function (input) {
                    this._switches.push({input: input, key: filter[1], value: input.getAttribute("data-" + filter[0])});
                    L.DomEvent.on(input, "change", function () {
                        m.switchFilter(filter[1], input.getAttribute("data-" + filter[0]), input.checked);
                    });
                }, this);
            }, this);
        },

        /* The faded row only while the year fades a feature, the route's only
         * while a route is drawn, the lens's scale only while the map is
         * coloured by it (lensYear, the year it shows, or null): the legend
         * names only what is on the map. */
        showRows: function (faded, route, lensYear) {
            var box = this._box;
            if (!box) {
                return;
            }
            var shown = {faded: faded, route: route, lens: lensYear !== null};
            box.querySelectorAll("[data-row]").forEach(function (row) {
                row.hidden = !shown[row.getAttribute("data-row")];
            });
            box.querySelectorAll("[data-lens-year]").forEach(function (span) {
                span.textContent = lensYear === null ? "" : String(lensYear);
            });
        },

        /* Each switch on if its layer, status or country is among the state's;
         * the country filter's summary names the countries chosen, or says all. */
        setSwitches: function (state) {
            var box = this._box;
            if (!box) {
                return;
            }
            var names = [];
            this._switches.forEach(function (item) {
                item.input.checked = (state[item.key] || []).indexOf(item.value) >= 0;
                if (item.key === "countries" && item.input.checked) {
                    names.push(item.input.nextElementSibling.textContent);
                }
            });
            var chosen = box.querySelector("[data-countries-chosen]");
            if (chosen) {
                chosen.textContent = names.length ? names.join(", ") : chosen.getAttribute("data-all");
            }
        }
    });
}(window.corridor = window.corridor || {}));
