"""The map's legend and its filters: a switch for each layer, status and country, and a row for each kind.

Built from the registry, the styles and the catalogues of words only: no data string reaches it.
"""

from __future__ import annotations

from collections.abc import Iterable

from corridor import i18n, lens, styles
from corridor import layers as registry
from corridor.contract import COUNTRIES, STATUSES
from corridor.i18n import country_name, layer_title
from corridor.layers import Layer


def _line_sample(colour: str | None, dash: str | None) -> str:
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="{colour or "currentColor"}"'
        f' stroke-width="3" stroke-linecap="round"{dash_attr}/></svg>'
    )


def _dot_sample(colour: str | None, shape: str | None) -> str:
    """A point's sample: its colour and its shape (circle or diamond), as the map draws it."""
    mark = '<path d="M14 0.5L19.5 6L14 11.5L8.5 6z"' if shape == "diamond" else '<circle cx="14" cy="6" r="5"'
    return f'<svg width="28" height="12" aria-hidden="true">{mark} fill="{colour or "currentColor"}" stroke="#fff" stroke-width="1.5"/></svg>'


def _switch(kind: str, value: str, sample: str, title: str, available: bool = True) -> str:
    """One switch in the legend (``kind`` "layer", "status" or "country"): a checkbox the map's code wires up."""
    state = "checked" if available else "disabled"
    return (
        f'<label class="corridor-switch"><input type="checkbox" data-{kind}="{value}" {state}>'
        f"{sample}<span>{title}</span></label>"
    )


def _countries(language: str) -> str:
    """The country filter: a box that opens on a checkbox per country, by name, none ticked (every country).

    Its summary names the countries chosen (legend.js keeps it up to date).
    """
    words = i18n.words(language).legend
    names = sorted(COUNTRIES, key=lambda code: country_name(code, language))
    boxes = "".join(
        f'<label class="corridor-switch"><input type="checkbox" data-country="{code}"><span>{country_name(code, language)}</span></label>'
        for code in names
    )
    return (
        f'<details class="corridor-countries"><summary>{words["countries"]}: '
        f'<span data-countries-chosen data-all="{words["all_countries"]}">{words["all_countries"]}</span></summary>'
        f'<fieldset><legend class="corridor-hidden">{words["countries"]}</legend>{boxes}</fieldset></details>'
    )


def _lens(language: str) -> str:
    """The lens's switch, and its scale, shown by the map's code only while the lens is on (legend.js).

    The year is filled in by the map's code, into each ``data-lens-year``.
    """
    words = i18n.words(language).legend
    year = "<span data-lens-year></span>"
    bins = "".join(
        f'<div class="corridor-kind">{_line_sample(colour, None)}{label}</div>'
        for colour, label in zip(lens.COLOURS, lens.bin_labels(language), strict=True)
    )
    hollow = (
        f'<svg width="28" height="12" aria-hidden="true"><circle cx="14" cy="6" r="4.5" fill="none"'
        f' stroke="{lens.NO_DATA_COLOUR}" stroke-width="1.5" stroke-dasharray="2 2"/></svg>'
    )
    faint = _line_sample("currentColor", None).replace("<line ", '<line stroke-opacity="0.2" ')
    return (
        _switch("lens", lens.UTILISATION, "", words["lens"])
        + f'<div class="corridor-lens" data-row="lens" hidden><div class="corridor-lens-title">{words["lens_scale"].format(year=year)}</div>{bins}'
        f'<div class="corridor-kind" data-lens-no-data>{_line_sample(lens.NO_DATA_COLOUR, lens.NO_DATA_DASH)}{hollow}'
        f"<span>{words['lens_no_data'].format(year=year)}</span></div>"
        f'<div class="corridor-kind">{faint}<span>{words["lens_faint"]}</span></div></div>'
    )


def _kind_sample(layer: Layer, kind: str) -> str:
    """A kind's sample in the legend, drawn as the map draws it."""
    look = styles.kind_look(layer, kind)
    if layer.geometry == "point":
        return _dot_sample(look.colour, look.shape)
    return _line_sample(look.colour, None)


def legend_html(language: str, empty: Iterable[str] = ()) -> str:
    """The legend's HTML, built from the layer registry and constants only (no data strings).

    The legend is also where layers are switched on and off: each corridor
    layer has a checkbox, disabled for a layer with no features (``empty``).
    A line layer's switch shows its colour; the kinds its entry names in
    ``legend`` follow it, each drawn as the map draws it. Then a switch for
    each status, with its dashes, the lens with its scale, and the country filter.
    """
    words = i18n.words(language).legend
    empty = set(empty)
    rows = [f"<b>{words['layers']}</b>"]
    for layer in reversed(registry.CORRIDOR_LAYERS):
        sample = _line_sample(layer.look.colour, None) if layer.geometry == "line" else ""
        rows.append(_switch("layer", layer.id, sample, layer_title(layer, language), layer.id not in empty))
        for kind, key in layer.legend:
            rows.append(f'<div class="corridor-kind">{_kind_sample(layer, kind)}{words[key]}</div>')
    rows.append(f"<b>{words['status']}</b>")
    for status in STATUSES:
        sample = _line_sample("currentColor", styles.DASH[status])
        rows.append(_switch("status", status, sample, i18n.STATUS_LABELS[language][status]))
    rows.append(_lens(language))
    rows.append(_countries(language))
    faded = _line_sample("currentColor", None).replace("<line ", '<line stroke-opacity="0.3" ')
    # Shown by the map's code only while the year fades a feature, or a route is drawn (legend.js).
    rows.append(f'<div data-row="faded" hidden>{faded}{words["faded"]}</div>')
    route = _line_sample(str(styles.ROUTE_STYLE["color"]), None).replace(
        'stroke-width="3"', 'stroke-width="8"'
    )
    rows.append(f'<div data-row="route" hidden>{route}{words["route"]}</div>')
    return f"<details open><summary>{words['legend']}</summary>{''.join(rows)}</details>"
