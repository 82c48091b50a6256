/* Place names drawn as text (textContent, never HTML), placed by priority so
 * that no two overlap. Labels come from one fetched file: rows of
 * [lon, lat, text, css class, priority, min zoom, feature id or null].
 * There is one file per language (urls: {language: url}); onLoaded(ok) tells
 * whether it could be fetched. The file is fetched
 * once the basemap has drawn, and a label's element is made only when it is
 * first wanted. setLanguage() swaps the names for another language's.
 * A label tied to a corridor feature shows only while that feature is drawn;
 * the others show from their min zoom (less zoomOffset). The route
 * explorer's ends ("corridor:route") are named first, then the rest by
 * priority (lower first: the server ranks the corridor's cities before other
 * towns). Each label tries places around its point in turn and takes the
 * first that is clear of the frame's edge, the controls, the labels already
 * placed, the marks and the drawn lines (label_space.js); a label that would
 * overlap one already placed is hidden until the map zooms in far enough. */
/* global corridorControlBoxes, corridorFetchJson, corridorLabelSpace */
/* exported corridorLabels */
function corridorLabels(map, urls, zoomOffset, language, onLoaded) {
    var paneName = "corridor-labels";
    var pane = map.createPane(paneName);
    pane.style.zIndex = 450;
    pane.style.pointerEvents = "none";
    var entries = [];
    var routeEnds = [];
    var routeEntries = [];
    var routeIds = {};
    var scheduled = false;
    var started = false;
    var lastMs = null;

    function add(row) {
        entries.push({row: row, el: null, priority: row[4], minZoom: row[5], featureId: row[6]});
    }

    /* A label's marker is made the first time it is wanted, so the map starts
     * with the few dozen names its first view needs, not all of them. */
    function element(entry) {
        if (!entry.el) {
            var row = entry.row;
            var span = document.createElement("span");
            span.className = "corridor-label " + row[3];
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

    /* Where a label may go beside its point, in order of preference, each as
     * [fx, fy, dx, dy]: the box's top left corner is the point moved by
     * (fx, fy) of the label's size and (dx, dy) pixels. A corridor point's
     * label keeps clear of its mark; a city's sits close to its dot. */
    function around(side, vertical, corner) {
        return {
            right: [0, -0.5, side, 0], left: [-1, -0.5, -side, 0],
            above: [-0.5, -1, 0, -vertical], below: [-0.5, 0, 0, vertical],
            aboveRight: [0, -1, corner, -corner], belowRight: [0, 0, corner, corner],
            aboveLeft: [-1, -1, -corner, -corner], belowLeft: [-1, 0, -corner, corner]
        };
    }
    var NEAR_FIRST = ["right", "left", "above", "below", "aboveRight", "belowRight", "aboveLeft", "belowLeft"];
    var ABOVE_FIRST = ["above", "right", "left", "below", "aboveRight", "aboveLeft", "belowRight", "belowLeft"];
    /* Each side close to the point first, then a little further out, where
     * the lines that meet at a port leave more room. */
    function ring(order, near, far) {
        return order.map(function (k) { return near[k]; }).concat(order.map(function (k) { return far[k]; }));
    }
    var PLACES = {
        corridor: ring(NEAR_FIRST, around(11, 9, 7), around(22, 18, 15)),
        corridorCity: ring(ABOVE_FIRST, around(7, 4, 4), around(16, 12, 11)),
        city: ABOVE_FIRST.map(function (k) { return around(7, 4, 4)[k]; }),
        country: [[-0.5, -0.5, 0, 0], [-0.5, -1.5, 0, -2], [-0.5, 0.5, 0, 2]]
    };
    /* Labels below this priority (corridor points, route ends, the corridor's
     * cities and the countries) are shown across a line when every place
     * beside them is crossed; other towns wait for a clear place. */
    var CROSSABLE_BELOW = 20;

    function placesOf(entry) {
        var css = entry.row[3];
        if (entry.featureId || entry.route) {
            return PLACES.corridor;
        }
        if (css.indexOf("city") < 0) {
            return PLACES.country;
        }
        return entry.priority < CROSSABLE_BELOW ? PLACES.corridorCity : PLACES.city;
    }

    function boxAt(point, size, place) {
        var left = point.x + place[0] * size[0] + place[2];
        var top = point.y + place[1] * size[1] + place[3];
        return {left: left, top: top, right: left + size[0], bottom: top + size[1]};
    }

    /* Where the label goes: clear of the frame's edge, the controls, other
     * labels and marks, and the lines, and (for a corridor point's) nearer
     * its own point than any other mark. Where every such place is crossed by
     * a line, a label that may is put where the fewest segments cross it.
     * Null where there is no room. */
    function choose(entry, point, frame, taken, space) {
        var fallback = null;
        var fewest = Infinity;
        var places = placesOf(entry);
        var named = entry.featureId || entry.route;
        var crossable = entry.priority < CROSSABLE_BELOW;
        for (var i = 0; i < places.length; i += 1) {
            var box = boxAt(point, entry.size, places[i]);
            var inside = box.left >= 0 && box.top >= 0 && box.right <= frame.x && box.bottom <= frame.y;
            if (inside && !space.coversMark(box, entry.featureId) &&
                    !(named && space.nearerMark(box, point, entry.featureId)) &&
                    taken.every(function (other) { return !overlaps(box, other); })) {
                var crossed = space.crossings(box, !crossable);
                if (crossed === 0) {
                    return box;
                }
                if (crossed < fewest) {
                    fewest = crossed;
                    fallback = box;
                }
            }
        }
        return crossable ? fallback : null;
    }

    /* Layout is read once and written once: the labels' sizes are measured
     * when they are first made, and every box is worked out from them, so
     * placing a thousand labels costs one layout, not one each. The route's
     * ends go first, then the rest by priority. */
    function relayout() {
        scheduled = false;
        var started = performance.now();
        var zoom = map.getZoom();
        var drawn = drawnFeatures();
        var frame = map.getSize();
        var space = corridorLabelSpace(map);
        /* The legend, the zoom buttons and the attribution are taken already. */
        var taken = corridorControlBoxes(map);
        var ends = routeEntries.concat(entries.filter(function (entry) { return routeIds[entry.featureId]; }));
        var wanted = ends.concat(entries.filter(function (entry) {
            if (routeIds[entry.featureId]) {
                return false;
            }
            return entry.featureId ? drawn[entry.featureId] : entry.minZoom <= zoom + zoomOffset;
        }));
        var fresh = wanted.filter(function (entry) { return !entry.el; });
        fresh.forEach(element);
        fresh.forEach(function (entry) {
            entry.size = [entry.el.offsetWidth, entry.el.offsetHeight];
        });
        var placement = [];
        wanted.forEach(function (entry) {
            var point = map.latLngToContainerPoint([entry.row[1], entry.row[0]]);
            var box = choose(entry, point, frame, taken, space);
            if (box) {
                taken.push(box);
                placement.push([entry, box.left - point.x, box.top - point.y]);
            }
        });
        entries.concat(routeEntries).forEach(function (entry) {
            if (entry.el) {
                entry.el.classList.remove("shown");
            }
        });
        placement.forEach(function (placed) {
            var style = placed[0].el.style;
            style.transform = "translate(" + placed[1] + "px, " + placed[2] + "px)";
            style.setProperty("--dot-x", -placed[1] + "px");
            style.setProperty("--dot-y", -placed[2] + "px");
            placed[0].el.classList.add("shown");
        });
        lastMs = performance.now() - started;
        map.fire("corridor:labels", {shown: placement.length, ms: lastMs});
    }

    /* The route explorer's ends, named first: a port's own label, or a
     * station's name, which has no label of its own. */
    function setRoute(ends) {
        routeEnds = ends || [];
        routeEntries.forEach(function (entry) {
            if (entry.marker) {
                map.removeLayer(entry.marker);
            }
        });
        routeEntries = [];
        routeIds = {};
        var known = {};
        entries.forEach(function (entry) { known[entry.featureId] = true; });
        routeEnds.forEach(function (end) {
            routeIds[end[3]] = true;
            if (!known[end[3]]) {
                routeEntries.push({row: [end[0], end[1], end[2][language], "corridor", -1, 0, null], el: null, priority: -1, minZoom: 0, featureId: null, route: true});
            }
        });
        if (started) {
            schedule();
        }
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
                setRoute(routeEnds);
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

    map.on("corridor:route", function (event) { setRoute(event.ends); });

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
        },
        /* How long the last placement took, in milliseconds. */
        lastMs: function () { return lastMs; }
    };
}
