/* Fetch a published JSON file once per browser, not once per page.
 *
 * Every published file's name carries a hash of its content, so a file never
 * changes under its name. Streamlit serves them without a freshness lifetime,
 * so the browser's HTTP cache would fetch them again on every visit; the
 * Cache Storage API keeps them instead.
 *
 * Opening the Cache Storage costs a first visit about a tenth of a second, so
 * a file goes there only when the browser is known to hold it: a list in
 * localStorage names the files stored. Any other file comes straight from
 * the network, and is stored once the page is idle. Where either store is
 * missing (a page served over plain http from another host, or storage
 * switched off) the files are simply fetched. */
/* exported corridorConfigs, corridorWrites, corridorFetchJson, corridorForgetOthers, corridorPrefetch */
var CORRIDOR_CACHE = "corridor-files-v1";
var CORRIDOR_STORED = "corridor-files-v1-stored";
/* The maps' configs, by id; the published bundle adds its own. */
var corridorConfigs = {};
/* One fetch per file and page, shared by the prefetch and the map. */
var corridorFetches = {};
/* Copies waiting to be stored, and the files known to be stored. */
var corridorWrites = 0;
var corridorStored = corridorReadStored();

function corridorReadStored() {
    try {
        var stored = JSON.parse(window.localStorage.getItem(CORRIDOR_STORED) || "{}");
        return stored && typeof stored === "object" ? stored : {};
    } catch {
        return {};
    }
}

function corridorWriteStored() {
    try {
        window.localStorage.setItem(CORRIDOR_STORED, JSON.stringify(corridorStored));
    } catch {
        /* Without localStorage every visit fetches again: slower, never wrong. */
    }
}

function corridorOpenCache() {
    if (!window.caches) {
        return Promise.resolve(null);
    }
    return window.caches.open(CORRIDOR_CACHE).catch(function () { return null; });
}

function corridorFetchJson(url) {
    var absolute = new URL(url, document.baseURI).href;
    if (!corridorFetches[absolute]) {
        corridorFetches[absolute] = corridorFetchOnce(url, absolute);
        /* A failed fetch may be tried again later. */
        corridorFetches[absolute].catch(function () { delete corridorFetches[absolute]; });
    }
    return corridorFetches[absolute];
}

function corridorFetchOnce(url, absolute) {
    if (!corridorStored[absolute]) {
        return corridorNetwork(url, absolute);
    }
    return corridorOpenCache().then(function (cache) {
        return cache ? cache.match(absolute) : null;
    }).then(function (hit) {
        return hit ? hit.json() : corridorNetwork(url, absolute);
    });
}

/* A file from the app; one that fails to come (or comes cut short) is asked
 * for once more, past the browser's cache, before the map names it. */
function corridorNetwork(url, absolute) {
    return corridorDownload(url, absolute, "default").catch(function (error) {
        console.warn("could not load " + url + ", trying once more", error);
        return corridorDownload(url, absolute, "reload");
    });
}

function corridorDownload(url, absolute, cacheMode) {
    return fetch(absolute, {cache: cacheMode}).then(function (response) {
        if (!response.ok) {
            throw new Error(url + ": " + response.status + " " + response.statusText);
        }
        var copy = response.clone();
        return response.json().then(function (data) {
            corridorStoreLater(absolute, copy);
            return data;
        });
    });
}

/* Run work that can wait once the page has nothing more urgent to do. */
function corridorWhenIdle(work) {
    if (window.requestIdleCallback) {
        window.requestIdleCallback(work, {timeout: 3000});
    } else {
        setTimeout(work, 500);
    }
}

/* Store a copy once the page is idle. */
function corridorStoreLater(absolute, copy) {
    corridorWrites += 1;
    corridorWhenIdle(function () {
        corridorOpenCache().then(function (cache) {
            return cache ? cache.put(absolute, copy).then(function () {
                corridorStored[absolute] = true;
                corridorWriteStored();
            }) : null;
        }).catch(function () {}).finally(function () { corridorWrites -= 1; });
    });
}

/* Drop cached files that the current config no longer names, once the page
 * is idle: opening the Cache Storage must not delay a first visit. */
function corridorForgetOthers(urls) {
    var keep = {};
    urls.forEach(function (url) { keep[new URL(url, document.baseURI).href] = true; });
    corridorWhenIdle(function () {
        Object.keys(corridorStored).forEach(function (url) {
            if (!keep[url]) {
                delete corridorStored[url];
            }
        });
        corridorWriteStored();
        corridorOpenCache().then(function (cache) {
            if (!cache) {
                return;
            }
            cache.keys().then(function (requests) {
                requests.forEach(function (request) {
                    if (!keep[request.url]) {
                        cache.delete(request);
                    }
                });
            });
        });
    });
}

/* Start fetching what the opening view draws: the coarse borders and each
 * layer's first tier. Runs when the bundle loads, before Leaflet has. */
function corridorPrefetch(configId) {
    var config = corridorConfigs[configId];
    var urls = [config.basemap.borders];
    config.layers.forEach(function (spec) { urls.push(spec.tiers[0].url); });
    urls.forEach(function (url) { corridorFetchJson(url).catch(function () {}); });
}
