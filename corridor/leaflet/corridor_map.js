/* The corridor map's browser side, wired together from the files before it
 * in the bundle (each registers itself on window.corridor).
 *
 * corridorMap(map, configId, options) frames options.view and adds the tile
 * layer and options.attribution at once, then draws the basemap, the place
 * names and the layers from the files its config names (the published bundle
 * carries the config, and has already started fetching the opening view's
 * files). Every file's name
 * carries a hash of its content, so the browser caches it and fetches it once.
 * A rerun of the app sends only the state, which corridorState(map, state)
 * applies (state.js).
 *
 * The parts share one object, m: what the map holds and what the state says.
 * Each part keeps anything else to itself. The map follows the page's light or
 * dark theme. On a phone the app's panel is a sheet over the lower part of the
 * map: the map keeps its controls and its first view clear of it. */
/* global corridorConfigs, corridorWrites, corridorForgetOthers, corridorLabels */
/* exported corridorMap, corridorState */
function corridorMap(map, configId, options) {
    var corridor = window.corridor;
    var m = {
        map: map,
        options: options,
        /* The config (set up once the bundle's config is found), and the latest state. */
        config: null,
        state: null,
        /* The legend's switches of the filters counted: see state.js. */
        layersVersion: 0,
        /* The corridor layers (layers.js), and the ones whose files could not be fetched. */
        entries: [],
        failed: [],
        /* Layer files being fetched now. */
        pending: 0,
        /* The shape on top where a click landed, {id, point}, noted by its layer before the map hears the click. */
        clicked: null,
        /* The view as the address writes it (null until the reader moves the map or a link
         * gives one), whether the reader has moved the map, and whether "ready" went. */
        viewText: null,
        readerMoved: false,
        readySent: false,
        basemapLayers: [],
        labels: null,
        /* The state's language, or the config's default before the first state. */
        language: function () {
            return m.state ? m.state.language : m.config.defaultLanguage;
        },
        words: function () {
            return m.config.words[m.language()];
        }
    };
    var state = corridor.state(m);
    m.apply = state.apply;
    m.switchFilter = state.switchFilter;
    m.reports = corridor.reports(m);
    m.route = corridor.route(m);
    m.view = corridor.view(m);
    m.clear = corridor.clear(m);
    m.station = corridor.station(m);
    m.theme = corridor.theme(m);

    function setUp(loaded) {
        performance.mark("corridor:setup");
        m.config = loaded;
        m.notice = corridor.notice(m).addTo(map);
        m.linkButton = corridor.linkButton(m).addTo(map);
        m.yearBox = corridor.yearBox(m).addTo(map);
        m.config.layers.forEach(function (spec, index) {
            m.entries.push(new corridor.CorridorLayer(m, spec, index));
        });
        corridor.addBasemap(m);
        m.theme.apply();
        window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", m.theme.apply);
        m.labels = corridorLabels(map, m.config.labels.urls, m.config.labels.zoomOffset, m.language(), function (ok) {
            m.notice.labelsLoaded(ok);
        });
        map.attributionControl.addAttribution(m.config.attribution);
        m.legend = corridor.legend(m).addTo(map);
        map.on("zoomend", m.apply);
        m.apply();
        corridorForgetOthers(publishedUrls(m.config));
    }

    function publishedUrls(loaded) {
        var urls = [loaded.basemap.borders, loaded.basemap.detail];
        Object.keys(loaded.labels.urls).forEach(function (language) { urls.push(loaded.labels.urls[language]); });
        loaded.layers.forEach(function (spec) {
            spec.tiers.forEach(function (tier) { urls.push(tier.url); });
        });
        return urls;
    }

    m.view.frameFirstView();
    m.view.watchSize();
    m.clear.keepMiddle();
    m.clear.keepTooltipsClear();
    L.tileLayer(options.tiles.url, options.tiles.options).addTo(map);
    map.attributionControl.addAttribution(options.attribution);

    /* A feature's click reaches its layer's group first, then the map: the
     * group notes the shape on top, the map works out which feature the
     * pointer means (pointer.js: the nearest mark, or a chooser) and reports
     * it (or null, for empty map) before restyling the selection, so the
     * app's rerun starts at once; a feature partly hidden by a control is
     * then brought into view. */
    function open(featureId) {
        state.select(featureId);
        if (featureId) {
            m.view.revealSelected(featureId);
        }
    }
    var pointer = corridor.pointer(m, open);
    map.on("click", function (event) {
        var hit = m.clicked;
        m.clicked = null;
        pointer.click(event, hit);
    });
    /* Enter or Space on a focused shape opens it, as a click would. */
    L.DomEvent.on(map.getContainer(), "keydown", function (event) {
        var featureId = event.target.corridorFeature;
        if (featureId && (event.key === "Enter" || event.key === " ")) {
            L.DomEvent.preventDefault(event);
            open(featureId);
        }
    });
    m.view.watchReader();
    map.once("corridor:basemap", m.reports.basemapDrawn);

    map.corridor = {
        apply: state.receive,
        /* Layer files being fetched, and files waiting to be stored, now; tests wait for none. */
        pending: function () { return m.config === null ? -1 : m.pending + corridorWrites; },
        /* The server session whose state the map shows; tests wait for a new one. */
        session: function () { return m.state === null ? null : m.state.session; }
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
