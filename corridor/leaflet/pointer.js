/* Which feature a click or a tap means: the one whose mark is nearest the
 * pointer, not the one drawn on top; where several marks are about as near,
 * a chooser at the pointer lists them by name.
 *
 * The hit test runs once per click, never per mouse move, in the map's pixels,
 * over the point marks on the map only (a dozen; a thousand would still take
 * well under a millisecond): a mark's drawn edge is its radius (a diamond's
 * corners reach 1.25 radii) and half its ring.
 *
 * A pointer reaches a mark from beyond its edge, by the pointer's kind (the
 * click's pointerType, else the device's coarse or fine pointer):
 * - a mouse by 3 px, a near miss of a precise pointer;
 * - a pen by 6 px;
 * - a finger by 12 px: a fingertip covers about 7 mm, some 26 CSS px across,
 *   and the marks are 7 px in radius.
 * A mark is clearly meant when the pointer is on the very centre (1.5 px) of
 * the mark drawn on top there (marks drawn one on another, as copies of a place
 * are, open the top one), or when it is the nearest within reach and at most
 * half as far from the pointer as the next one and at least 2 px nearer.
 * Otherwise the chooser lists the marks within reach, nearest first (the
 * nearest ten: more are better told apart by zooming in).
 *
 * Points and lines: a point within reach wins over a line under the pointer,
 * except that a mouse on a line opens the line unless it is on a mark's drawn
 * shape (a line's hit area is the line itself; a finger that lands on a line
 * next to a port more likely meant the small mark). Away from every mark, the
 * shape Leaflet hit (a line, or none for empty map) is what the click means. */
(function (corridor) {
    var REACH = {mouse: 3, pen: 6, touch: 12};
    var CENTRE = 1.5;
    var CLEAR_RATIO = 0.5;
    var CLEAR_GAP = 2;
    var MOST_CHOICES = 10;

    function reachOf(originalEvent) {
        var kind = originalEvent && originalEvent.pointerType;
        if (REACH[kind] !== undefined) {
            return REACH[kind];
        }
        return window.matchMedia("(pointer: coarse)").matches ? REACH.touch : REACH.mouse;
    }

    /* A mark's drawn edge from its centre, in pixels. */
    function edgeOf(layer) {
        var options = layer.options;
        var radius = (options.radius || 0) * (options.shape === "diamond" ? 1.25 : 1);
        return radius + (options.stroke === false ? 0 : (options.weight || 0) / 2);
    }

    /* Names are escaped by the server before they are published: the text is
     * read back from that markup in an inert template, and set as text. */
    function plainText(escaped) {
        var template = document.createElement("template");
        template.innerHTML = escaped;
        return template.content.textContent;
    }

    /* The chooser keeps this far inside the map's edges; below its point (where
     * there is no room above), its top is this far under the point, clear of the marks. */
    var CHOOSER_MARGIN = 6;
    var CHOOSER_BELOW = 14;

    corridor.pointer = function (m, select) {
        var map = m.map;
        var chooser = null;

        /* The point marks within reach of the container point, nearest first. */
        function marksNear(at, reach) {
            var near = [];
            m.entries.forEach(function (entry) {
                if (entry.spec.geometry !== "point" || !entry.active) {
                    return;
                }
                entry.active.group.eachLayer(function (layer) {
                    var edge = edgeOf(layer);
                    var distance = map.latLngToContainerPoint(layer.getLatLng()).distanceTo(at);
                    if (distance <= edge + reach) {
                        near.push({layer: layer, distance: distance, on: distance <= edge});
                    }
                });
            });
            return near.sort(function (a, b) { return a.distance - b.distance; });
        }

        function closeChooser() {
            if (chooser) {
                var open = chooser;
                chooser = null;
                map.closePopup(open);
            }
        }

        function pick(featureId) {
            closeChooser();
            map.getContainer().focus({preventScroll: true});
            select(featureId);
        }

        /* Move the open chooser inside the map: beside its point where an edge
         * is near, below it where there is no room above. The map stays put. */
        function keepInside(popup, point) {
            var element = popup.getElement();
            var box = map.getContainer().getBoundingClientRect();
            var rect = element.getBoundingClientRect();
            var offset = L.point(popup.options.offset);
            if (rect.top < box.top + CHOOSER_MARGIN) {
                element.classList.add("corridor-chooser-below");
                rect = element.getBoundingClientRect();
                offset.y += box.top + point.y + CHOOSER_BELOW - rect.top;
            }
            var top = rect.top + offset.y - L.point(popup.options.offset).y;
            var bottom = top + rect.height;
            var left = rect.left;
            /* Clear of the controls beside it (the zoom and link buttons, the legend). */
            map.getContainer().querySelectorAll(".leaflet-control").forEach(function (control) {
                var r = control.getBoundingClientRect();
                if (r.width && r.top < bottom && top < r.bottom && r.left < left + rect.width && left < r.right) {
                    left = r.left + r.width / 2 < box.left + box.width / 2
                        ? r.right + CHOOSER_MARGIN : r.left - CHOOSER_MARGIN - rect.width;
                }
            });
            left = Math.min(Math.max(left, box.left + CHOOSER_MARGIN), box.right - CHOOSER_MARGIN - rect.width);
            var shift = left - rect.left;
            offset.x += shift;
            /* The tip still points at the click. */
            var tip = element.querySelector(".leaflet-popup-tip-container");
            tip.style.marginLeft = Math.max(Math.min(-20 - shift, rect.width / 2 - 40), 20 - rect.width / 2) + "px";
            if (!offset.equals(L.point(popup.options.offset))) {
                popup.options.offset = offset;
                popup.update();
            }
        }

        /* A small list at the pointer: a button per mark, by name, reached with
         * Tab or the arrow keys; Esc or a click elsewhere closes it. */
        function openChooser(latlng, near) {
            closeChooser();
            var words = m.words();
            var box = document.createElement("div");
            box.setAttribute("role", "dialog");
            var heading = document.createElement("p");
            heading.id = "corridor-chooser-heading";
            heading.className = "corridor-chooser-heading";
            heading.textContent = words.chooser;
            box.setAttribute("aria-labelledby", heading.id);
            box.appendChild(heading);
            var list = document.createElement("ul");
            near.forEach(function (found) {
                var properties = found.layer.feature.properties;
                var item = document.createElement("li");
                var button = document.createElement("button");
                button.type = "button";
                button.textContent = plainText(properties.name[m.language()]);
                button.corridorChoice = properties.id;
                item.appendChild(button);
                list.appendChild(item);
            });
            box.appendChild(list);
            var buttons = box.querySelectorAll("button");
            L.DomEvent.on(box, "click", function (event) {
                if (event.target.corridorChoice) {
                    pick(event.target.corridorChoice);
                }
            });
            L.DomEvent.on(box, "keydown", function (event) {
                var at = Array.prototype.indexOf.call(buttons, document.activeElement);
                if (event.key === "Escape") {
                    closeChooser();
                    map.getContainer().focus({preventScroll: true});
                } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                    var step = event.key === "ArrowDown" ? 1 : buttons.length - 1;
                    buttons[(at + step) % buttons.length].focus();
                } else {
                    return;
                }
                L.DomEvent.stop(event);
            });
            chooser = L.popup({
                className: "corridor-chooser",
                closeButton: false,
                closeOnClick: false,
                autoClose: false,
                autoPan: false,
                minWidth: 0,
                maxWidth: 260
            }).setLatLng(latlng).setContent(box);
            chooser.on("remove", function () {
                if (chooser && !map.hasLayer(chooser)) {
                    chooser = null;
                }
            });
            chooser.openOn(map);
            keepInside(chooser, map.latLngToContainerPoint(latlng));
            buttons[0].focus({preventScroll: true});
        }

        /* A map click: hit is what Leaflet found on top ({id, point}), or null. */
        function click(event, hit) {
            if (chooser) {
                closeChooser();
                return;
            }
            var reach = reachOf(event.originalEvent);
            /* Not event.containerPoint: on a small mark Leaflet gives the mark's centre. */
            var at = map.mouseEventToContainerPoint(event.originalEvent);
            var near = marksNear(at, reach);
            var mouse = reach === REACH.mouse;
            if (hit && !hit.point && mouse) {
                near = near.filter(function (found) { return found.on; });
            }
            if (!near.length) {
                select(hit ? hit.id : null);
                return;
            }
            var onTopsCentre = hit && hit.point && near.some(function (found) {
                return found.layer.feature.properties.id === hit.id && found.distance <= CENTRE;
            });
            if (onTopsCentre) {
                select(hit.id);
                return;
            }
            var first = near[0].distance;
            var second = near.length > 1 ? near[1].distance : Infinity;
            if (first <= CLEAR_RATIO * second && second - first >= CLEAR_GAP) {
                select(near[0].layer.feature.properties.id);
                return;
            }
            openChooser(map.containerPointToLatLng(at), near.slice(0, MOST_CHOICES));
        }

        map.on("zoomstart", closeChooser);
        return {click: click, close: closeChooser};
    };
}(window.corridor = window.corridor || {}));
