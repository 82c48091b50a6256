/* Place names drawn as text (textContent, never HTML) and thinned so that no
 * two overlap. Labels come from one fetched file: rows of
 * [lon, lat, text, css class, priority, min zoom, feature id or null].
 * There is one file per language (urls: {language: url}). The file is fetched
 * once the basemap has drawn, and a label's element is made only when it is
 * first wanted. setLanguage() swaps the names for another language's.
 * A label tied to a corridor feature shows only while that feature is drawn;
 * the others show from their min zoom (less zoomOffset). Higher priority
 * (lower number) wins a place; a label that would overlap one already placed
 * is hidden until the map zooms in far enough to make room. */
function corridorLabels(map, urls, zoomOffset, language) {
    var paneName = "corridor-labels";
    var pane = map.createPane(paneName);
    pane.style.zIndex = 450;
    pane.style.pointerEvents = "none";
    var entries = [];
    var scheduled = false;
    var started = false;

    function add(row) {
        entries.push({row: row, el: null, priority: row[4], minZoom: row[5], featureId: row[6]});
    }

    /* A label's marker is made the first time it is wanted, so the map starts
     * with the few dozen names its first view needs, not all of them. */
    function element(entry) {
        if (!entry.el) {
            var row = entry.row;
            var span = document.createElement("span");
            span.className = "corridor-label " + row[3] + (row[6] ? " pos-right" : "");
            span.textContent = row[2];
            entry.marker = L.marker([row[1], row[0]], {
                icon: L.divIcon({html: span, className: "corridor-label-anchor", iconSize: null}),
                pane: paneName,
                interactive: false,
                keyboard: false
            }).addTo(map);
            entry.el = span;
        }
        return entry.el;
    }

    function drawnFeatures() {
        var ids = {};
        map.eachLayer(function (layer) {
            if (layer.feature && layer.feature.properties && layer.feature.properties.id) {
                ids[layer.feature.properties.id] = true;
            }
        });
        return ids;
    }

    function overlaps(a, b) {
        var pad = 3;
        return a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad;
    }

    /* Where a label may go beside its point, in order of preference. A
     * corridor point's label tries every side; a city's sits above its dot. */
    var SIDES = ["pos-right", "pos-left", "pos-below", "pos-above"];

    function fits(box, frame, placed) {
        var inside = box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
        return inside && placed.every(function (other) { return !overlaps(box, other); });
    }

    function relayout() {
        scheduled = false;
        var zoom = map.getZoom();
        var drawn = drawnFeatures();
        var container = map.getContainer();
        var frame = container.getBoundingClientRect();
        /* The legend, the zoom buttons and the attribution are taken already. */
        var placed = Array.prototype.map.call(
            container.querySelectorAll(".leaflet-control"),
            function (control) { return control.getBoundingClientRect(); }
        );
        var shown = 0;
        entries.forEach(function (entry) {
            var wanted = entry.featureId ? drawn[entry.featureId] : entry.minZoom <= zoom + zoomOffset;
            if (entry.el) {
                entry.el.classList.remove("shown");
            }
            if (!wanted) {
                return;
            }
            element(entry);
            var sides = entry.featureId ? SIDES : [null];
            for (var i = 0; i < sides.length; i += 1) {
                if (sides[i]) {
                    SIDES.forEach(function (side) { entry.el.classList.remove(side); });
                    entry.el.classList.add(sides[i]);
                }
                var box = entry.el.getBoundingClientRect();
                if (fits(box, frame, placed)) {
                    entry.el.classList.add("shown");
                    placed.push(box);
                    shown += 1;
                    return;
                }
            }
        });
        map.fire("corridor:labels", {shown: shown});
    }

    function schedule() {
        if (!scheduled) {
            scheduled = true;
            requestAnimationFrame(relayout);
        }
    }

    function load() {
        var wantedLanguage = language;
        corridorFetchJson(urls[language])
            .then(function (rows) {
                if (wantedLanguage !== language) {
                    return;
                }
                entries.forEach(function (entry) {
                    if (entry.marker) {
                        map.removeLayer(entry.marker);
                    }
                });
                entries = [];
                rows.sort(function (a, b) { return a[4] - b[4]; });
                rows.forEach(add);
                schedule();
            })
            .catch(function (error) { console.warn("could not load the place names", error); });
    }

    /* Names come after the borders: the first paint is the map's shapes. */
    map.once("corridor:basemap", function () {
        started = true;
        map.on("zoomend moveend layeradd layerremove resize", schedule);
        load();
    });

    return {
        setLanguage: function (next) {
            if (next !== language && urls[next]) {
                language = next;
                if (started) {
                    load();
                }
            }
        }
    };
}
