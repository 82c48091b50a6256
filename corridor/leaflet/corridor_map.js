/* The corridor map's browser side: the layers it holds, and the state that drives them.
 *
 * corridorMap(map, configId, options) frames options.view and adds the tile
 * layer at once, then draws the basemap, the place names and the layers from
 * the files its config names (the published bundle carries the config, and
 * has already started fetching the opening view's files). Every file's name
 * carries a hash of its content, so the browser caches it and fetches it once.
 * A rerun of the app sends only the state, {layers, statuses, selected,
 * language, layersVersion, view, focus}, which corridorState(map, state) applies to the layers already
 * held: whole layers are added or removed, features are filtered by status,
 * the selection is restyled and the labels follow the language. Nothing is
 * fetched again and the map is never re-made.
 *
 * Each line layer comes in zoom tiers (geometry simplified for the zoomed-out
 * views, full detail close in); a tier's file is fetched the first time the
 * map needs it. Each layer draws in a pane of its own, in the config's order,
 * so a layer switched back on keeps its place and the points stay on top.
 *
 * The legend is where layers are switched: a switch redraws the map at once,
 * then reports to the app, so that the sidebar's panels and the next state
 * agree. The map counts its switches (layersVersion) and keeps its own layers
 * over a state that has not yet taken in its latest switch, so a rerun that
 * was already under way never switches a layer back.
 *
 * The map also reports to Streamlit: "ready" once the basemap and the layers
 * have drawn, every click with the id of the feature hit (null on empty map),
 * at once and without streamlit-folium's debounce, every switch, and every
 * view the reader moves to, once the map is still. Each report carries the
 * layers switched on, the count, and the view (null until the reader moves
 * the map). A state's view (from a link) is applied once per serial.
 *
 * Every feature can be reached with Tab and opened with Enter or Space: its
 * shape is a named button. The map follows the page's light or dark theme.
 * On a phone the app's panel is a sheet over the lower part of the map: the
 * map keeps its controls and its first view clear of it. */
/* global corridorConfigs, corridorWrites, corridorFetchJson, corridorForgetOthers, corridorShowLoadFailures, corridorRemoteGeoJson, corridorLabels, corridorFrameManners, corridorTakePageColours, corridorCovered, corridorShowPanel */
/* exported corridorMap, corridorState */
/* A point drawn as a diamond: a circle marker whose path is four corners, so
 * it styles, hovers and clicks like any other point (SVG renderer). Made on
 * first use: the bundle loads before Leaflet. */
var CorridorDiamond = null;

function corridorPoint(latlng, options) {
    if (options.shape !== "diamond") {
        return L.circleMarker(latlng, options);
    }
    CorridorDiamond = CorridorDiamond || L.CircleMarker.extend({
        _updatePath: function () {
            var p = this._point;
            var r = this._radius * 1.25;
            var d = this._empty() ? "M0 0" : "M" + p.x + "," + (p.y - r) + "L" + (p.x + r) + "," + p.y +
                "L" + p.x + "," + (p.y + r) + "L" + (p.x - r) + "," + p.y + "z";
            this._renderer._setPath(this, d);
        }
    });
    return new CorridorDiamond(latlng, options);
}

function corridorMap(map, configId, options) {
    /* A view is reported once the map has been still this long: a fling or a
     * double-click zoom makes several moves, and one report is enough. */
    var VIEW_QUIET_MS = 300;
    /* A move that starts this soon after the reader's input is the reader's. */
    var READER_INPUT_MS = 1000;
    /* Closing tags are written "\u003c/": the bundle never holds the two
     * characters that would end an inline script element. */
    var LINK_ICON = '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">' +
        '<g fill="none" stroke="#202124" stroke-width="2.2" transform="rotate(-45 12 12)">' +
        '<rect x="2" y="8.5" width="11" height="7" rx="3.5"/><rect x="11" y="8.5" width="11" height="7" rx="3.5"/>' +
        '\u003c/g>\u003c/svg>';
    var config = null;
    var state = null;
    var entries = [];
    var failed = [];
    var noticeBox = null;
    var basemapMissing = false;
    var labelsMissing = false;
    var labels = null;
    var reports = 0;
    var pending = 0;
    var drawnOnce = false;
    var basemapDrawn = false;
    var readySent = false;
    var layersVersion = 0;
    var switches = [];
    var clicked = null;
    var lastClick = null;
    var legendBox = null;
    var linkButton = null;
    var linkStatus = null;
    var legendLanguage = null;
    var viewSerial = null;
    var framedSerial = null;
    var FOCUS_MAX_ZOOM = 8;
    var viewText = null;
    var viewTimer = null;
    var readerMoved = false;
    var inputAt = -Infinity;
    var namedLanguage = null;
    var dark = null;
    var basemapLayers = [];
    var shownSelection = null;
    var themeQueued = false;
    var routeKey = null;
    var routeLayer = null;
    var yearBox = null;

    /* The app sees only the latest report: a report made before the app's
     * run has read the one before replaces it. So every report carries the
     * latest click too, and a view reported just after a click keeps it. */
    function report(event, featureId) {
        reports += 1;
        var id = Date.now() + "-" + reports;
        if (event === "click") {
            lastClick = {id: id, feature_id: featureId};
        }
        window.parent.postMessage({
            isStreamlitMessage: true,
            type: "streamlit:setComponentValue",
            dataType: "json",
            value: {
                event: event,
                id: id,
                feature_id: featureId,
                lastClick: lastClick,
                layers: state ? state.layers : null,
                layersVersion: layersVersion,
                view: viewText
            }
        }, "*");
    }

    /* The state's language, or the config's default before the first state. */
    function language() {
        return state ? state.language : config.defaultLanguage;
    }

    function words() {
        return config.words[language()];
    }

    /* A feature in the state's year: [status, "shown" | "faded" | "hidden",
     * basis]. The state lists only the features the year changes. */
    function yearly(properties) {
        var found = state && state.asOf ? state.asOf[properties.id] : null;
        return found || [properties.status, "shown", "today"];
    }

    function styleOf(entry, properties, selected) {
        var as = yearly(properties);
        var styles = entry.spec.styles[properties.kind + "|" + (as[0] || properties.status)];
        var style = selected ? styles.selected : styles.normal;
        return as[1] === "faded" && !selected ? L.extend({}, style, config.faded) : style;
    }

    function tooltipOf(properties) {
        /* Names are escaped by the server before they are published. */
        var as = yearly(properties);
        var said = as[0] ? words().status[as[0]] : "";
        if (as[2] === "not open") {
            said = words().notOpen.replace("{year}", state.year);
        } else if (as[2] === "undated") {
            said += "; " + words().undated.replace("{year}", state.year);
        }
        return properties.name[language()] + " (" + said + ")";
    }

    /* The tooltip and the hover style are bound once per tier, on the group,
     * which hears its features' events: a layer of thousands of features
     * makes no tooltip or handler per feature. */
    function makeTier(entry, tier, data) {
        tier.items = [];
        tier.group = L.featureGroup();
        tier.group.bindTooltip(function (layer) { return tooltipOf(layer.feature.properties); }, {sticky: true});
        tier.group.on("click", function (event) { clicked = event.layer.feature.properties.id; });
        if (entry.spec.hover) {
            tier.group.on("mouseover", function (event) { event.layer.setStyle(entry.spec.hover); });
            tier.group.on("mouseout", function (event) {
                var item = event.layer.corridorItem;
                event.layer.setStyle(styleOf(entry, item.properties, item.selected));
            });
        }
        data.features.forEach(function (feature) {
            var properties = feature.properties;
            var options = L.extend({pane: entry.pane}, styleOf(entry, properties, false));
            var layer = entry.spec.geometry === "point"
                ? corridorPoint(L.GeoJSON.coordsToLatLng(feature.geometry.coordinates), options)
                : L.GeoJSON.geometryToLayer(feature, options);
            var item = {properties: properties, selected: false, layer: layer};
            layer.feature = feature;
            layer.corridorItem = item;
            layer.on("add", function () { nameShape(item); });
            tier.items.push(item);
        });
    }

    /* A feature's shape is a button named like its tooltip, so Tab reaches it
     * and a screen reader says what it is. */
    function nameShape(item) {
        var element = item.layer.getElement();
        if (!element) {
            return;
        }
        element.setAttribute("tabindex", "0");
        element.setAttribute("role", "button");
        element.setAttribute("aria-label", tooltipOf(item.properties));
        element.setAttribute("aria-pressed", item.selected ? "true" : "false");
        element.corridorFeature = item.properties.id;
    }

    function nameShapes() {
        entries.forEach(function (entry) {
            entry.tiers.forEach(function (tier) {
                (tier.items || []).forEach(nameShape);
            });
        });
    }

    function load(entry, tier) {
        if (!tier.loading) {
            pending += 1;
            tier.loading = corridorFetchJson(tier.url).then(function (data) {
                makeTier(entry, tier, data);
                return tier;
            });
            tier.loading.finally(function () { pending -= 1; }).catch(function () {});
            tier.loading.catch(function (error) {
                console.warn("could not load the " + entry.spec.id + " layer", error);
                if (failed.indexOf(entry) < 0) {
                    failed.push(entry);
                    notice();
                    checkDrawn();
                }
            });
        }
        return tier.loading;
    }

    function tierFor(entry) {
        var zoom = map.getZoom();
        var chosen = entry.tiers[0];
        entry.tiers.forEach(function (tier) {
            if (zoom >= tier.minZoom) {
                chosen = tier;
            }
        });
        return chosen;
    }

    function wanted(entry) {
        return state !== null && state.layers.indexOf(entry.spec.id) >= 0;
    }

    /* Bring a loaded tier in line with the state, then make it the one on the map. */
    function show(entry, tier) {
        if (!wanted(entry) || tierFor(entry) !== tier) {
            return;
        }
        tier.items.forEach(function (item) {
            var as = yearly(item.properties);
            var shown = as[1] !== "hidden" && state.statuses.indexOf(as[0] || item.properties.status) >= 0;
            var selected = item.properties.id === state.selected;
            var year = as.join("|");
            if (shown !== tier.group.hasLayer(item.layer)) {
                if (shown) {
                    tier.group.addLayer(item.layer);
                } else {
                    tier.group.removeLayer(item.layer);
                }
            }
            if (selected !== item.selected || year !== item.year) {
                item.selected = selected;
                item.year = year;
                item.layer.setStyle(styleOf(entry, item.properties, selected));
                nameShape(item);
            }
        });
        if (entry.active && entry.active !== tier) {
            map.removeLayer(entry.active.group);
        }
        entry.active = tier;
        if (!map.hasLayer(tier.group)) {
            tier.group.addTo(map);
        }
        checkDrawn();
    }

    /* The first time every wanted layer is drawn (or has failed), mark it. */
    function checkDrawn() {
        if (drawnOnce || config === null || state === null) {
            return;
        }
        var done = entries.every(function (entry) {
            return !wanted(entry) || entry.active || failed.indexOf(entry) >= 0;
        });
        if (done) {
            drawnOnce = true;
            performance.mark("corridor:layers");
            map.fire("corridor:layers");
            reportReady();
        }
    }

    /* "ready" brings the rerun that draws the sidebar and the charts, which
     * keep the page busy for a while: it waits until the basemap and the
     * layers are on screen, a frame after they were drawn. */
    function reportReady() {
        if (readySent || !drawnOnce || !basemapDrawn) {
            return;
        }
        readySent = true;
        requestAnimationFrame(function () {
            setTimeout(function () { report("ready", null); }, 0);
        });
    }

    function apply() {
        if (config === null || state === null) {
            return;
        }
        entries.forEach(function (entry) {
            if (!wanted(entry)) {
                if (entry.active) {
                    map.removeLayer(entry.active.group);
                    entry.active = null;
                }
                return;
            }
            var tier = tierFor(entry);
            load(entry, tier).then(function () { show(entry, tier); }, function () {});
        });
        if (labels) {
            labels.setLanguage(state.language);
        }
        corridorShowLoadFailures(state.language);
        if (namedLanguage !== state.language) {
            namedLanguage = state.language;
            nameShapes();
            corridorFrameManners(map, config.frame[namedLanguage]);
        }
        queueTheme();
        fillLegend();
        setLinkWords();
        drawRoute();
        showYear();
        applyView();
        frameFocus();
        switches.forEach(function (input) {
            input.checked = state.layers.indexOf(input.getAttribute("data-layer")) >= 0;
        });
        notice();
        checkDrawn();
        map.fire("corridor:state", {state: state});
    }

    /* The route explorer's route: a halo under the links it takes, dashed
     * where a leg is not operating in the year. Drawn again only when the
     * route changes; a new route is framed unless the state brings a view. */
    function drawRoute() {
        var route = state.route;
        var key = route ? route.key : null;
        if (key === routeKey) {
            return;
        }
        routeKey = key;
        if (routeLayer) {
            map.removeLayer(routeLayer);
            routeLayer = null;
        }
        if (!route) {
            return;
        }
        if (!map.getPane("corridor-route")) {
            map.createPane("corridor-route", map.getPane("overlayPane")).style.zIndex = 399;
        }
        routeLayer = L.featureGroup(route.lines.map(function (line, index) {
            var style = L.extend({pane: "corridor-route"}, config.route.style);
            if (!route.operating[index]) {
                style.dashArray = config.route.plannedDash;
            }
            return L.polyline(line, style);
        })).addTo(map);
        if (!state.view || state.view.serial === viewSerial) {
            /* In the next frame: the frame may still be taking its height. */
            var bounds = routeLayer.getBounds();
            requestAnimationFrame(function () { frameClear(bounds, {maxZoom: FOCUS_MAX_ZOOM}); });
        }
    }

    /* The year the map shows, in a corner, when it is not the data's own. */
    function showYear() {
        if (!yearBox) {
            return;
        }
        yearBox.textContent = state.year ? words().asOf.replace("{year}", state.year) : "";
        yearBox.style.display = state.year ? "" : "none";
    }

    /* A box on the map, hidden until it has something to say; read out when it changes. */
    function addBox(position, className, role) {
        var box = L.DomUtil.create("div", className);
        box.setAttribute("role", role);
        box.style.display = "none";
        var control = L.control({position: position});
        control.onAdd = function () { return box; };
        control.addTo(map);
        return box;
    }

    /* A pick in the search or the table: frame the feature, once per pick.
     * The reader asked for it, so the view it gives goes into the address. */
    function frameFocus() {
        var focus = state.focus;
        if (!focus || focus.serial === framedSerial) {
            return;
        }
        framedSerial = focus.serial;
        var entry = entries.filter(function (candidate) { return candidate.spec.id === focus.layer; })[0];
        if (!entry) {
            return;
        }
        var tier = tierFor(entry);
        load(entry, tier).then(function () {
            var item = tier.items.filter(function (candidate) { return candidate.properties.id === focus.id; })[0];
            if (!item) {
                return;
            }
            var bounds = item.layer.getBounds
                ? item.layer.getBounds()
                : L.latLngBounds([item.layer.getLatLng(), item.layer.getLatLng()]);
            readerMoved = true;
            map.fitBounds(bounds, {maxZoom: FOCUS_MAX_ZOOM, padding: [48, 48]});
        }, function () {});
    }

    /* A view from a link: go there once for each new serial. */
    function applyView() {
        var view = state.view;
        if (!view || view.serial === viewSerial) {
            return;
        }
        viewSerial = view.serial;
        viewText = viewOf(L.latLng(view.lat, view.lon), view.zoom);
        goTo(view);
    }

    /* A zoom still animating (the opening view's) would end at its own view: go after it. */
    function goTo(view) {
        if (map._animatingZoom) {
            map.once("zoomend", function () { goTo(view); });
            return;
        }
        map.setView([view.lat, view.lon], view.zoom, {animate: false});
    }

    /* lat,lon,zoom as the address writes it: four decimals of a degree, two of a zoom. */
    function viewOf(center, zoom) {
        return [
            Number(center.lat.toFixed(4)),
            Number(center.lng.toFixed(4)),
            Number(zoom.toFixed(2))
        ].join(",");
    }

    /* Once the reader has moved the map (a drag, a wheel, a key, a tap on
     * the zoom buttons; not a layout change of the page), each view goes into
     * the page's address at once, replacing it so that Back steps through
     * selections rather than pans, then to the app, which writes the same
     * address. */
    function viewMoved() {
        if (!readySent || !readerMoved) {
            return;
        }
        var text = viewOf(map.getCenter(), map.getZoom());
        if (text === viewText) {
            return;
        }
        viewText = text;
        writeView(text);
        report("view", null);
    }

    function writeView(text) {
        try {
            var page = window.parent;
            var params = new URLSearchParams(page.location.search);
            params.delete("view");
            params.append("view", text);
            page.history.replaceState(page.history.state, "", page.location.pathname + "?" + params.toString());
        } catch {
            /* A page on another origin: the app writes the address on its run. */
        }
    }

    /* "Copy link to this view": the page's address, which always holds the
     * view (the app writes the state, this map the pans), to the clipboard.
     * It lives on the map, so the app's runs spend nothing on it. */
    function addLinkButton() {
        var control = L.control({position: "topleft"});
        control.onAdd = function () {
            var box = L.DomUtil.create("div", "leaflet-bar corridor-link");
            linkButton = L.DomUtil.create("a", "", box);
            linkButton.href = "#";
            linkButton.setAttribute("role", "button");
            /* A chain of two links, drawn here: no emoji font is needed. A constant, never data. */
            linkButton.innerHTML = LINK_ICON;
            linkStatus = L.DomUtil.create("span", "corridor-link-status", box);
            linkStatus.setAttribute("role", "status");
            setLinkWords();
            L.DomEvent.on(linkButton, "click", function (event) {
                L.DomEvent.preventDefault(event);
                copyLink();
            });
            L.DomEvent.disableClickPropagation(box);
            return box;
        };
        control.addTo(map);
    }

    function setLinkWords() {
        if (linkButton) {
            linkButton.title = words().copyLink;
            linkButton.setAttribute("aria-label", words().copyLink);
        }
    }

    function copyLink() {
        var address;
        try {
            address = window.parent.location.href;
        } catch {
            address = window.location.href;
        }
        var done = function (text) {
            linkStatus.textContent = text;
            clearTimeout(linkStatus.timer);
            linkStatus.timer = setTimeout(function () { linkStatus.textContent = ""; }, 4000);
        };
        if (!navigator.clipboard) {
            done(words().linkNotCopied + " " + address);
            return;
        }
        navigator.clipboard.writeText(address).then(
            function () { done(words().linkCopied); },
            function () { done(words().linkNotCopied + " " + address); }
        );
    }

    /* A layer file that could not be fetched is named on the map; the others draw.
     * A basemap that is missing or could not be fetched is named too, and so
     * are place names that could not be fetched. */
    function notice() {
        if (!noticeBox) {
            return;
        }
        var names = failed.map(function (entry) { return entry.spec.title[language()]; });
        var lines = [];
        if (names.length) {
            lines.push(words().notLoaded + " " + names.join(", ") + ".");
        }
        if (basemapMissing) {
            lines.push(words().noBasemap);
        }
        if (labelsMissing) {
            lines.push(words().noLabels);
        }
        noticeBox.textContent = lines.join(" ");
        noticeBox.style.display = lines.length ? "" : "none";
    }

    function basemapLoaded(ok) {
        if (!ok && !basemapMissing) {
            basemapMissing = true;
            notice();
        }
    }

    function addLegend() {
        var control = L.control({position: "bottomright"});
        control.onAdd = function () {
            legendBox = L.DomUtil.create("div", "corridor-legend");
            fillLegend();
            if (window.innerWidth < 520) {
                legendBox.firstChild.open = false;
            }
            L.DomEvent.disableClickPropagation(legendBox);
            L.DomEvent.disableScrollPropagation(legendBox);
            return legendBox;
        };
        control.addTo(map);
    }

    /* The legend in the current language, its switches set from the state;
     * made again only when the language changes, keeping it open or closed. */
    function fillLegend() {
        if (!legendBox || legendLanguage === language()) {
            return;
        }
        var open = legendBox.firstChild ? legendBox.firstChild.open : null;
        legendLanguage = language();
        /* The legend is made from constants only, never from data. */
        legendBox.innerHTML = config.legend[legendLanguage];
        if (open !== null) {
            legendBox.firstChild.open = open;
        }
        switches = Array.prototype.slice.call(legendBox.querySelectorAll("input[data-layer]"));
        /* apply() sets the switches from the state right after. */
        switches.forEach(function (input) {
            L.DomEvent.on(input, "change", function () {
                switchLayer(input.getAttribute("data-layer"), input.checked);
            });
        });
    }

    /* A legend switch: draw the change now, then tell the app. */
    function switchLayer(id, on) {
        if (state === null) {
            return;
        }
        var layers = config.layers.map(function (spec) { return spec.id; }).filter(function (layer) {
            return layer === id ? on : state.layers.indexOf(layer) >= 0;
        });
        layersVersion += 1;
        state = Object.assign({}, state, {layers: layers, layersVersion: layersVersion});
        apply();
        report("layers", null);
    }

    function addBasemap() {
        var basemap = config.basemap;
        var pane = map.createPane(basemap.pane);
        pane.style.zIndex = basemap.paneZ;
        pane.style.pointerEvents = "none";
        var options = {pane: basemap.pane, interactive: false, style: basemap.style, attribution: basemap.attribution};
        basemapLoaded(basemap.available);
        basemapLayers = [
            corridorRemoteGeoJson(map, basemap.borders, options, 0, basemap.detailZoom, function (ok) {
                basemapLoaded(ok);
                performance.mark("corridor:basemap");
                map.fire("corridor:basemap");
            }),
            corridorRemoteGeoJson(map, basemap.detail, options, basemap.detailZoom, 99, basemapLoaded)
        ];
    }

    /* A rerun may follow a theme picked in the app's menu: look in the next
     * frame, when the page is laid out anyway, not in the middle of a rerun. */
    function queueTheme() {
        if (!themeQueued) {
            themeQueued = true;
            requestAnimationFrame(applyTheme);
        }
    }

    /* Light or dark, as the page is: the land, the sea, and (in the
     * stylesheet) the legend, the names and the controls. */
    function applyTheme() {
        themeQueued = false;
        var now = corridorTakePageColours();
        if (now === dark) {
            return;
        }
        dark = now;
        var theme = dark ? config.dark : config.light;
        map.getContainer().classList.toggle("corridor-dark", dark);
        map.getContainer().style.background = theme.sea;
        basemapLayers.forEach(function (layer) { layer.options.style = theme.land; layer.setStyle(theme.land); });
    }

    function setUp(loaded) {
        performance.mark("corridor:setup");
        config = loaded;
        noticeBox = addBox("topleft", "corridor-notice", "alert");
        addLinkButton();
        yearBox = addBox("topright", "corridor-year", "status");
        config.layers.forEach(function (spec, index) {
            var pane = "corridor-" + spec.id;
            map.createPane(pane, map.getPane("overlayPane")).style.zIndex = 400 + index;
            entries.push({
                spec: spec,
                pane: pane,
                active: null,
                tiers: spec.tiers.map(function (tier) { return {minZoom: tier.minZoom, url: tier.url}; })
            });
        });
        addBasemap();
        applyTheme();
        window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", applyTheme);
        labels = corridorLabels(map, config.labels.urls, config.labels.zoomOffset, language(), function (ok) {
            if (labelsMissing === ok) {
                labelsMissing = !ok;
                notice();
            }
        });
        map.attributionControl.addAttribution(config.attribution);
        addLegend();
        map.on("zoomend", apply);
        apply();
        corridorForgetOthers(publishedUrls(config));
    }

    function publishedUrls(loaded) {
        var urls = [loaded.basemap.borders, loaded.basemap.detail];
        Object.keys(loaded.labels.urls).forEach(function (language) { urls.push(loaded.labels.urls[language]); });
        loaded.layers.forEach(function (spec) {
            spec.tiers.forEach(function (tier) { urls.push(tier.url); });
        });
        return urls;
    }

    /* The first view frames the corridor clear of the zoom buttons, the
     * attribution and, on a phone, the panel sheet. */
    function coverage() {
        var covered = corridorCovered(options.sheet);
        map.getContainer().style.setProperty("--corridor-covered", covered + "px");
        return covered;
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
    frameFirstView();
    map.on("resize", coverage);
    /* The page's stylesheet makes the frame fill the window after Leaflet has
     * measured it, and Leaflet does not always hear of it (on a wide screen it
     * went on drawing only the frame's first 620 pixels). Whenever the map's
     * box changes size, Leaflet measures it again, keeping the centre, and the
     * opening view is framed again in the new box, unless something else has
     * framed the map since (the reader, a link's view, a pick, a route). */
    if (window.ResizeObserver) {
        new ResizeObserver(function () {
            map.invalidateSize({pan: true, animate: false});
            if (!readerMoved && viewSerial === null && framedSerial === null && routeKey === null) {
                frameFirstView();
            }
        }).observe(map.getContainer());
    }
    L.tileLayer(options.tiles.url, options.tiles.options).addTo(map);

    /* A feature's click reaches its tier's group first, then the map: the
     * group notes the feature, the map reports it (or null, for empty map)
     * before restyling the selection, so the app's rerun starts at once. */
    map.on("click", function () {
        var featureId = clicked;
        clicked = null;
        select(featureId);
    });
    /* Enter or Space on a focused shape opens it, as a click would. */
    L.DomEvent.on(map.getContainer(), "keydown", function (event) {
        var featureId = event.target.corridorFeature;
        if (featureId && (event.key === "Enter" || event.key === " ")) {
            L.DomEvent.preventDefault(event);
            select(featureId);
        }
    });
    function select(featureId) {
        report("click", featureId);
        setTimeout(function () {
            if (state) {
                state = Object.assign({}, state, {selected: featureId});
                apply();
            }
        }, 0);
    }

    ["mousedown", "touchstart", "wheel", "keydown", "dblclick"].forEach(function (name) {
        L.DomEvent.on(map.getContainer(), name, function () { inputAt = Date.now(); });
    });
    map.on("movestart", function () {
        if (Date.now() - inputAt < READER_INPUT_MS) {
            readerMoved = true;
        }
    });
    map.on("moveend", function () {
        clearTimeout(viewTimer);
        viewTimer = setTimeout(viewMoved, VIEW_QUIET_MS);
    });
    map.once("corridor:basemap", function () {
        basemapDrawn = true;
        reportReady();
    });

    map.corridor = {
        apply: function (next) {
            if (state === null) {
                performance.mark("corridor:state");
            }
            if (next.layersVersion < layersVersion) {
                next = Object.assign({}, next, {layers: state.layers, layersVersion: layersVersion});
            }
            layersVersion = next.layersVersion;
            var newSession = state !== null && next.session !== state.session;
            state = next;
            apply();
            /* A new server session (the server restarted under the page) knows
             * nothing of this map: "ready" again draws the rest of its page.
             * The address already holds the selection, so no old click goes with it. */
            if (newSession && readySent) {
                lastClick = null;
                report("ready", null);
            }
            if (state.selected !== shownSelection) {
                shownSelection = state.selected;
                if (shownSelection) {
                    corridorShowPanel({panelClass: options.panel, backClass: options.back, sheet: options.sheet});
                }
            }
        },
        /* Layer files being fetched, and files waiting to be stored, now; tests wait for none. */
        pending: function () { return config === null ? -1 : pending + corridorWrites; },
        /* The server session whose state the map shows; tests wait for a new one. */
        session: function () { return state === null ? null : state.session; }
    };
    if (corridorConfigs[configId]) {
        setUp(corridorConfigs[configId]);
    } else {
        console.warn("the map's code and its configuration do not match: reload the page");
    }
}

/* Called on every rerun with the new state; the map keeps everything else. */
function corridorState(map, state) {
    map.corridor.apply(state);
}
