/* What lies over the map, measured where it is drawn: the map's controls (the
 * legend, open or closed, the zoom and link buttons, the year, the scale, the
 * attribution), the phone's panel sheet and a sidebar over the map's frame.
 * A feature or a route is framed clear of them all, and a zoom by the buttons
 * or the keys keeps the middle of what is left in view. */
/* global corridorControlBoxes, corridorLiftControls, corridorCovered, corridorSidebarOver */
(function (corridor) {
    /* Room kept between a framed feature and the map's edge or anything over
     * it, in pixels: a point's mark and the start of its name. */
    var ROOM = 24;
    /* A clear area narrower or lower than this is no frame at all. */
    var LEAST = 48;

    corridor.clear = function (m) {
        var map = m.map;

        /* Each thing over the map as a box in the map's pixels, with the sides
         * of the map it may be kept clear of: those of the corner it sits in
         * (one only for a sheet or a sidebar). */
        function obstacles() {
            var size = map.getSize();
            /* The controls at the foot first go where the sheet puts them now. */
            var covered = corridorLiftControls(map, m.options.sheet);
            var found = corridorControlBoxes(map);
            found.forEach(function (o) {
                o.sides = [
                    o.element.closest(".leaflet-left") ? "left" : "right",
                    o.element.closest(".leaflet-top") ? "top" : "bottom"
                ];
            });
            if (covered > 0) {
                found.push({left: 0, top: size.y - covered, right: size.x, bottom: size.y, sides: ["bottom"]});
            }
            var over = corridorSidebarOver();
            if (over > 0) {
                found.push({left: 0, top: 0, right: over, bottom: size.y, sides: ["left"]});
            }
            return found;
        }

        function overlap(a, b) {
            return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
        }

        function paddingFor(o, side, size) {
            return {
                left: o.right + ROOM,
                right: size.x - o.left + ROOM,
                top: o.bottom + ROOM,
                bottom: size.y - o.top + ROOM
            }[side];
        }

        /* The padding that frames bounds largest clear of everything over the
         * map: each thing kept clear on one of its sides, every choice tried.
         * Where no choice leaves room, the sheet and the sidebar are still
         * kept clear (each has one side only). */
        function fit(bounds) {
            var things = obstacles();
            return largest(bounds, things) || largest(bounds, things.filter(function (o) { return o.sides.length === 1; })) ||
                {left: ROOM, right: ROOM, top: ROOM, bottom: ROOM};
        }

        function largest(bounds, things) {
            var size = map.getSize();
            var found = null;
            var choices = things.reduce(function (count, o) { return count * o.sides.length; }, 1);
            for (var choice = 0; choice < choices; choice += 1) {
                var pad = {left: ROOM, right: ROOM, top: ROOM, bottom: ROOM};
                var rest = choice;
                things.forEach(function (o) {
                    var side = o.sides[rest % o.sides.length];
                    rest = Math.floor(rest / o.sides.length);
                    pad[side] = Math.max(pad[side], paddingFor(o, side, size));
                });
                var width = size.x - pad.left - pad.right;
                var height = size.y - pad.top - pad.bottom;
                if (width < LEAST || height < LEAST) {
                    continue;
                }
                var zoom = map.getBoundsZoom(bounds, false, L.point(pad.left + pad.right, pad.top + pad.bottom));
                var area = width * height;
                if (found === null || zoom > found.zoom || (zoom === found.zoom && area > found.area)) {
                    found = {zoom: zoom, area: area, pad: pad};
                }
            }
            return found ? found.pad : null;
        }

        function options(pad, more) {
            return L.extend({
                paddingTopLeft: [pad.left, pad.top],
                paddingBottomRight: [pad.right, pad.bottom]
            }, more);
        }

        /* Whether Leaflet's stylesheet has placed the controls over the map. */
        function styled() {
            var corner = map.getContainer().querySelector(".leaflet-control-container .leaflet-top");
            return !corner || window.getComputedStyle(corner).position === "absolute";
        }

        /* Call back once a stylesheet's load has placed the controls. */
        function whenStyled(callback) {
            function heard(event) {
                if (event.target instanceof HTMLLinkElement && styled()) {
                    document.removeEventListener("load", heard, true);
                    callback();
                }
            }
            /* A stylesheet's load does not bubble, nor reach the window: it is
             * heard on its way down, at the document. */
            document.addEventListener("load", heard, true);
        }

        /* Frame bounds as large as they go clear of everything over the map.
         * streamlit-folium adds the frame's stylesheets after its scripts, so
         * a route can be framed before the controls are in place: it is
         * framed again once they are, unless another frame or the reader's
         * hand on the map came first. */
        var frames = 0;
        function frame(bounds, more) {
            frames += 1;
            var serial = frames;
            map.fitBounds(bounds, options(fit(bounds), more));
            if (!styled()) {
                whenStyled(function () {
                    if (serial === frames) {
                        map.fitBounds(bounds, options(fit(bounds), more));
                    }
                });
            }
        }

        ["pointerdown", "wheel", "keydown"].forEach(function (type) {
            map.getContainer().addEventListener(type, function () { frames += 1; }, true);
        });

        /* Bring bounds clear of everything over the map, moving it as little
         * as will do: nothing if they are clear, a pan if they fit at this
         * zoom, else a frame no closer than this zoom. */
        function reveal(bounds) {
            var size = map.getSize();
            var pad = fit(bounds);
            var zoom = map.getZoom();
            var nw = map.latLngToContainerPoint(bounds.getNorthWest());
            var se = map.latLngToContainerPoint(bounds.getSouthEast());
            var clear = {left: pad.left, top: pad.top, right: size.x - pad.right, bottom: size.y - pad.bottom};
            if (nw.x >= clear.left && se.x <= clear.right && nw.y >= clear.top && se.y <= clear.bottom) {
                return;
            }
            if (se.x - nw.x <= clear.right - clear.left && se.y - nw.y <= clear.bottom - clear.top) {
                var dx = nw.x < clear.left ? nw.x - clear.left : Math.max(0, se.x - clear.right);
                var dy = nw.y < clear.top ? nw.y - clear.top : Math.max(0, se.y - clear.bottom);
                map.panBy([dx, dy]);
                return;
            }
            map.fitBounds(bounds, options(pad, {maxZoom: zoom}));
        }

        /* The middle of the part of the map in view: above the phone's sheet,
         * right of a sidebar over the frame. */
        function middle() {
            var size = map.getSize();
            var over = corridorSidebarOver();
            return L.point((over + size.x) / 2, (size.y - corridorCovered(m.options.sheet)) / 2);
        }

        /* The zoom buttons and the keys zoom with setZoom, around the map's
         * centre: where the phone's sheet covers the map, that centre is under
         * it, so they zoom around the middle of the part in view. A double
         * click, the wheel and a pinch zoom around the pointer as before. */
        function keepMiddle() {
            var setZoom = map.setZoom;
            map.setZoom = function (zoom, more) {
                var point = map._loaded ? middle() : null;
                if (point === null || point.distanceTo(map.getSize().divideBy(2)) < 1) {
                    return setZoom.call(map, zoom, more);
                }
                return map.setZoomAround(point, Math.max(map.getMinZoom(), Math.min(map.getMaxZoom(), zoom)), more);
            };
        }

        /* A tooltip that would lie under the legend or another control (or
         * the sheet) moves up or down, off it, keeping beside the pointer;
         * across only where neither way is free. */
        /* How far to move a span [low, high] to lie within [2, length - 2], where it fits. */
        function edgeShift(low, high, length) {
            if (high - low > length - 4) {
                return 0;
            }
            return low < 2 ? 2 - low : Math.min(0, length - 2 - high);
        }

        function clearTooltip(element) {
            var size = map.getSize();
            var box = map.getContainer().getBoundingClientRect();
            var r = element.getBoundingClientRect();
            var tip = {left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top};
            /* Inside the map first: a tooltip that follows the pointer near an edge would run off it. */
            var inside = L.point(edgeShift(tip.left, tip.right, size.x), edgeShift(tip.top, tip.bottom, size.y));
            if (inside.x || inside.y) {
                L.DomUtil.setPosition(element, L.DomUtil.getPosition(element).add(inside));
                tip = {left: tip.left + inside.x, top: tip.top + inside.y, right: tip.right + inside.x, bottom: tip.bottom + inside.y};
            }
            var things = obstacles();
            var hit = things.filter(function (o) { return overlap(tip, o); });
            if (hit.length === 0) {
                return;
            }
            var shifts = [];
            hit.forEach(function (o) {
                shifts.push([0, o.top - tip.bottom - 2], [0, o.bottom - tip.top + 2],
                    [o.left - tip.right - 2, 0], [o.right - tip.left + 2, 0]);
            });
            var free = shifts.filter(function (shift) {
                var moved = {left: tip.left + shift[0], top: tip.top + shift[1], right: tip.right + shift[0], bottom: tip.bottom + shift[1]};
                var inside = shift[0] === 0
                    ? moved.top >= 0 && moved.bottom <= size.y
                    : moved.left >= 0 && moved.right <= size.x;
                return inside && !things.some(function (o) { return overlap(moved, o); });
            }).sort(function (a, b) {
                /* Up or down first: across, it could cover the pointer and the feature. */
                return (a[0] !== 0) - (b[0] !== 0) || Math.abs(a[0] + a[1]) - Math.abs(b[0] + b[1]);
            });
            if (free.length > 0) {
                L.DomUtil.setPosition(element, L.DomUtil.getPosition(element).add(free[0]));
            }
        }

        /* Leaflet places a tooltip (on opening, and as a sticky one follows
         * the pointer) in Tooltip._setPosition and fires nothing after it,
         * so the place it gives is checked there; a Leaflet without that
         * method leaves the tooltips where it puts them. */
        function keepTooltipsClear() {
            var place = L.Tooltip.prototype._setPosition;
            if (!place) {
                return;
            }
            L.Tooltip.prototype._setPosition = function (position) {
                place.call(this, position);
                if (this._map === map && this.getElement()) {
                    clearTooltip(this.getElement());
                }
            };
        }

        return {frame: frame, reveal: reveal, middle: middle, keepMiddle: keepMiddle, keepTooltipsClear: keepTooltipsClear};
    };
}(window.corridor = window.corridor || {}));
