"""The view in the page's address: read a link's parameters, and write the state back.

A link holds ``lang`` (the language), ``layers`` and ``status`` (the visible
layer ids and the statuses shown, comma-separated), ``countries`` (the ISO
codes of the countries the map is limited to, comma-separated; every country
when left out), ``select`` (the selected
feature's id), ``view`` (``lat,lon,zoom``, once the map has been moved),
``year`` (the year the map shows, when not the latest with data), ``route``
(``<from id>..<to id>``, the route explorer's ends), ``route_links``
(``operating`` when the route may use operating links only) and ``lens``
(``utilisation`` when the map colours links and nodes by their utilisation).
These names are public: readers share and bookmark them.

:func:`parse` never fails. A value it does not know is left out, and named in
a :class:`Notice` the page shows; the rest of the link still applies.
:func:`encode` writes the state in a fixed order, so that the same state
always gives the same address.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace

from corridor.layout import MAX_ZOOM, MIN_ZOOM

# The parameters in the one order both writers keep: the app (:func:`encode`) and the map's
# own writes of its view (``corridor/leaflet/view.js``), so the same state is the same address.
PARAMETERS = (
    "lang",
    "layers",
    "status",
    "countries",
    "select",
    "view",
    "year",
    "route",
    "route_links",
    "lens",
)
ROUTE_SEPARATOR = ".."
OPERATING_ONLY = "operating"
SEPARATOR = ","
# Four decimals of a degree are about ten metres: finer than any view needs.
VIEW_DECIMALS = 4
ZOOM_DECIMALS = 2


@dataclass(frozen=True)
class View:
    """A map view a link names: its centre and zoom."""

    lat: float
    lon: float
    zoom: float

    def text(self) -> str:
        return SEPARATOR.join(
            _number(value, decimals)
            for value, decimals in (
                (self.lat, VIEW_DECIMALS),
                (self.lon, VIEW_DECIMALS),
                (self.zoom, ZOOM_DECIMALS),
            )
        )


# A notice quotes at most this much of a parameter or a value, then an ellipsis:
# a link may carry a value of any length.
NOTICE_CHARACTERS = 60
# The longest year a link may give: more digits than Python turns into an int would raise.
YEAR_DIGITS = 4


def _cut(text: str) -> str:
    return text if len(text) <= NOTICE_CHARACTERS else text[:NOTICE_CHARACTERS] + "…"


@dataclass(frozen=True)
class Notice:
    """A part of a link that was left out: the parameter, and the value as given (cut short when long)."""

    parameter: str
    value: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "parameter", _cut(self.parameter))
        object.__setattr__(self, "value", _cut(self.value))


@dataclass(frozen=True)
class LinkState:
    """What a link asks for; None where the link says nothing, or nothing usable."""

    lang: str | None = None
    layers: tuple[str, ...] | None = None
    statuses: tuple[str, ...] | None = None
    select: str | None = None
    view: View | None = None
    year: int | None = None
    route: tuple[str, str] | None = None
    operating_only: bool | None = None
    countries: tuple[str, ...] | None = None
    lens: str | None = None


def _number(value: float, decimals: int) -> str:
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def parse_view(text: str) -> View | None:
    """``lat,lon,zoom`` as a :class:`View`, or None when it is not one."""
    parts = text.split(SEPARATOR)
    if len(parts) != 3:
        return None
    try:
        lat, lon, zoom = (float(part) for part in parts)
    except ValueError:
        return None
    if not all(math.isfinite(value) for value in (lat, lon, zoom)):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and MIN_ZOOM <= zoom <= MAX_ZOOM):
        return None
    return View(lat, lon, zoom)


def _ids(
    text: str,
    known: Collection[str],
    parameter: str,
    notices: list[Notice],
    normal: Callable[[str], str] = str,
) -> tuple[str, ...] | None:
    """The known ids in a comma-separated list, each as ``normal`` writes it, in the order of ``known``.

    An empty list means none; a list whose every id is unknown says nothing.
    A notice quotes an unknown id as the link gives it.
    """
    given = [part.strip() for part in text.split(SEPARATOR) if part.strip()]
    notices.extend(Notice(parameter, part) for part in given if normal(part) not in known)
    wanted = {normal(part) for part in given}
    if given and not wanted & set(known):
        return None
    return tuple(item for item in known if item in wanted)


def parse(
    params: Mapping[str, str],
    *,
    languages: Collection[str],
    layers: Collection[str],
    statuses: Collection[str],
    features: Collection[str],
    years: tuple[int, int] | None = None,
    places: Collection[str] = (),
    countries: Collection[str] = (),
    lenses: Collection[str] = (),
) -> tuple[LinkState, list[Notice]]:
    """Read a link's parameters against what the app knows; never raises."""
    notices: list[Notice] = []
    found = LinkState()
    for name, value in params.items():
        if name not in PARAMETERS:
            notices.append(Notice(name, value))
    lang = params.get("lang")
    if lang is not None:
        if lang.strip().lower() in languages:
            found = replace(found, lang=lang.strip().lower())
        else:
            notices.append(Notice("lang", lang))
    if "layers" in params:
        found = replace(found, layers=_ids(params["layers"], layers, "layers", notices))
    if "status" in params:
        found = replace(found, statuses=_ids(params["status"], statuses, "status", notices))
    if "countries" in params:
        # Codes are written in capitals; a link typed by hand may not be.
        found = replace(
            found, countries=_ids(params["countries"], countries, "countries", notices, str.upper)
        )
    select = params.get("select")
    if select:
        if select in features:
            found = replace(found, select=select)
        else:
            notices.append(Notice("select", select))
    if params.get("view"):
        view = parse_view(params["view"])
        if view is None:
            notices.append(Notice("view", params["view"]))
        found = replace(found, view=view)
    if params.get("year"):
        year = params["year"].strip()
        # Only ASCII digits: "²".isdigit() is true, but int("²") raises.
        digits = year.isascii() and year.isdigit() and len(year) <= YEAR_DIGITS
        if years is not None and digits and years[0] <= int(year) <= years[1]:
            found = replace(found, year=int(year))
        else:
            notices.append(Notice("year", params["year"]))
    if params.get("route"):
        ends = params["route"].split(ROUTE_SEPARATOR)
        if len(ends) == 2 and ends[0] != ends[1] and all(end in places for end in ends):
            found = replace(found, route=(ends[0], ends[1]))
        else:
            notices.append(Notice("route", params["route"]))
    if "route_links" in params:
        if params["route_links"] == OPERATING_ONLY:
            found = replace(found, operating_only=True)
        else:
            notices.append(Notice("route_links", params["route_links"]))
    if "lens" in params:
        if params["lens"].strip().lower() in lenses:
            found = replace(found, lens=params["lens"].strip().lower())
        else:
            notices.append(Notice("lens", params["lens"]))
    return found, notices


def encode(
    *,
    lang: str,
    layers: Collection[str],
    statuses: Collection[str],
    select: str | None,
    view: View | None,
    year: int | None = None,
    route: tuple[str, str] | None = None,
    operating_only: bool = False,
    countries: Collection[str] = (),
    lens: str | None = None,
) -> dict[str, str]:
    """The parameters for a state, in the order of :data:`PARAMETERS`; the optional ones only when set.

    ``countries`` is empty for every country, ``year`` None for the default year, and
    ``route_links`` is written only with a route; ``lens`` None for none.
    """
    params = {
        "lang": lang,
        "layers": SEPARATOR.join(layers),
        "status": SEPARATOR.join(statuses),
    }
    if countries:
        params["countries"] = SEPARATOR.join(countries)
    if select:
        params["select"] = select
    if view is not None:
        params["view"] = view.text()
    if year is not None:
        params["year"] = str(year)
    if route is not None:
        params["route"] = ROUTE_SEPARATOR.join(route)
        if operating_only:
            params["route_links"] = OPERATING_ONLY
    if lens is not None:
        params["lens"] = lens
    return params
