/* Place names drawn as text (textContent, never HTML) and thinned so that no
 * two overlap. Labels come from one fetched file: rows of
 * [lon, lat, text, css class, priority, min zoom, feature id or null].
 * There is one file per language (urls: {language: url}); onLoaded(ok) tells
 * whether it could be fetched. The file is fetched
 * once the basemap has drawn, and a label's element is made only when it is
 * first wanted. setLanguage() swaps the names for another language's.
 * A label tied to a corridor feature shows only while that feature is drawn;
 * the others show from their min zoom (less zoomOffset). Higher priority
 * (lower number) wins a place; a label that would overlap one already placed
 * is hidden until the map zooms in far enough to make room. */
/* global corridorFetchJson */
/* exported corridorLabels */
function corridorLabels(map, urls, zoomOffset, language, onLoaded) {
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

    /* A label's box, in the map's pixels, for its point and its placement:
     * the same offsets as the CSS classes of corridor.css. */
    function boxAt(point, size, placement) {
        var w = size[0];
        var h = size[1];
        var left;
        var top;
        if (placement === "pos-right") {
            left = point.x + 11; top = point.y - h / 2;
        } else if (placement === "pos-left") {
            left = point.x - w - 11; top = point.y - h / 2;
        } else if (placement === "pos-below") {
            left = point.x - w / 2; top = point.y + 9;
        } else if (placement === "pos-above") {
            left = point.x - w / 2; top = point.y - h - 9;
        } else if (placement === "city") {
            left = point.x - w / 2; top = point.y - 1.3 * h;
        } else {
            left = point.x - w / 2; top = point.y - h / 2;
        }
        return {left: left, top: top, right: left + w, bottom: top + h};
    }

    /* Layout is read once and written once: the labels' sizes are measured
     * when they are first made, and every box is worked out from them, so
     * placing a thousand labels costs one layout, not one each. */
    function relayout() {
        scheduled = false;
        var zoom = map.getZoom();
        var drawn = drawnFeatures();
        var container = map.getContainer();
        var frame = container.getBoundingClientRect();
        var size = map.getSize();
        /* The legend, the zoom buttons and the attribution are taken already. */
        var placed = Array.prototype.map.call(
            container.querySelectorAll(".leaflet-control"),
            function (control) {
                var r = control.getBoundingClientRect();
                return {left: r.left - frame.left, top: r.top - frame.top, right: r.right - frame.left, bottom: r.bottom - frame.top};
            }
        );
        var wanted = entries.filter(function (entry) {
            return entry.featureId ? drawn[entry.featureId] : entry.minZoom <= zoom + zoomOffset;
        });
        var fresh = wanted.filter(function (entry) { return !entry.el; });
        fresh.forEach(element);
        fresh.forEach(function (entry) {
            entry.size = [entry.el.offsetWidth, entry.el.offsetHeight];
        });
        var placement = [];
        wanted.forEach(function (entry) {
            var point = map.latLngToContainerPoint([entry.row[1], entry.row[0]]);
            var sides = entry.featureId ? SIDES : [entry.row[3].indexOf("city") >= 0 ? "city" : "centre"];
            for (var i = 0; i < sides.length; i += 1) {
                var box = boxAt(point, entry.size, sides[i]);
                var inside = box.left >= 0 && box.top >= 0 && box.right <= size.x && box.bottom <= size.y;
                if (inside && placed.every(function (other) { return !overlaps(box, other); })) {
                    placed.push(box);
                    placement.push([entry, entry.featureId ? sides[i] : null]);
                    return;
                }
            }
        });
        entries.forEach(function (entry) {
            if (entry.el) {
                entry.el.classList.remove("shown");
            }
        });
        placement.forEach(function (pair) {
            var entry = pair[0];
            if (pair[1]) {
                SIDES.forEach(function (side) { entry.el.classList.remove(side); });
                entry.el.classList.add(pair[1]);
            }
            entry.el.classList.add("shown");
        });
        map.fire("corridor:labels", {shown: placement.length});
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
                onLoaded(true);
            })
            .catch(function (error) {
                console.warn("could not load the place names", error);
                if (wantedLanguage === language) {
                    onLoaded(false);
                }
            });
    }

    /* Only a corridor feature coming or going can change which names show;
     * tooltips, the labels' own markers and the group each rerun's state
     * comes in cannot. */
    function layerChanged(event) {
        if (event.layer.feature) {
            schedule();
        }
    }

    /* Names come after the borders: the first paint is the map's shapes. */
    map.once("corridor:basemap", function () {
        started = true;
        map.on("zoomend moveend resize", schedule);
        map.on("layeradd layerremove", layerChanged);
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
