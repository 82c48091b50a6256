/* One object per corridor layer: its pane, its zoom tiers, and the features
 * of each tier it has fetched, drawn and named as the state says.
 *
 * Each line layer comes in zoom tiers (geometry simplified for the zoomed-out
 * views, full detail close in); a tier's file is fetched the first time the
 * map needs it. Each layer draws in a pane of its own, in the config's order,
 * so a layer switched back on keeps its place and the points stay on top.
 * Every feature can be reached with Tab and opened with Enter or Space: its
 * shape is a named button. */
/* global corridorFetchJson */
(function (corridor) {
    /* A point drawn as a diamond: a circle marker whose path is four corners, so
     * it styles, hovers and clicks like any other point (SVG renderer). Made on
     * first use: the bundle loads before Leaflet. */
    var Diamond = null;

    function point(latlng, options) {
        if (options.shape !== "diamond") {
            return L.circleMarker(latlng, options);
        }
        Diamond = Diamond || L.CircleMarker.extend({
            _updatePath: function () {
                var p = this._point;
                var r = this._radius * 1.25;
                var d = this._empty() ? "M0 0" : "M" + p.x + "," + (p.y - r) + "L" + (p.x + r) + "," + p.y +
                    "L" + p.x + "," + (p.y + r) + "L" + (p.x - r) + "," + p.y + "z";
                this._renderer._setPath(this, d);
            }
        });
        return new Diamond(latlng, options);
    }

    /* A line's tooltip follows the pointer, this far to its side, clear of the spot pointed at. */
    var LINE_TOOLTIP_OFFSET = [12, 0];
    /* A point's tooltip is beside its mark, this far beyond the mark's drawn edge. */
    var TOOLTIP_GAP = 4;

    /* Set a point's open tooltip beside its mark, clear of the mark: on its
     * left, away from the feature's name (placed on the right first, see
     * labels.js), unless the map's left edge is too near; then on its right. */
    function besideMark(map, layer, tooltip) {
        var options = layer.options;
        var edge = options.radius * (options.shape === "diamond" ? 1.25 : 1) + options.weight / 2;
        var x = map.latLngToContainerPoint(layer.getLatLng()).x;
        var width = tooltip.getElement().offsetWidth;
        var left = x - edge - TOOLTIP_GAP - width >= 0;
        var offset = (edge + TOOLTIP_GAP) * (left ? -1 : 1);
        if (tooltip.options.direction !== (left ? "left" : "right") || tooltip.options.offset[0] !== offset) {
            tooltip.options.direction = left ? "left" : "right";
            tooltip.options.offset = [offset, 0];
            tooltip.update();
        }
    }

    /* A feature in the state's year: [status, "shown" | "faded" | "hidden",
     * basis]. The state lists only the features the year changes. */
    function yearly(m, properties) {
        var found = m.state && m.state.asOf ? m.state.asOf[properties.id] : null;
        return found || [properties.status, "shown", "today"];
    }

    /* Whether the state colours the map by utilisation: the lens is on and
     * the app has sent its figures (a switch just made waits for them). */
    corridor.lensOn = function (state) {
        return Boolean(state && state.utilisation && (state.lenses || []).indexOf("utilisation") >= 0);
    };

    /* A feature under the lens: undefined with the lens off, null where the
     * lens does not cover it, else {reading: [bin, figure in words] or null (no data)}. */
    function lensed(m, properties) {
        if (!corridor.lensOn(m.state)) {
            return undefined;
        }
        var features = m.state.utilisation.features;
        return Object.prototype.hasOwnProperty.call(features, properties.id) ? {reading: features[properties.id]} : null;
    }

    /* A style under the lens: a covered feature in its bin's colour, or grey,
     * dashed and hollow for no data (a selected point keeps its ring); any other faint. */
    function lensStyle(m, style, under, isPoint, selected) {
        var lens = m.config.lens;
        if (under === null) {
            return L.extend({}, style, lens.faint);
        }
        if (under.reading === null) {
            var none = {dashArray: lens.noData.dashArray, opacity: 1};
            return L.extend({}, style, none, isPoint
                ? {fillOpacity: 0, color: selected ? style.color : lens.noData.color}
                : {color: lens.noData.color});
        }
        var colour = lens.colours[under.reading[0]];
        return L.extend({}, style, isPoint
            ? {fillColor: colour, fillOpacity: 1}
            : {color: colour, opacity: 1, weight: Math.max(style.weight, lens.lineWeight)});
    }

    function tooltipOf(m, properties) {
        /* Names are escaped by the server before they are published. */
        var as = yearly(m, properties);
        var said = as[0] ? m.words().status[as[0]] : "";
        if (as[2] === "not open") {
            said = m.words().notOpen.replace("{year}", m.state.year);
        } else if (as[2] === "undated") {
            said += "; " + m.words().undated.replace("{year}", m.state.year);
        }
        var under = lensed(m, properties);
        if (under) {
            var year = m.state.utilisation.year;
            said += "; " + (under.reading === null
                ? m.words().lensNoData.replace("{year}", year)
                : m.words().lensValue.replace("{year}", year).replace("{value}", under.reading[1]));
        }
        return properties.name[m.language()] + " (" + said + ")";
    }

    /* What a feature's look depends on besides its selection: its year and the lens. */
    function lookOf(m, properties) {
        var under = lensed(m, properties);
        var lens = under === undefined ? "" : under === null ? "faint" : JSON.stringify(under.reading);
        return yearly(m, properties).join("|") + "|" + lens + "|" + (under ? m.state.utilisation.year : "");
    }

    /* A feature's shape is a button named like its tooltip, so Tab reaches it
     * and a screen reader says what it is. */
    function nameShape(m, item) {
        var element = item.layer.getElement();
        if (!element) {
            return;
        }
        element.setAttribute("tabindex", "0");
        element.setAttribute("role", "button");
        element.setAttribute("aria-label", tooltipOf(m, item.properties));
        element.setAttribute("aria-pressed", item.selected ? "true" : "false");
        element.corridorFeature = item.properties.id;
    }

    /* The layer of the config's spec, index-th in the config's order. */
    function CorridorLayer(m, spec, index) {
        this.m = m;
        this.spec = spec;
        this.pane = "corridor-" + spec.id;
        m.map.createPane(this.pane, m.map.getPane("overlayPane")).style.zIndex = 400 + index;
        this.active = null;
        this.tiers = spec.tiers.map(function (tier) { return {minZoom: tier.minZoom, url: tier.url}; });
    }

    CorridorLayer.prototype.styleOf = function (properties, selected) {
        var as = yearly(this.m, properties);
        var styles = this.spec.styles[properties.kind + "|" + (as[0] || properties.status)];
        var style = selected ? styles.selected : styles.normal;
        var under = lensed(this.m, properties);
        if (under !== undefined) {
            style = lensStyle(this.m, style, under, this.spec.geometry === "point", selected);
        }
        return as[1] === "faded" && !selected ? L.extend({}, style, this.m.config.faded) : style;
    };

    /* The tooltip and the hover style are bound once per tier, on the group,
     * which hears its features' events: a layer of thousands of features
     * makes no tooltip or handler per feature. */
    CorridorLayer.prototype.makeTier = function (tier, data) {
        var entry = this;
        var m = this.m;
        tier.items = [];
        tier.group = L.featureGroup();
        var isPoint = entry.spec.geometry === "point";
        tier.group.bindTooltip(function (layer) { return tooltipOf(m, layer.feature.properties); },
            isPoint ? {direction: "left"} : {sticky: true, offset: LINE_TOOLTIP_OFFSET});
        if (isPoint) {
            tier.group.on("tooltipopen", function (event) { besideMark(m.map, event.layer, event.tooltip); });
        }
        tier.group.on("click", function (event) {
            m.clicked = {id: event.layer.feature.properties.id, point: isPoint};
        });
        if (entry.spec.hover) {
            tier.group.on("mouseover", function (event) { event.layer.setStyle(entry.spec.hover); });
            tier.group.on("mouseout", function (event) {
                var item = event.layer.corridorItem;
                event.layer.setStyle(entry.styleOf(item.properties, item.selected));
            });
        }
        data.features.forEach(function (feature) {
            var properties = feature.properties;
            var options = L.extend({pane: entry.pane}, entry.styleOf(properties, false));
            var layer = entry.spec.geometry === "point"
                ? point(L.GeoJSON.coordsToLatLng(feature.geometry.coordinates), options)
                : L.GeoJSON.geometryToLayer(feature, options);
            var item = {properties: properties, selected: false, layer: layer};
            layer.feature = feature;
            layer.corridorItem = item;
            layer.on("add", function () { nameShape(m, item); });
            tier.items.push(item);
        });
    };

    /* Name every shape again: the language has changed. */
    CorridorLayer.prototype.nameShapes = function () {
        var m = this.m;
        this.tiers.forEach(function (tier) {
            (tier.items || []).forEach(function (item) { nameShape(m, item); });
        });
    };

    /* A tier's features, fetched once; a layer that fails is named on the map. */
    CorridorLayer.prototype.load = function (tier) {
        var entry = this;
        var m = this.m;
        if (!tier.loading) {
            m.pending += 1;
            tier.loading = corridorFetchJson(tier.url).then(function (data) {
                entry.makeTier(tier, data);
                return tier;
            });
            tier.loading.finally(function () { m.pending -= 1; }).catch(function () {});
            tier.loading.catch(function (error) {
                console.warn("could not load the " + entry.spec.id + " layer", error);
                if (m.failed.indexOf(entry) < 0) {
                    m.failed.push(entry);
                    m.notice.update();
                    m.reports.checkDrawn();
                }
            });
        }
        return tier.loading;
    };

    /* The tier for the map's zoom. */
    CorridorLayer.prototype.tierFor = function () {
        var zoom = this.m.map.getZoom();
        var chosen = this.tiers[0];
        this.tiers.forEach(function (tier) {
            if (zoom >= tier.minZoom) {
                chosen = tier;
            }
        });
        return chosen;
    };

    CorridorLayer.prototype.wanted = function () {
        return this.m.state !== null && this.m.state.layers.indexOf(this.spec.id) >= 0;
    };

    /* Bring a loaded tier in line with the state, then make it the one on the map. */
    CorridorLayer.prototype.show = function (tier) {
        var entry = this;
        var m = this.m;
        if (!entry.wanted() || entry.tierFor() !== tier) {
            return;
        }
        tier.items.forEach(function (item) {
            var as = yearly(m, item.properties);
            var shown = as[1] !== "hidden" && m.state.statuses.indexOf(as[0] || item.properties.status) >= 0 &&
                corridor.inCountries(m.state.countries, item.properties.countries);
            var selected = item.properties.id === m.state.selected;
            var year = lookOf(m, item.properties);
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
                item.layer.setStyle(entry.styleOf(item.properties, selected));
                nameShape(m, item);
            }
        });
        if (entry.active && entry.active !== tier) {
            m.map.removeLayer(entry.active.group);
        }
        entry.active = tier;
        if (!m.map.hasLayer(tier.group)) {
            tier.group.addTo(m.map);
        }
        m.reports.checkDrawn();
    };

    /* Take the layer off the map: it is switched off. */
    CorridorLayer.prototype.hide = function () {
        if (this.active) {
            this.m.map.removeLayer(this.active.group);
            this.active = null;
        }
    };

    corridor.CorridorLayer = CorridorLayer;
}(window.corridor = window.corridor || {}));
