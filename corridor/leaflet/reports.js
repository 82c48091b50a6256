/* What the map reports to Streamlit: "ready" once the basemap and the layers
 * have drawn, every click with the id of the feature hit (null on empty map),
 * at once and without streamlit-folium's debounce, every switch, and every
 * view the reader moves to, once the map is still. Each report carries the
 * layers, statuses, countries and lens switched on, the count, and the view (null until the reader moves
 * the map).
 *
 * The app sees only the latest report: a report made before the app's run has
 * read the one before replaces it. So every report carries the latest click
 * too, and a view reported just after a click keeps it. */
(function (corridor) {
    corridor.reports = function (m) {
        var count = 0;
        var lastClick = null;
        var drawnOnce = false;
        var basemapDrawn = false;

        function report(event, featureId) {
            count += 1;
            var id = Date.now() + "-" + count;
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
                    layers: m.state ? m.state.layers : null,
                    statuses: m.state ? m.state.statuses : null,
                    countries: m.state ? m.state.countries : null,
                    lenses: m.state ? m.state.lenses : null,
                    layersVersion: m.layersVersion,
                    view: m.viewText
                }
            }, "*");
        }

        /* "ready" brings the rerun that draws the sidebar and the charts, which
         * keep the page busy for a while: it waits until the basemap and the
         * layers are on screen, a frame after they were drawn. */
        function reportReady() {
            if (m.readySent || !drawnOnce || !basemapDrawn) {
                return;
            }
            m.readySent = true;
            requestAnimationFrame(function () {
                setTimeout(function () { report("ready", null); }, 0);
            });
        }

        /* The first time every wanted layer is drawn (or has failed), mark it. */
        function checkDrawn() {
            if (drawnOnce || m.config === null || m.state === null) {
                return;
            }
            var done = m.entries.every(function (entry) {
                return !entry.wanted() || entry.active || m.failed.indexOf(entry) >= 0;
            });
            if (done) {
                drawnOnce = true;
                performance.mark("corridor:layers");
                m.map.fire("corridor:layers");
                reportReady();
            }
        }

        return {
            report: report,
            checkDrawn: checkDrawn,
            basemapDrawn: function () {
                basemapDrawn = true;
                reportReady();
            },
            /* A new server session: the address already holds the selection. */
            forgetClick: function () { lastClick = null; }
        };
    };
}(window.corridor = window.corridor || {}));
