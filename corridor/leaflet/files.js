/* Fetch a published JSON file once per browser, not once per page.
 *
 * Every published file's name carries a hash of its content, so a file never
 * changes under its name. Streamlit serves them without a freshness lifetime,
 * so the browser's HTTP cache would fetch them again on every visit; the
 * Cache Storage API keeps them instead. Where it is missing (a page served
 * over plain http from another host) the files are simply fetched. */
var CORRIDOR_CACHE = "corridor-files-v1";
/* The maps' configs, by id; the published bundle adds its own. */
var corridorConfigs = {};
/* One fetch per file and page, shared by the prefetch and the map. */
var corridorFetches = {};

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
    function network(cache) {
        return fetch(absolute).then(function (response) {
            if (!response.ok) {
                throw new Error(url + ": " + response.status + " " + response.statusText);
            }
            if (cache) {
                cache.put(absolute, response.clone()).catch(function () {});
            }
            return response.json();
        });
    }
    return corridorOpenCache().then(function (cache) {
        if (!cache) {
            return network(null);
        }
        return cache.match(absolute).then(function (hit) {
            return hit ? hit.json() : network(cache);
        });
    });
}

/* Drop cached files that the current config no longer names. */
function corridorForgetOthers(urls) {
    var keep = {};
    urls.forEach(function (url) { keep[new URL(url, document.baseURI).href] = true; });
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
}

/* Start fetching what the opening view draws: the coarse borders and each
 * layer's first tier. Runs when the bundle loads, before Leaflet has. */
function corridorPrefetch(configId) {
    var config = corridorConfigs[configId];
    var urls = [config.basemap.borders];
    config.layers.forEach(function (spec) { urls.push(spec.tiers[0].url); });
    urls.forEach(function (url) { corridorFetchJson(url).catch(function () {}); });
}
