/* "Copy link to this view", a Leaflet control: the page's address, which
 * always holds the view (the app writes the state, this map the pans), to the
 * clipboard. It lives on the map, so the app's runs spend nothing on it. */
(function (corridor) {
    /* A chain of two links, drawn here: no emoji font is needed. A constant, never data.
     * Closing tags are written "\u003c/": the bundle never holds the two
     * characters that would end an inline script element. */
    var LINK_ICON = '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">' +
        '<g fill="none" stroke="#202124" stroke-width="2.2" transform="rotate(-45 12 12)">' +
        '<rect x="2" y="8.5" width="11" height="7" rx="3.5"/><rect x="11" y="8.5" width="11" height="7" rx="3.5"/>' +
        '\u003c/g>\u003c/svg>';
    corridor.linkButton = corridor.lazyControl({
        options: {position: "topleft"},

        initialize: function (m) {
            this._m = m;
            this._button = null;
            this._status = null;
        },

        onAdd: function () {
            var control = this;
            var box = L.DomUtil.create("div", "leaflet-bar corridor-link");
            var button = L.DomUtil.create("a", "", box);
            this._button = button;
            button.href = "#";
            button.setAttribute("role", "button");
            button.innerHTML = LINK_ICON;
            this._status = L.DomUtil.create("span", "corridor-link-status", box);
            this._status.setAttribute("role", "status");
            this.setWords();
            L.DomEvent.on(button, "click", function (event) {
                L.DomEvent.preventDefault(event);
                control.copy();
            });
            L.DomEvent.disableClickPropagation(box);
            return box;
        },

        /* The button's name in the state's language. */
        setWords: function () {
            if (this._button) {
                this._button.title = this._m.words().copyLink;
                this._button.setAttribute("aria-label", this._m.words().copyLink);
            }
        },

        copy: function () {
            var m = this._m;
            var status = this._status;
            var address;
            try {
                address = window.parent.location.href;
            } catch {
                address = window.location.href;
            }
            var done = function (text) {
                status.textContent = text;
                clearTimeout(status.timer);
                status.timer = setTimeout(function () { status.textContent = ""; }, 4000);
            };
            if (!navigator.clipboard) {
                done(m.words().linkNotCopied + " " + address);
                return;
            }
            navigator.clipboard.writeText(address).then(
                function () { done(m.words().linkCopied); },
                function () { done(m.words().linkNotCopied + " " + address); }
            );
        }
    });
}(window.corridor = window.corridor || {}));
