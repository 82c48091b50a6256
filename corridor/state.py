"""The view's state in one place: what the page shows, and every way it changes.

:class:`ViewState` is frozen. It is read from a link (:meth:`ViewState.from_link`),
changed by the map's reports (:meth:`ViewState.apply_report`) and by the page's
controls (the search, the table, the route explorer, the year and the language,
each through a method here), written back to the link
(:meth:`ViewState.to_link`) and sent to the map (:meth:`ViewState.to_map_state`).
Every change returns a new state; nothing here knows Streamlit
(``corridor/ui/session.py`` binds the state to the session and its widgets).

A new piece of state is a field here, read in :meth:`ViewState.from_link` and
written in :meth:`ViewState.to_link` (its parameter in ``corridor/urlstate.py``)
and, when the map needs it, in :meth:`ViewState.to_map_state`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

from corridor import mapdata, urlstate
from corridor.contract import COUNTRIES, STATUSES
from corridor.i18n import LANGUAGES
from corridor.layers import CORRIDOR_LAYERS
from corridor.lens import LENSES, Utilisation
from corridor.mapdata import StationMark
from corridor.selection import interpret_click, reported_filters, reported_view
from corridor.timeline import AsOf
from corridor.urlstate import Notice, View

ALL_LAYER_IDS = tuple(layer.id for layer in CORRIDOR_LAYERS)
# What the page's controls set directly, as :meth:`ViewState.with_controls` takes them.
CONTROLS = frozenset({"language", "route_open", "route_from", "route_to", "operating_only"})


@dataclass(frozen=True)
class Known:
    """What a link is read against: the features, the route's places, the years, and the reader's language."""

    features: Collection[str] = frozenset()
    places: Collection[str] = frozenset()
    # The years the slider spans, and the latest year with data (the year a link need not name).
    years: tuple[int, int] | None = None
    data_year: int | None = None
    # The language when the link names none: the reader's browser's, when the app speaks it.
    language: str = LANGUAGES[0]


class Focus(NamedTuple):
    """A feature picked without the map: the map frames it once for each new serial.

    ``station`` is the station picked on a line, which the map marks.
    """

    feature_id: str
    layer_id: str
    serial: int
    station: StationMark | None = None


@dataclass(frozen=True)
class ViewState:
    """Everything the view keeps between runs.

    The map shows the features of ``layers`` whose status is among
    ``statuses`` and one of whose countries is among ``countries`` (empty:
    every country), coloured by ``lens`` (None: as they are). ``layers_version``
    counts the switches of these filters and of the lens (the legend's and the
    app's): the map keeps its own newer ones over older ones. ``year`` is None for
    the latest year with data. ``view`` is the reader's last view (from a link
    or the map's reports); ``view_serial`` counts the views a link asked for,
    which the map goes to once each. ``report_id`` and ``click_signature`` name
    the map's last report and click taken in, so that none is taken twice.
    """

    language: str = LANGUAGES[0]
    layers: tuple[str, ...] = ALL_LAYER_IDS
    layers_version: int = 0
    statuses: tuple[str, ...] = STATUSES
    countries: tuple[str, ...] = ()
    lens: str | None = None
    selected: str | None = None
    year: int | None = None
    view: View | None = None
    view_serial: int = 0
    focus: Focus | None = None
    route_open: bool = False
    route_from: str | None = None
    route_to: str | None = None
    operating_only: bool = False
    report_id: object = None
    click_signature: str | None = None

    @classmethod
    def from_link(
        cls, params: Mapping[str, str], known: Known, previous: ViewState | None = None
    ) -> tuple[ViewState, list[Notice]]:
        """The state a link asks for, over ``previous`` (what the session held); never raises.

        What the link leaves out takes its default; what it gets wrong is left
        out and named in a notice. The explorer's switch, the focus and the
        reports taken in stay as they were.
        """
        link, notices = urlstate.parse(
            params,
            languages=LANGUAGES,
            layers=ALL_LAYER_IDS,
            statuses=STATUSES,
            countries=COUNTRIES,
            features=known.features,
            years=known.years,
            places=known.places,
            lenses=LENSES,
        )
        base = cls(language=known.language) if previous is None else previous
        view, serial = base.view, base.view_serial
        if link.view != base.view:
            view = link.view
            if link.view is not None:
                serial += 1
        state = replace(
            base.set_filters(
                ALL_LAYER_IDS if link.layers is None else link.layers,
                STATUSES if link.statuses is None else link.statuses,
                link.countries or (),
            ).set_lens(link.lens),
            language=link.lang or known.language,
            selected=link.select,
            year=None if link.year == known.data_year else link.year,
            view=view,
            view_serial=serial,
        )
        return state.set_route(link.route, bool(link.operating_only)), notices

    def to_link(self) -> dict[str, str]:
        """The link's parameters for this state, always in the same order."""
        return urlstate.encode(
            lang=self.language,
            layers=self.layers,
            statuses=self.statuses,
            countries=self.countries,
            select=self.selected,
            view=self.view,
            year=self.year,
            route=self.route,
            operating_only=self.operating_only,
            lens=self.lens,
        )

    def taken(self, report: object) -> ViewState:
        """The map's ``report`` counted as taken, without applying it.

        A page that reconnects to a restarted server sends the map's last
        report with its first run. The address already holds everything that
        report brought (the app wrote it), and what came after it (Back, say):
        the address wins.
        """
        if not isinstance(report, Mapping):
            return self
        click = interpret_click(report, None)
        signature = self.click_signature if click is None else click.signature
        return replace(self, report_id=report.get("id"), click_signature=signature)

    def apply_report(self, report: object) -> ViewState:
        """Take in a report from the map (``corridor/leaflet/reports.js``), once.

        A click changes the selection. The layers, statuses and countries come
        from the map's legend, which has switched them already; they are taken
        only when newer than the state's. Every report carries the view the
        reader has moved to.
        """
        if not isinstance(report, Mapping) or report.get("id") == self.report_id:
            return self
        state = replace(self, report_id=report.get("id"))
        click = interpret_click(report, self.click_signature)
        if click is not None:
            state = replace(state, click_signature=click.signature, selected=click.feature_id)
        choice = reported_filters(
            report,
            self.layers_version,
            layers=ALL_LAYER_IDS,
            statuses=STATUSES,
            countries=COUNTRIES,
            lenses=LENSES,
        )
        if choice is not None:
            state = replace(
                state,
                layers=self.layers if choice.layers is None else choice.layers,
                statuses=self.statuses if choice.statuses is None else choice.statuses,
                countries=self.countries if choice.countries is None else choice.countries,
                lens=self.lens if choice.lenses is None else next(iter(choice.lenses), None),
                layers_version=choice.version,
            )
        view = reported_view(report)
        return state if view is None else replace(state, view=view)

    def to_map_state(
        self,
        *,
        year: int | None,
        as_of: Mapping[str, AsOf] | None = None,
        route: Mapping[str, object] | None = None,
        session: str = "",
        address: str | None = None,
        utilisation: Utilisation | None = None,
    ) -> dict[str, object]:
        """What a rerun sends to the map (:func:`corridor.mapdata.map_state`).

        ``year`` is the year drawn (None: the data's own), ``as_of`` each
        feature's state in it, ``route`` the route's drawing, ``session`` the
        server session's name and ``utilisation`` the lens's figures for
        the year shown: what the page computes from the state.
        ``address`` is a query string for the map to write in place of the
        page's current history entry (a step of the year), or None.
        """
        sent = mapdata.map_state(
            visible=self.layers,
            statuses=self.statuses,
            countries=self.countries,
            selected_id=self.selected,
            language=self.language,
            layers_version=self.layers_version,
            view=self.map_view(),
            focus=self.focus,
            year=year,
            as_of=as_of,
            route=route,
            session=session,
            lens=self.lens,
            utilisation=utilisation,
        )
        return {**sent, "address": address}

    def map_view(self) -> tuple[float, float, float, int] | None:
        """The view a link asked for, with its serial, for the map to go to once; None before any."""
        if self.view is None or not self.view_serial:
            return None
        return self.view.lat, self.view.lon, self.view.zoom, self.view_serial

    @property
    def route(self) -> tuple[str, str] | None:
        """The route the reader has picked, while the explorer is on: two different places, or None."""
        start, end = self.route_from, self.route_to
        if not self.route_open or not start or not end or start == end:
            return None
        return start, end

    def shown_year(self, latest: int) -> int:
        """The year the view shows, ``latest`` being the latest with data."""
        return latest if self.year is None else self.year

    def select(self, feature_id: str | None) -> ViewState:
        """Select a feature, or (None) return to the overview."""
        return replace(self, selected=feature_id)

    def set_layers(self, layers: Iterable[str]) -> ViewState:
        """Switch layers from the app's side (a link, a pick): a change counts as one more switch."""
        return self.set_filters(layers, self.statuses, self.countries)

    def set_filters(
        self, layers: Iterable[str], statuses: Iterable[str], countries: Iterable[str]
    ) -> ViewState:
        """Set the layers, statuses and countries from the app's side: a change counts as one more switch."""
        chosen = (tuple(layers), tuple(statuses), tuple(countries))
        if chosen == (self.layers, self.statuses, self.countries):
            return self
        layers, statuses, countries = chosen
        return replace(
            self,
            layers=layers,
            statuses=statuses,
            countries=countries,
            layers_version=self.layers_version + 1,
        )

    def set_lens(self, lens: str | None) -> ViewState:
        """Colour the map by ``lens``, or (None) as it is: a change counts as one more switch."""
        if lens == self.lens:
            return self
        return replace(self, lens=lens, layers_version=self.layers_version + 1)

    def pick(
        self,
        feature_id: str,
        layer_id: str,
        status: str,
        countries: Iterable[str] = (),
        station: StationMark | None = None,
    ) -> ViewState:
        """Select a feature found without the map (search, table) and have the map frame it.

        Its layer is switched on, its status shown and, when the map is
        limited to some countries, its ``countries`` added, so that it is on the map;
        a ``station`` picked on a line is marked.
        """
        serial = (0 if self.focus is None else self.focus.serial) + 1
        layers = [known for known in ALL_LAYER_IDS if known in self.layers or known == layer_id]
        statuses = self.statuses
        if status not in statuses:
            statuses = tuple(known for known in STATUSES if known in statuses or known == status)
        chosen = set(self.countries)
        if chosen and not chosen & set(countries):
            chosen |= set(countries)
        return replace(
            self.set_filters(layers, statuses, (code for code in COUNTRIES if code in chosen)),
            selected=feature_id,
            focus=Focus(feature_id, layer_id, serial, station),
        )

    def set_year(self, year: int, latest: int) -> ViewState:
        """Show ``year``; ``latest``, the latest with data, is the default a link leaves out."""
        return replace(self, year=None if year == latest else year)

    def set_route(self, route: tuple[str, str] | None, operating_only: bool) -> ViewState:
        """A route's ends (or none): the explorer opens with a route; without one it stays as it is."""
        origin, destination = route or (None, None)
        return replace(
            self,
            route_from=origin,
            route_to=destination,
            operating_only=operating_only,
            route_open=self.route_open or route is not None,
        )

    def clear_route(self) -> ViewState:
        """The explorer's ends cleared; the switch and the operating-only choice stay."""
        return self.set_route(None, self.operating_only)

    def with_controls(self, **changes: object) -> ViewState:
        """The values the page's controls hold (see :data:`CONTROLS`); the year is :meth:`set_year`'s."""
        unknown = set(changes) - CONTROLS
        if unknown:
            raise TypeError(f"not a control: {', '.join(sorted(unknown))}")
        return replace(self, **changes)  # type: ignore[arg-type]
