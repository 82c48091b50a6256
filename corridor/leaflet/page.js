/* The map's frame and the app's page around it.
 *
 * The frame is served by the app itself (same origin), so the map can read
 * the page: its theme, where the phone's panel sheet covers the map, and
 * the panel to bring into view when a feature opens. Every access is
 * guarded: a page on another origin leaves the map working on its own. */
/* exported corridorStylePage, corridorFrameManners, corridorTakePageColours, corridorCovered, corridorLiftControls,
   corridorSidebarOver, corridorBringMapIntoView, corridorShowPanel */

function corridorParent() {
    try {
        return window.parent !== window && window.parent.document ? window.parent : null;
    } catch {
        return null;
    }
}

/* The page's stylesheet (the map-first layout, the phone's sheet, print),
 * put into the app's page once, when the map's code first runs: before the
 * map starts, so the map's frame already has its full size. */
function corridorStylePage(css) {
    var page = corridorParent();
    if (!page) {
        return;
    }
    var style = page.document.getElementById("corridor-page-style");
    if (!style) {
        style = page.document.createElement("style");
        style.id = "corridor-page-style";
        page.document.head.appendChild(style);
    }
    /* A map from a newer version of the app brings its own. */
    if (style.textContent !== css) {
        style.textContent = css;
    }
    corridorOpenForPrint(page);
}

/* A printout holds what the page folds away: each closed box of the page
 * (the panel's context, its stations) opens while the page prints, and closes
 * again after. The page's stylesheet cannot open a <details>, so the map's code
 * does, once per page, on the browser's print events and on print media. */
function corridorOpenForPrint(page) {
    if (page.corridorPrintWatched) {
        return;
    }
    page.corridorPrintWatched = true;
    var opened = [];
    function open() {
        page.document.querySelectorAll('[data-testid="stMainBlockContainer"] details:not([open])').forEach(function (box) {
            box.open = true;
            opened.push(box);
        });
    }
    function close() {
        opened.splice(0).forEach(function (box) { box.open = false; });
    }
    page.addEventListener("beforeprint", open);
    page.addEventListener("afterprint", close);
    page.matchMedia("print").addEventListener("change", function (event) {
        if (event.matches) {
            open();
        } else {
            close();
        }
    });
}

/* The frame is named for screen readers, and pinch zoom is allowed (folium's
 * page forbids it with maximum-scale=1). The map is a labelled region. */
function corridorFrameManners(map, title) {
    document.documentElement.lang = title.lang;
    document.title = title.text;
    if (window.frameElement) {
        window.frameElement.title = title.text;
    }
    document.querySelectorAll('meta[name="viewport"]').forEach(function (meta) {
        meta.setAttribute("content", "width=device-width, initial-scale=1");
    });
    var container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", title.text);
    container.setAttribute("aria-roledescription", title.role);
}

/* Hand the page's colours to the page's stylesheet, and tell whether the page
 * is dark: from the app's own background when it can be read (the reader may
 * pick a theme in the app's menu), else from the browser's preference. */
function corridorTakePageColours() {
    var page = corridorParent();
    var app = page && page.document.querySelector('[data-testid="stApp"]');
    if (app) {
        var look = page.getComputedStyle(app);
        var background = look.backgroundColor;
        /* The phone's panel sheet takes the page's own background, and captions
         * its text colour (set only when they change: a property on the page's
         * root restyles the whole page). */
        var root = page.document.documentElement.style;
        if (root.getPropertyValue("--corridor-page-bg") !== background) {
            root.setProperty("--corridor-page-bg", background);
        }
        if (root.getPropertyValue("--corridor-page-text") !== look.color) {
            root.setProperty("--corridor-page-text", look.color);
        }
        var rgb = background.match(/[\d.]+/g);
        if (rgb && rgb.length >= 3) {
            return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] < 128;
        }
    }
    return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/* How many pixels at the foot of the map the app's panel sheet covers (a
 * phone), from the sheet's own rule: fixed to the page's foot, sheet.share
 * of its height, on pages up to sheet.maxWidth wide. */
function corridorCovered(sheet) {
    var page = corridorParent();
    if (!page || !window.frameElement) {
        return window.innerWidth <= sheet.maxWidth ? Math.round(window.innerHeight * sheet.share) : 0;
    }
    if (page.innerWidth > sheet.maxWidth) {
        return 0;
    }
    var sheetTop = page.innerHeight * (1 - sheet.share);
    var frameBottom = window.frameElement.getBoundingClientRect().bottom;
    return Math.max(0, Math.round(frameBottom - sheetTop));
}

/* The controls at the map's foot sit above the phone's sheet (the page's
 * stylesheet reads --corridor-covered): set it from the sheet as it is now,
 * before anything measures the controls, and give the pixels covered. */
function corridorLiftControls(map, sheet) {
    var covered = corridorCovered(sheet);
    map.getContainer().style.setProperty("--corridor-covered", covered + "px");
    return covered;
}

/* How many pixels at the map's left an open sidebar covers (where the page
 * lays the sidebar over the map rather than beside it). */
function corridorSidebarOver() {
    var page = corridorParent();
    var bar = page && window.frameElement && page.document.querySelector('[data-testid="stSidebar"]');
    if (!bar || page.getComputedStyle(bar).visibility === "hidden") {
        return 0;
    }
    var side = bar.getBoundingClientRect();
    var frame = window.frameElement.getBoundingClientRect();
    if (side.width === 0 || side.left > frame.left) {
        return 0;
    }
    return Math.max(0, Math.round(Math.min(side.right, frame.right) - frame.left));
}

/* A feature picked below the map (in the table) opens in the map and the
 * panel at the page's top: the page scrolls back up to the map, which shows
 * whole, with the panel beside it (or its sheet over it). */
function corridorBringMapIntoView() {
    var page = corridorParent();
    if (!page || !window.frameElement) {
        return;
    }
    var frame = window.frameElement.getBoundingClientRect();
    if (frame.top >= 0 && frame.bottom <= page.innerHeight) {
        return;
    }
    for (var box = window.frameElement.parentElement; box; box = box.parentElement) {
        if (box.scrollTop > 0) {
            box.scrollTop = 0;
        }
    }
    if (page.document.scrollingElement) {
        page.document.scrollingElement.scrollTop = 0;
    }
}

/* Room kept above the way back, under the sheet's rounded top, in pixels. */
var SHEET_MARGIN = 16;

/* A feature has opened: show its panel from its top. The panel is always in
 * view (beside the map, or a sheet fixed over it on a phone). Beside the map
 * its scroll is reset in the next frame, so the page lays out once, with the
 * new panel. The phone's sheet is short: there the feature's top (the way
 * back, then its name) is brought to the sheet's top once it is drawn, below
 * the tools. */
function corridorShowPanel(panel) {
    var page = corridorParent();
    if (!page) {
        return;
    }
    var phone = page.innerWidth <= panel.sheet.maxWidth;
    var frames = 0;
    function reveal() {
        var box = page.document.querySelector("." + panel.panelClass);
        if (!box) {
            return;
        }
        if (!phone) {
            if (box.scrollTop !== 0) {
                box.scrollTop = 0;
            }
            return;
        }
        var back = box.querySelector("." + panel.backClass);
        if (back) {
            box.scrollTop += back.getBoundingClientRect().top - box.getBoundingClientRect().top - SHEET_MARGIN;
        } else if (frames < 120) {
            frames += 1;
            page.requestAnimationFrame(reveal);
        }
    }
    page.requestAnimationFrame(reveal);
}
