/* The year box, a Leaflet control: the year the map shows, in a corner, when
 * it is not the data's own; hidden otherwise, read out when it changes. */
(function (corridor) {
    corridor.yearBox = corridor.lazyControl({
        options: {position: "topright"},

        initialize: function (m) {
            this._m = m;
            this._box = null;
        },

        onAdd: function () {
            this._box = L.DomUtil.create("div", "corridor-year");
            this._box.setAttribute("role", "status");
            this._box.style.display = "none";
            return this._box;
        },

        show: function () {
            var state = this._m.state;
            if (!this._box) {
                return;
            }
            this._box.textContent = state.year ? this._m.words().asOf.replace("{year}", state.year) : "";
            this._box.style.display = state.year ? "" : "none";
        }
    });
}(window.corridor = window.corridor || {}));
