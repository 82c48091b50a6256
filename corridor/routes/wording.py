"""The route in words: its table, its changes and the reason for no route, in a language."""

from __future__ import annotations

import unicodedata

from corridor.i18n import STATUS_LABELS, country_name, format_number, in_language, plural, words
from corridor.routes.network import Network
from corridor.routes.search import NoRoute, Route
from corridor.spelling import PLAIN_LETTERS, fold
from corridor.timeline import AsOf

# A sea leg has no gauge.
NO_GAUGE = "–"


def _km(value: float, language: str) -> str:
    return format_number(round(value), language)


def place_name(network: Network, place_id: str, language: str) -> str:
    place = network.places.get(place_id)
    return place.name(language) if place else place_id


def place_label(network: Network, place_id: str, language: str) -> str:
    """A place as the route's lists show it, to be found by typing: its name, kind and country.

    Then the other spellings a reader may type: its names in the other languages and, for a name
    in Latin letters with marks, the name without them (Constanta for Constanța).
    """
    place = network.places[place_id]
    name = place.name(language)
    kind = words(language)["route_station"] if place.kind == "station" else words(language).kinds[place.kind]
    countries = ", ".join(country_name(code, language) for code in network.place_countries(place_id))
    label = f"{name} · {kind}, {countries}" if countries else f"{name} · {kind}"
    # A name two languages share (one falling back to the other's) is given once.
    others: list[str] = []
    for _, text in place.names:
        if fold(text) not in {fold(said) for said in (name, *others)}:
            others.append(text)
    others += [plain for text in (name, *others) if (plain := _unmarked(text)) != text and plain.isascii()]
    return " · ".join((label, *others))


def _unmarked(text: str) -> str:
    """The text without its letters' marks, as :func:`~corridor.spelling.fold` drops them, keeping case and signs."""
    decomposed = unicodedata.normalize("NFKD", text.translate(PLAIN_LETTERS))
    return unicodedata.normalize(
        "NFC", "".join(char for char in decomposed if not unicodedata.combining(char))
    )


def status_words(state: AsOf, year: int, language: str) -> str:
    """A leg's status in the year, marked ⚠ when it is not operating or not known."""
    say = words(language)
    status = STATUS_LABELS[language].get(state.status or "", "")
    if state.basis == "undated":
        return say["route_unknown"].format(status=status, year=year)
    return status if state.status == "operating" else f"⚠ {status}"


def leg_rows(route: Route, network: Network, year: int, language: str) -> list[dict[str, str]]:
    """One row per leg, with the table's column names in the language."""
    say = words(language)
    return [
        {
            say["route_leg"]: leg.name(language),
            say["route_mode"]: say[f"mode_{leg.mode}"],
            say[
                "route_stretch"
            ]: f"{place_name(network, leg.start, language)} → {place_name(network, leg.end, language)}",
            say["route_km"]: _km(leg.km, language),
            say["route_countries"]: ", ".join(country_name(c, language) for c in leg.countries),
            say["route_gauge"]: f"{format_number(leg.gauge, language)} {say['mm']}"
            if leg.gauge
            else NO_GAUGE,
            say["route_status"].format(year=year): status_words(leg.as_of, year, language),
        }
        for leg in route.legs
    ]


def change_lines(route: Route, network: Network, language: str) -> list[str]:
    """Where the mode or the gauge changes, and where the route crosses a border, in order."""
    say = words(language)
    lines = []
    for change in route.changes:
        place = place_name(network, change.place, language)
        if change.kind == "mode":
            text = say["change_mode"].format(
                place=place, before=say[f"mode_{change.before}"], after=say[f"mode_{change.after}"]
            )
        elif change.kind == "gauge":
            text = say["change_gauge"].format(
                place=place,
                before=format_number(int(change.before), language),
                after=format_number(int(change.after), language),
            )
        else:
            key = "change_border_sea" if change.by_sea else "change_border"
            text = say[key].format(
                place=place,
                before=country_name(change.before, language),
                after=country_name(change.after, language),
            )
        lines.append(text)
    return lines


def warning_lines(route: Route, network: Network, year: int, language: str) -> list[str]:
    """What the route relies on: its legs not operating in the year, and the missing links it goes round."""
    lines = []
    if route.planned:
        lines.append(plural(language, "route_not_operating", len(route.planned), year=year))
    for link in route.round_missing:
        a, b = (place_name(network, end, language) for end in link.ends)
        lines.append(words(language)["route_missing_link"].format(a=a, b=b, note=link.note(language)))
    return lines


def title_text(route: Route, network: Network, language: str) -> str:
    return words(language)["route_title"].format(
        origin=place_name(network, route.origin, language),
        destination=place_name(network, route.destination, language),
        km=_km(route.total_km, language),
    )


def total_text(route: Route, language: str) -> str:
    return plural(
        language,
        "route_total",
        len(route.legs),
        km=_km(route.total_km, language),
        legs_km=_km(route.legs_km, language),
    )


def _feature_name(network: Network, feature: str, language: str) -> str:
    if feature in network.names:
        return in_language(dict(network.names[feature]), language)
    return place_name(network, feature, language)


def _blocked_words(state: AsOf | None, language: str) -> str:
    """Why the year rules a link or a port out, in words."""
    say = words(language)
    if state is None or state.basis == "not begun":
        return say["as_of_not_begun"]
    if state.basis == "not open":
        return say["as_of_not_open"]
    status = STATUS_LABELS[language].get(state.status or "", "")
    return say["route_no_date"].format(status=status) if state.basis == "undated" else status


def no_route_text(found: NoRoute, network: Network, year: int, language: str) -> str:
    """Why there is no route, plainly: the gap in the network, or the links the year rules out."""
    say = words(language)
    origin = place_name(network, found.origin, language)
    destination = place_name(network, found.destination, language)
    if found.gap is not None:
        a, b, km = found.gap
        return say["route_none_gap"].format(
            origin=origin,
            destination=destination,
            a=place_name(network, a, language),
            b=place_name(network, b, language),
            km=_km(km, language),
        )
    if found.blocked:
        links = "; ".join(
            f"{_feature_name(network, feature, language)} ({_blocked_words(state, language)})"
            for feature, state in found.blocked
        )
        return say["route_none_blocked"].format(year=year, links=links)
    return say["route_none"].format(origin=origin, destination=destination)
