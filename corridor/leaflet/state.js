/* The state, and applying it. A rerun of the app sends only the state,
 * {layers, statuses, countries, lenses, selected, language, layersVersion, view, focus,
 * utilisation, ...},
 * which is applied to the layers already held: whole layers are added or
 * removed, features are filtered by status and country, the selection is
 * restyled and the labels follow the language. Nothing is fetched again and
 * the map is never re-made.
 *
 * The map counts its legend's switches of layers, statuses, countries and the lens
 * (layersVersion) and keeps its own filters over a state that has not yet
 * taken in its latest switch, so a rerun that was already under way never
 * switches one back. */
/* global corridorShowLoadFailures, corridorFrameManners, corridorShowPanel */
(function (corridor) {
    /* The page's <html lang> follows the map's language: Streamlit has no way
     * to set it, and the map's frame is on the page's origin. */
    function namePageLanguage(language) {
        try {
            window.parent.document.documentElement.lang = language;
        } catch {
            /* A page on another origin keeps its own. */
        }
    }

    corridor.state = function (m) {
        var map = m.map;
        var namedLanguage = null;
        var shownSelection = null;

        /* Bring everything on the map in line with m.state. */
        function apply() {
            if (m.config === null || m.state === null) {
                return;
            }
            var state = m.state;
            m.entries.forEach(function (entry) {
                if (!entry.wanted()) {
                    entry.hide();
                    return;
                }
                var tier = entry.tierFor();
                entry.load(tier).then(function () { entry.show(tier); }, function () {});
            });
            if (m.labels) {
                m.labels.setLanguage(state.language);
            }
            corridorShowLoadFailures(state.language);
            if (namedLanguage !== state.language) {
                namedLanguage = state.language;
                namePageLanguage(namedLanguage);
                m.entries.forEach(function (entry) { entry.nameShapes(); });
                corridorFrameManners(map, m.config.frame[namedLanguage]);
            }
            m.theme.queue();
            m.legend.fill();
            m.linkButton.setWords();
            m.route.draw();
            m.yearBox.show();
            m.view.applyAddress();
            m.view.applyView();
            m.view.frameFocus();
            m.station.show();
            m.legend.setSwitches(state);
            m.legend.showRows(Object.keys(state.asOf || {}).some(function (id) { return state.asOf[id][1] === "faded"; }),
                m.route.drawn(), corridor.lensOn(state) ? state.utilisation.year : null);
            m.notice.update();
            m.reports.checkDrawn();
            map.fire("corridor:state", {state: state});
        }

        /* A legend switch of a layer, a status, a country or the lens (key
         * "layers", "statuses", "countries" or "lenses"): draw the change now,
         * then tell the app. The lens's figures come with the app's rerun. */
        function switchFilter(key, id, on) {
            if (m.state === null) {
                return;
            }
            var chosen = (m.state[key] || []).filter(function (value) { return value !== id; });
            if (on) {
                chosen.push(id);
            }
            var change = {layersVersion: m.layersVersion + 1};
            change[key] = chosen;
            m.layersVersion += 1;
            m.state = Object.assign({}, m.state, change);
            apply();
            m.reports.report("layers", null);
        }

        /* A click or a key on a feature (or a click on empty map): report it
         * first, so the app's rerun starts at once, then restyle the selection. */
        function select(featureId) {
            m.reports.report("click", featureId);
            setTimeout(function () {
                if (m.state) {
                    m.state = Object.assign({}, m.state, {selected: featureId});
                    apply();
                }
            }, 0);
        }

        /* A rerun's state. */
        function receive(next) {
            if (m.state === null) {
                performance.mark("corridor:state");
            }
            if (next.layersVersion < m.layersVersion) {
                next = Object.assign({}, next, {
                    layers: m.state.layers,
                    statuses: m.state.statuses,
                    countries: m.state.countries,
                    lenses: m.state.lenses,
                    layersVersion: m.layersVersion
                });
            }
            m.layersVersion = next.layersVersion;
            var newSession = m.state !== null && next.session !== m.state.session;
            m.state = next;
            apply();
            /* A new server session (the server restarted under the page) knows
             * nothing of this map: "ready" again draws the rest of its page.
             * The address already holds the selection, so no old click goes with it. */
            if (newSession && m.readySent) {
                m.reports.forgetClick();
                m.reports.report("ready", null);
            }
            if (m.state.selected !== shownSelection) {
                shownSelection = m.state.selected;
                if (shownSelection) {
                    corridorShowPanel({panelClass: m.options.panel, backClass: m.options.back, sheet: m.options.sheet});
                }
            }
        }

        return {apply: apply, switchFilter: switchFilter, select: select, receive: receive};
    };
}(window.corridor = window.corridor || {}));
