/* What a label must keep clear of, in the map container's pixels, for one
 * placement of the names: the segments of every line drawn on the map (the
 * corridor's layers and the route), binned in a grid so that a box is tested
 * against the few segments near it, and the corridor's point marks.
 * A line's points are projected once per zoom and kept; a move only shifts
 * them. Boxes are {left, top, right, bottom}. */
/* exported corridorLabelSpace */
var corridorLabelSpace = (function () {
    var CELL = 64;
    /* Half a drawn line's width, and a little air. */
    var LINE_PAD = 2;
    var projected = typeof WeakMap === "function" ? new WeakMap() : null;

    /* A line's vertices in the map's projected pixels at this zoom, as flat
     * [x0, y0, x1, y1, ...] arrays, one per part. */
    function partsOf(map, layer, zoom) {
        var kept = projected && projected.get(layer);
        if (kept && kept.zoom === zoom && kept.latlngs === layer.getLatLngs()) {
            return kept.parts;
        }
        var latlngs = layer.getLatLngs();
        var parts = [];
        (L.LineUtil.isFlat(latlngs) ? [latlngs] : latlngs).forEach(function (part) {
            var flat = new Float64Array(part.length * 2);
            part.forEach(function (latlng, i) {
                var p = map.project(latlng, zoom);
                flat[2 * i] = p.x;
                flat[2 * i + 1] = p.y;
            });
            parts.push(flat);
        });
        if (projected) {
            projected.set(layer, {zoom: zoom, latlngs: latlngs, parts: parts});
        }
        return parts;
    }

    /* Whether the segment (x1, y1)-(x2, y2) meets the box: their bounds
     * overlap and the box's corners are not all on one side of the line. */
    function segmentMeets(box, x1, y1, x2, y2) {
        if (Math.max(x1, x2) < box.left || Math.min(x1, x2) > box.right ||
                Math.max(y1, y2) < box.top || Math.min(y1, y2) > box.bottom) {
            return false;
        }
        var dx = x2 - x1;
        var dy = y2 - y1;
        var sides = 0;
        [[box.left, box.top], [box.right, box.top], [box.left, box.bottom], [box.right, box.bottom]].forEach(function (c) {
            var cross = dx * (c[1] - y1) - dy * (c[0] - x1);
            sides |= cross > 0 ? 1 : (cross < 0 ? 2 : 3);
        });
        return sides === 3;
    }

    return function (map) {
        var zoom = map.getZoom();
        var size = map.getSize();
        var origin = map.getPixelBounds().min;
        var columns = Math.ceil(size.x / CELL) + 1;
        var rows = Math.ceil(size.y / CELL) + 1;
        var cells = new Array(columns * rows);
        var marks = [];

        function bin(x1, y1, x2, y2) {
            var c0 = Math.max(0, Math.floor((Math.min(x1, x2) - LINE_PAD) / CELL));
            var c1 = Math.min(columns - 1, Math.floor((Math.max(x1, x2) + LINE_PAD) / CELL));
            var r0 = Math.max(0, Math.floor((Math.min(y1, y2) - LINE_PAD) / CELL));
            var r1 = Math.min(rows - 1, Math.floor((Math.max(y1, y2) + LINE_PAD) / CELL));
            var segment = [x1, y1, x2, y2];
            for (var r = r0; r <= r1; r += 1) {
                for (var c = c0; c <= c1; c += 1) {
                    var index = r * columns + c;
                    (cells[index] = cells[index] || []).push(segment);
                }
            }
        }

        map.eachLayer(function (layer) {
            if (layer instanceof L.Polyline && !(layer instanceof L.Polygon)) {
                partsOf(map, layer, zoom).forEach(function (flat) {
                    for (var i = 0; i + 3 < flat.length; i += 2) {
                        var x1 = flat[i] - origin.x;
                        var y1 = flat[i + 1] - origin.y;
                        var x2 = flat[i + 2] - origin.x;
                        var y2 = flat[i + 3] - origin.y;
                        var outside = (x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) ||
                            (x1 > size.x && x2 > size.x) || (y1 > size.y && y2 > size.y);
                        if (!outside) {
                            bin(x1, y1, x2, y2);
                        }
                    }
                });
            } else if (layer instanceof L.CircleMarker && layer.feature) {
                var p = map.latLngToContainerPoint(layer.getLatLng());
                var r = layer.getRadius() * 1.25 + 1;
                marks.push({id: layer.feature.properties.id, left: p.x - r, top: p.y - r, right: p.x + r, bottom: p.y + r});
            }
        });

        return {
            /* How many segments of the drawn lines cross the box (0: it is
             * clear), or, with firstOnly, 1 as soon as one does. */
            crossings: function (box, firstOnly) {
                var padded = {left: box.left - LINE_PAD, top: box.top - LINE_PAD, right: box.right + LINE_PAD, bottom: box.bottom + LINE_PAD};
                var c0 = Math.max(0, Math.floor(padded.left / CELL));
                var c1 = Math.min(columns - 1, Math.floor(padded.right / CELL));
                var r0 = Math.max(0, Math.floor(padded.top / CELL));
                var r1 = Math.min(rows - 1, Math.floor(padded.bottom / CELL));
                var met = [];
                for (var r = r0; r <= r1; r += 1) {
                    for (var c = c0; c <= c1; c += 1) {
                        var cell = cells[r * columns + c] || [];
                        for (var i = 0; i < cell.length; i += 1) {
                            var s = cell[i];
                            if (met.indexOf(s) < 0 && segmentMeets(padded, s[0], s[1], s[2], s[3])) {
                                if (firstOnly) {
                                    return 1;
                                }
                                met.push(s);
                            }
                        }
                    }
                }
                return met.length;
            },
            /* Whether another point's mark is clearly nearer the box than the
             * point it names, so that a reader would take the label for that one's. */
            nearerMark: function (box, point, ownId) {
                function gap(x, y) {
                    return Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
                }
                var own = gap(point.x, point.y);
                return marks.some(function (mark) {
                    return mark.id !== ownId && gap((mark.left + mark.right) / 2, (mark.top + mark.bottom) / 2) < own - 2;
                });
            },
            /* Whether the box covers a point's mark, other than the one it names. */
            coversMark: function (box, ownId) {
                return marks.some(function (mark) {
                    return mark.id !== ownId && box.left < mark.right && mark.left < box.right &&
                        box.top < mark.bottom && mark.top < box.bottom;
                });
            }
        };
    };
}());
