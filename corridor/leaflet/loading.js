/* The files the map's frame loads by tag, tried twice before the map gives up.
 *
 * streamlit-folium adds the frame's scripts one after another (this bundle
 * first, then Leaflet), then the stylesheets (Leaflet's and the map's). A
 * script that fails to load stops it for good: no map, no message, and the
 * app waits for a "ready" that never comes. From the moment the bundle runs,
 * a script or stylesheet that fails is tried once more, with a query no cache
 * has seen; a retried script that loads hands its load on to the tag that
 * failed, so streamlit-folium goes on as if nothing had happened. A retry that
 * fails too is named on the map, in the page's language; a script's failure is
 * also reported to the app, which then draws the rest of the page at once.
 *
 * The bundle's own failure cannot be caught here (nothing of the map's code
 * runs before it): the app draws the rest of the page after a bounded wait
 * and says that the map did not report. */
/* exported corridorWatchLoads, corridorShowLoadFailures */
var CORRIDOR_RETRY_PARAM = "corridor-retry";
/* What each file has come to: "retrying", or "failed". */
var corridorLoads = {};
/* The files that failed twice, in order: {name, script}. */
var corridorLoadFailures = [];
var corridorLoadConfig = null;
var corridorLoadBox = null;
var corridorLoadLanguage = null;

/* Watch the frame's scripts and stylesheets; called once, as the bundle loads. */
function corridorWatchLoads(config) {
    corridorLoadConfig = config;
    if (corridorLoadConfig.watching) {
        return;
    }
    corridorLoadConfig.watching = true;
    /* A failed load's error does not bubble: it is heard on its way down, before its own tag. */
    window.addEventListener("error", corridorLoadError, true);
}

function corridorLoadError(event) {
    var tag = event.target;
    var script = tag instanceof HTMLScriptElement;
    var sheet = tag instanceof HTMLLinkElement && tag.rel === "stylesheet";
    var address = script ? tag.src : sheet ? tag.href : "";
    if (!address) {
        return;
    }
    var url = new URL(address, document.baseURI);
    url.searchParams.delete(CORRIDOR_RETRY_PARAM);
    var key = url.href;
    /* streamlit-folium's own handler would give up on the map: the retry decides. */
    event.stopImmediatePropagation();
    if (tag.hasAttribute("data-corridor-retry")) {
        corridorLoadFailed(key, script);
    } else if (!corridorLoads[key]) {
        corridorLoads[key] = "retrying";
        corridorRetryLoad(tag, url, script);
    }
}

function corridorRetryLoad(tag, url, script) {
    url.searchParams.set(CORRIDOR_RETRY_PARAM, String(Date.now()));
    var again = document.createElement(script ? "script" : "link");
    again.setAttribute("data-corridor-retry", "");
    if (script) {
        again.async = false;
        again.onload = function () {
            /* Whoever waits for the tag that failed hears it load. */
            tag.dispatchEvent(new Event("load"));
        };
        again.src = url.href;
    } else {
        again.rel = "stylesheet";
        again.href = url.href;
    }
    (tag.parentNode || document.head).appendChild(again);
}

function corridorLoadFailed(key, script) {
    if (corridorLoads[key] === "failed") {
        return;
    }
    corridorLoads[key] = "failed";
    var name = decodeURIComponent(key.split("?")[0].split("/").pop());
    corridorLoadFailures.push({name: name, script: script});
    console.error("the map could not load " + key + ", tried twice");
    corridorShowLoadFailures(null);
    if (script) {
        /* The map cannot be drawn: the app need not wait for it. */
        window.parent.postMessage({
            isStreamlitMessage: true,
            type: "streamlit:setComponentValue",
            dataType: "json",
            value: {event: "failed", id: Date.now() + "-failed", feature_id: null, failed: name}
        }, "*");
    }
}

/* The page's language: the map's state once it has one, else the address's
 * (the app writes it there), else the browser's, as the app would choose. */
function corridorPageLanguage() {
    var words = corridorLoadConfig.words;
    var wanted = [];
    try {
        wanted.push(new URLSearchParams(window.parent.location.search).get("lang"));
    } catch {
        /* A page on another origin: the browser's language decides. */
    }
    wanted.push((navigator.language || "").split("-")[0].toLowerCase());
    for (var i = 0; i < wanted.length; i += 1) {
        if (wanted[i] && words[wanted[i]]) {
            return wanted[i];
        }
    }
    return corridorLoadConfig.defaultLanguage;
}

/* Name the files that failed twice, over the map, as text; again in the
 * state's language once the map has one. Styled here, for the stylesheets
 * may be what failed. */
function corridorShowLoadFailures(language) {
    if (language) {
        corridorLoadLanguage = language;
    }
    if (!corridorLoadFailures.length || !document.body) {
        return;
    }
    var words = corridorLoadConfig.words[corridorLoadLanguage || corridorPageLanguage()];
    if (!corridorLoadBox) {
        corridorLoadBox = document.createElement("div");
        corridorLoadBox.className = "corridor-load-failed";
        corridorLoadBox.setAttribute("role", "alert");
        var style = corridorLoadBox.style;
        style.position = "fixed";
        style.top = "10px";
        /* Clear of the zoom buttons, where Leaflet drew them. */
        style.left = window.L ? "56px" : "10px";
        style.right = "10px";
        style.maxWidth = "36em";
        style.zIndex = "10000";
        style.padding = "10px 14px";
        style.borderLeft = "4px solid #b3261e";
        style.borderRadius = "4px";
        style.background = "#ffffff";
        style.color = "#202124";
        style.boxShadow = "0 1px 4px rgba(0, 0, 0, 0.35)";
        style.font = "15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
        style.overflowWrap = "anywhere";
        document.body.appendChild(corridorLoadBox);
    }
    corridorLoadBox.textContent = corridorLoadFailures.map(function (failure) {
        return (failure.script ? words.noCode : words.noStyle).replace("{file}", failure.name);
    }).join(" ");
}
