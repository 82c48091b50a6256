/* The map's controls (notice.js, link_button.js, year_box.js, legend.js) are
 * Leaflet controls whose class is made on first use: the bundle loads before
 * Leaflet, so L.Control is not there yet when their files run. */
(function (corridor) {
    /* A function that makes one control of the class L.Control.extend(members)
     * gives, for a map's shared object m; the class is made at the first call. */
    corridor.lazyControl = function (members) {
        var Control = null;
        return function (m) {
            Control = Control || L.Control.extend(members);
            return new Control(m);
        };
    };
}(window.corridor = window.corridor || {}));
