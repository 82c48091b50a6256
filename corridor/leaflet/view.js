/* The map's view and the page's address: the opening view framed clear of
 * the controls and the phone's sheet, a link's view applied once per serial,
 * a pick in the search or the table framed once per pick and a clicked
 * feature brought clear of the controls (clear.js), and every view the
 * reader moves to written into the address and reported once the map is still. */
/* global corridorLiftControls, corridorBringMapIntoView */
(function (corridor) {
    /* A view is reported once the map has been still this long: a fling or a
     * double-click zoom makes several moves, and one report is enough. */
    var VIEW_QUIET_MS = 300;
    /* A move that starts this soon after the reader's input is the reader's. */
    var READER_INPUT_MS = 1000;
    corridor.FOCUS_MAX_ZOOM = 8;

    /* lat,lon,zoom as the address writes it: four decimals of a degree, two of a zoom. */
    function viewOf(center, zoom) {
        return [
            Number(center.lat.toFixed(4)),
            Number(center.lng.toFixed(4)),
            Number(zoom.toFixed(2))
        ].join(",");
    }

    /* Whether a zoom animation is under way. Leaflet has no public API for it:
     * its zoom animation keeps the flag _animatingZoom on the map (Leaflet 1.x,
     * Map.ZoomAnimation), so this is the one place that reads it; a Leaflet that
     * drops the flag makes this false, and a view then lands without waiting. */
    function zoomAnimating(map) {
        return Boolean(map._animatingZoom);
    }

    /* The parameters in the order the app writes them (order, from urlstate.py),
     * any others after: the same state is the same address whoever writes it,
     * so the app never takes the map's address for a new one. */
    function inOrder(params, order) {
        var sorted = new URLSearchParams();
        order.concat(Array.from(params.keys()).filter(function (key) { return order.indexOf(key) < 0; }))
            .forEach(function (key) {
                params.getAll(key).forEach(function (value) { sorted.append(key, value); });
            });
        return sorted;
    }

    function writeView(text, order) {
        try {
            var page = window.parent;
            var params = new URLSearchParams(page.location.search);
            params.set("view", text);
            params = inOrder(params, order);
            page.history.replaceState(page.history.state, "", page.location.pathname + "?" + params.toString());
        } catch {
            /* A page on another origin: the app writes the address on its run. */
        }
    }

    /* The app's address in place of the page's current history entry (a step
     * of the year), keeping the view the map has written since. */
    function replaceAddress(text, order) {
        try {
            var page = window.parent;
            var params = new URLSearchParams(text);
            var view = new URLSearchParams(page.location.search).get("view");
            if (view !== null) {
                params.set("view", view);
            }
            var search = "?" + inOrder(params, order).toString();
            if (search !== page.location.search) {
                page.history.replaceState(page.history.state, "", page.location.pathname + search);
            }
        } catch {
            /* A page on another origin: the app writes the address on its next run. */
        }
    }

    corridor.view = function (m) {
        var map = m.map;
        var options = m.options;
        var viewSerial = null;
        var framedSerial = null;
        var viewTimer = null;
        var inputAt = -Infinity;
        var writtenAddress = null;

        /* The first view frames the corridor clear of the zoom buttons, the
         * attribution and, on a phone, the panel sheet. */
        function coverage() {
            return corridorLiftControls(map, options.sheet);
        }

        /* Frame bounds clear of the controls, the attribution and, on a phone, the sheet. */
        function frameClear(bounds, more) {
            map.fitBounds(bounds, L.extend({
                paddingTopLeft: options.padding.topLeft,
                paddingBottomRight: [options.padding.bottomRight[0], options.padding.bottomRight[1] + coverage()]
            }, more));
        }

        /* The opening view frames the corridor. */
        function frameFirstView() {
            frameClear(options.view, {animate: false});
        }

        /* The page's stylesheet makes the frame fill the window after Leaflet has
         * measured it, and Leaflet does not always hear of it (on a wide screen it
         * went on drawing only the frame's first 620 pixels). Whenever the map's
         * box changes size, Leaflet measures it again, keeping the centre, and the
         * opening view (or the route, once one is drawn) is framed again in the
         * new box, unless something else has framed the map since (the reader,
         * a link's view, a pick). */
        function watchSize() {
            map.on("resize", coverage);
            if (window.ResizeObserver) {
                new ResizeObserver(function () {
                    map.invalidateSize({pan: true, animate: false});
                    if (m.readerMoved || viewSerial !== null || framedSerial !== null) {
                        return;
                    }
                    if (m.route.drawn()) {
                        m.route.frame();
                    } else {
                        frameFirstView();
                    }
                }).observe(map.getContainer());
            }
        }

        /* A zoom still animating (the opening view's) would end at its own view: go after it. */
        function goTo(view) {
            if (zoomAnimating(map)) {
                map.once("zoomend", function () { goTo(view); });
                return;
            }
            map.setView([view.lat, view.lon], view.zoom, {animate: false});
        }

        /* A view from a link: go there once for each new serial. */
        function applyView() {
            var view = m.state.view;
            if (!view || view.serial === viewSerial) {
                return;
            }
            viewSerial = view.serial;
            m.viewText = viewOf(L.latLng(view.lat, view.lon), view.zoom);
            goTo(view);
        }

        /* An address the app asks to have written without a new history step,
         * once for each run that asks. */
        function applyAddress() {
            var text = m.state.address || null;
            if (text !== null && text !== writtenAddress) {
                replaceAddress(text, m.config.linkOrder);
            }
            writtenAddress = text;
        }

        function boundsOf(item) {
            return item.layer.getBounds
                ? item.layer.getBounds()
                : L.latLngBounds([item.layer.getLatLng(), item.layer.getLatLng()]);
        }

        /* A pick in the search or the table: frame the feature clear of
         * everything over the map, once per pick, with the page scrolled up
         * to the map (a pick in the table, below it). The reader asked for
         * it, so the view it gives goes into the address. */
        function frameFocus() {
            var focus = m.state.focus;
            if (!focus || focus.serial === framedSerial) {
                return;
            }
            framedSerial = focus.serial;
            var entry = m.entries.filter(function (candidate) { return candidate.spec.id === focus.layer; })[0];
            if (!entry) {
                return;
            }
            corridorBringMapIntoView();
            var tier = entry.tierFor();
            entry.load(tier).then(function () {
                var item = tier.items.filter(function (candidate) { return candidate.properties.id === focus.id; })[0];
                if (!item) {
                    return;
                }
                m.readerMoved = true;
                m.clear.frame(boundsOf(item), {maxZoom: corridor.FOCUS_MAX_ZOOM});
            }, function () {});
        }

        /* A feature clicked (or opened with a key): bring it clear of
         * everything over the map, if anything hides part of it. */
        function revealSelected(featureId) {
            m.entries.forEach(function (entry) {
                (entry.tierFor().items || []).forEach(function (item) {
                    if (item.properties.id === featureId && map.hasLayer(item.layer)) {
                        m.clear.reveal(boundsOf(item));
                    }
                });
            });
        }

        /* Once the reader has moved the map (a drag, a wheel, a key, a tap on
         * the zoom buttons; not a layout change of the page), each view goes into
         * the page's address at once, replacing it so that Back steps through
         * selections rather than pans, then to the app, which writes the same
         * address. */
        function viewMoved() {
            if (!m.readySent || !m.readerMoved) {
                return;
            }
            var text = viewOf(map.getCenter(), map.getZoom());
            if (text === m.viewText) {
                return;
            }
            m.viewText = text;
            writeView(text, m.config.linkOrder);
            m.reports.report("view", null);
        }

        /* Note the reader's input, and report the view once the map is still.
         * The input is heard on its way down (the capture phase), before any
         * control stops it: Leaflet's zoom buttons stop the mousedown from
         * reaching the map, and a tap on + or - is the reader's move too. */
        function watchReader() {
            ["mousedown", "touchstart", "wheel", "keydown", "dblclick"].forEach(function (name) {
                map.getContainer().addEventListener(name, function () { inputAt = Date.now(); },
                    {capture: true, passive: true});
            });
            map.on("movestart", function () {
                if (Date.now() - inputAt < READER_INPUT_MS) {
                    m.readerMoved = true;
                }
            });
            map.on("moveend", function () {
                clearTimeout(viewTimer);
                viewTimer = setTimeout(viewMoved, VIEW_QUIET_MS);
            });
        }

        return {
            frameFirstView: frameFirstView,
            watchSize: watchSize,
            watchReader: watchReader,
            applyView: applyView,
            applyAddress: applyAddress,
            frameFocus: frameFocus,
            revealSelected: revealSelected,
            /* The serial of the last link's view applied. */
            serial: function () { return viewSerial; }
        };
    };
}(window.corridor = window.corridor || {}));
