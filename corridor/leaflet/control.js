/* The map's controls (notice.js, link_button.js, year_box.js, legend.js) are
 * Leaflet controls whose class is made on first use: the bundle loads before
 * Leaflet, so L.Control is not there yet when their files run. */
/* exported corridorControlBoxes */
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

/* Each of the map's controls that is drawn (the legend, the buttons, the
 * year, the scale, the attribution) as a box in the map's pixels, with its
 * element: what a framed feature and a placed name keep clear of. */
function corridorControlBoxes(map) {
    var container = map.getContainer();
    var box = container.getBoundingClientRect();
    var found = [];
    container.querySelectorAll(".leaflet-control").forEach(function (control) {
        var r = control.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) {
            found.push({left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top, element: control});
        }
    });
    return found;
}
