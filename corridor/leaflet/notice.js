/* The notice, a Leaflet control: a layer file that could not be fetched is
 * named on the map; the others draw. A basemap that is missing or could not be
 * fetched is named too, and so are place names that could not be fetched.
 * Hidden until it has something to say; read out when it changes. */
(function (corridor) {
    corridor.notice = corridor.lazyControl({
        options: {position: "topleft"},

        initialize: function (m) {
            var control = this;
            this._m = m;
            this._box = null;
            this._basemapMissing = false;
            this._labelsMissing = false;
            /* Handed to the basemap's layers as is. */
            this.basemapLoaded = function (ok) {
                if (!ok && !control._basemapMissing) {
                    control._basemapMissing = true;
                    control.update();
                }
            };
        },

        onAdd: function () {
            this._box = L.DomUtil.create("div", "corridor-notice");
            this._box.setAttribute("role", "alert");
            this._box.style.display = "none";
            return this._box;
        },

        labelsLoaded: function (ok) {
            if (this._labelsMissing === ok) {
                this._labelsMissing = !ok;
                this.update();
            }
        },

        update: function () {
            var m = this._m;
            if (!this._box) {
                return;
            }
            var names = m.failed.map(function (entry) { return entry.spec.title[m.language()]; });
            var lines = [];
            if (names.length) {
                lines.push(m.words().notLoaded + " " + names.join(", ") + ".");
            }
            if (this._basemapMissing) {
                lines.push(m.words().noBasemap);
            }
            if (this._labelsMissing) {
                lines.push(m.words().noLabels);
            }
            this._box.textContent = lines.join(" ");
            this._box.style.display = lines.length ? "" : "none";
        }
    });
}(window.corridor = window.corridor || {}));
