/* A station picked in the search: a ring on the line where it lies, with its
 * name beside it, while its line stays selected. The name came escaped from
 * the app, as every string from the data does. */
(function (corridor) {
    corridor.station = function (m) {
        var marker = null;
        var shown = null;

        function show() {
            var focus = m.state.focus;
            var station = focus && focus.station && m.state.selected === focus.id ? focus.station : null;
            var key = station ? [focus.serial, station.name].join(" ") : null;
            if (key === shown) {
                return;
            }
            shown = key;
            if (marker) {
                m.map.removeLayer(marker);
                marker = null;
            }
            if (!station) {
                return;
            }
            var html = L.DomUtil.create("div");
            L.DomUtil.create("span", "corridor-station-ring", html);
            /* Escaped by the app. */
            L.DomUtil.create("span", "corridor-station-name", html).innerHTML = station.name;
            marker = L.marker([station.lat, station.lon], {
                icon: L.divIcon({className: "corridor-station", html: html, iconSize: [14, 14], iconAnchor: [7, 7]}),
                interactive: false,
                keyboard: false,
                zIndexOffset: 1000
            }).addTo(m.map);
            var element = marker.getElement();
            element.setAttribute("role", "img");
            element.setAttribute("aria-label", element.textContent);
        }

        return {show: show};
    };
}(window.corridor = window.corridor || {}));
