"""The malformed-data matrix: every kind of broken file, through the validator, the loader and the page.

For each kind, one file of a copy of ``geodata/`` is spoilt. Then:

- ``python -m corridor validate`` on the folder exits 1 and names the file and
  the feature (``-`` for the whole file), with the problem listed once;
- the page runs (``AppTest``) with no exception and no section failing, and
  says which file has problems;
- every layer the kind does not touch keeps all of its features.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from corridor.__main__ import main
from corridor.contract import MAX_FILE_BYTES, MAX_SHOWN_PROBLEMS
from corridor.dataset import load_dataset
from corridor.layers import CORRIDOR_LAYERS
from corridor.ui import guard
from tests.conftest import GEODATA
from tests.helpers import APP, published_layer, report

Spoil = Callable[[Path], None]


@dataclass(frozen=True)
class Kind:
    """One kind of broken data: what it spoils, and how the validator must name it."""

    name: str
    file: str
    feature: str
    spoil: Spoil
    # Layer files that may lose features through it (besides ``file``).
    touches: tuple[str, ...] = ()
    exit_code: int = 1


def _read(folder: Path, file: str) -> dict:
    return json.loads((folder / file).read_text(encoding="utf-8"))


def _write(folder: Path, file: str, document: object) -> None:
    # Escaped, every character reads back the same, a lone surrogate too (UTF-8 cannot hold one).
    (folder / file).write_text(json.dumps(document), encoding="ascii")


def text(file: str, content: str | bytes) -> Spoil:
    """Replace a file's content."""

    def spoil(folder: Path) -> None:
        path = folder / file
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))

    return spoil


def document(file: str, change: Callable[[dict], object]) -> Spoil:
    """Change a parsed file; ``change`` edits it in place, or returns a new document."""

    def spoil(folder: Path) -> None:
        doc = _read(folder, file)
        changed = change(doc)
        _write(folder, file, changed if isinstance(changed, dict) else doc)

    return spoil


def feature(file: str, fid: str, change: Callable[[dict], object]) -> Spoil:
    """Change one feature of a layer file; ``change`` edits it in place, or returns a replacement."""

    def edit(doc: dict) -> None:
        features = doc["features"]
        index = next(i for i, f in enumerate(features) if f["properties"]["id"] == fid)
        changed = change(features[index])
        if isinstance(changed, dict):
            features[index] = changed

    return document(file, edit)


def prop(file: str, fid: str, name: str, value: object) -> Spoil:
    return feature(file, fid, lambda f: f["properties"].__setitem__(name, value))


def drop(file: str, fid: str, name: str) -> Spoil:
    return feature(file, fid, lambda f: f["properties"].pop(name))


def coordinates(file: str, fid: str, value: object) -> Spoil:
    return feature(file, fid, lambda f: f["geometry"].__setitem__("coordinates", value))


def figure(fid: str, name: str, value: object) -> Spoil:
    def edit(doc: dict) -> None:
        next(f for f in doc["figures"] if f["id"] == fid)[name] = value

    return document("figures.json", edit)


def series_point(index: int, value: object) -> Spoil:
    def edit(doc: dict) -> None:
        doc["series"][0]["points"][index] = value

    return document("figures.json", edit)


def source(sid: str, value: object) -> Spoil:
    return document("sources.json", lambda doc: doc.__setitem__(sid, value))


def source_field(sid: str, name: str, value: object) -> Spoil:
    return document("sources.json", lambda doc: doc[sid].__setitem__(name, value))


def source_url(name: str, url: object) -> Kind:
    """A kind that gives the lone source a bad address."""
    return Kind(name, "sources.json", repr(LONE_SOURCE), source_field(LONE_SOURCE, "url", url))


def multi(geometry: dict, parts: Callable[[list], list]) -> None:
    """Turn a LineString into a MultiLineString of the given parts."""
    geometry["coordinates"] = parts(geometry["coordinates"])
    geometry["type"] = "MultiLineString"


def with_altitude(geometry: dict) -> None:
    geometry["coordinates"] = [[*position, 0.0] for position in geometry["coordinates"]]


def swapped(geometry: dict) -> None:
    geometry["coordinates"] = [[lat, lon] for lon, lat in geometry["coordinates"]]


def duplicate_in_file(doc: dict) -> None:
    copy = json.loads(json.dumps(doc["features"][0]))
    copy["properties"]["name_en"] = "A second Aktau"
    doc["features"].append(copy)


def duplicate_across(folder: Path) -> None:
    ports = _read(folder, "ports.geojson")
    rail = _read(folder, "rail.geojson")
    rail["features"][0]["properties"]["id"] = "port-aktau"
    _write(folder, "rail.geojson", rail)
    _write(folder, "ports.geojson", ports)


def nested(depth: int) -> object:
    value: object = [51.2, 43.65]
    for _ in range(depth):
        value = [value]
    return value


def oversize(file: str) -> Spoil:
    """A valid but empty collection padded with spaces to one byte over the limit."""

    def spoil(folder: Path) -> None:
        head = b'{"type": "FeatureCollection", "features": []}'
        with (folder / file).open("wb") as handle:
            handle.write(head)
            handle.truncate(MAX_FILE_BYTES + 1)
            handle.seek(len(head))
            for _ in range(0, MAX_FILE_BYTES + 1 - len(head), 1 << 20):
                handle.write(b" " * min(1 << 20, MAX_FILE_BYTES + 1 - handle.tell()))

    return spoil


def endless(file: str) -> Spoil:
    """Make a file a link to a device that never ends: its size reads as 0."""

    def spoil(folder: Path) -> None:
        (folder / file).unlink()
        (folder / file).symlink_to("/dev/zero")

    return spoil


def pipe(file: str) -> Spoil:
    """Make a file a named pipe no one writes to: opening it would wait for ever."""

    def spoil(folder: Path) -> None:
        (folder / file).unlink()
        os.mkfifo(folder / file)

    return spoil


def remove(file: str) -> Spoil:
    return lambda folder: (folder / file).unlink()


def both(*spoils: Spoil) -> Spoil:
    """Spoil a copy in several ways at once."""

    def spoil(folder: Path) -> None:
        for one in spoils:
            one(folder)

    return spoil


def event_date(fid: str, date: str) -> Spoil:
    """Give a feature's first dated event another date."""
    return document("timeline.json", lambda d: d["features"][fid][0].__setitem__("date", date))


def many_bad_features(count: int) -> Spoil:
    return text(
        "ports.geojson", json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature"}] * count})
    )


AKTAU = ("ports.geojson", "port-aktau")
ALAT = "'port-baku-alat'"
FLIGHT = ("flights.geojson", "flight-gyd-nqz")
RAIL = ("rail.geojson", "rail-kz-dostyk-zhezkazgan")
# The line whose gauge changes on the way (at Akhalkalaki).
BTK = ("rail.geojson", "rail-btk")
# Georgia's id in both border files.
GEORGIA = "country-268"
LONG_ID = "a" * 10_000
SEA = ("sea.geojson", "sea-aktau-alat")
# A source only the Bakhty crossing cites: spoiling it costs the gateway and its line, no more.
LONE_SOURCE = "china-org-bakhty"
LONE_SOURCE_FILES = ("ports.geojson", "rail.geojson")
# The figure a spoilt figure kind edits, and the first series.
TRADE = "trade-2024"
SERIES = "'cargo-by-year'"

KINDS = (
    # Whole files that cannot be read.
    Kind(
        "invalid JSON",
        "ports.geojson",
        "-",
        text("ports.geojson", '{"type": "FeatureCollection", "features": ['),
    ),
    Kind("an empty file", "ports.geojson", "-", text("ports.geojson", "")),
    Kind(
        "not UTF-8", "ports.geojson", "-", text("ports.geojson", '{"name": "Aqtaý \xfd"}'.encode("latin-1"))
    ),
    Kind(
        "a UTF-8 byte order mark",
        "ports.geojson",
        "",
        lambda f: (f / "ports.geojson").write_bytes(b"\xef\xbb\xbf" + (f / "ports.geojson").read_bytes()),
        exit_code=0,
    ),
    Kind("nesting 100,000 deep", "ports.geojson", "-", text("ports.geojson", "[" * 100_000 + "]" * 100_000)),
    Kind("an integer of 5,000 digits", "ports.geojson", "-", text("ports.geojson", "[" + "9" * 5000 + "]")),
    Kind(
        "a file over the size limit",
        "ports.geojson",
        "-",
        oversize("ports.geojson"),
    ),
    Kind("a layer file that never ends (/dev/zero)", "rail.geojson", "-", endless("rail.geojson")),
    Kind("a layer file that is a pipe", "rail.geojson", "-", pipe("rail.geojson")),
    Kind("a missing layer file", "fibre.geojson", "-", remove("fibre.geojson")),
    Kind("a list, not a FeatureCollection", "ports.geojson", "-", text("ports.geojson", "[1, 2]")),
    Kind(
        "another GeoJSON type",
        "ports.geojson",
        "-",
        document("ports.geojson", lambda d: d.__setitem__("type", "Feature")),
    ),
    Kind(
        '"features": 5',
        "ports.geojson",
        "-",
        document("ports.geojson", lambda d: d.__setitem__("features", 5)),
    ),
    Kind("96,000 bad features", "ports.geojson", "#0", many_bad_features(96_000)),
    # Features.
    Kind(
        "a feature that is a number",
        "ports.geojson",
        "#0",
        document("ports.geojson", lambda d: d["features"].__setitem__(0, 5)),
    ),
    Kind(
        "a feature of another type",
        "ports.geojson",
        repr(AKTAU[1]),
        feature(*AKTAU, lambda f: f.__setitem__("type", "Point")),
    ),
    Kind(
        "no geometry",
        "ports.geojson",
        repr(AKTAU[1]),
        feature(*AKTAU, lambda f: f.__setitem__("geometry", None)),
    ),
    Kind(
        "a line in the points' file",
        "ports.geojson",
        repr(AKTAU[1]),
        feature(
            *AKTAU,
            lambda f: f.__setitem__("geometry", {"type": "LineString", "coordinates": [[51, 43], [52, 44]]}),
        ),
    ),
    Kind("empty coordinates", "ports.geojson", repr(AKTAU[1]), coordinates(*AKTAU, [])),
    Kind("latitude 95", "ports.geojson", repr(AKTAU[1]), coordinates(*AKTAU, [51.2, 95.0])),
    Kind("a NaN coordinate", "ports.geojson", repr(AKTAU[1]), coordinates(*AKTAU, [float("nan"), 43.65])),
    Kind(
        "an Infinity coordinate", "ports.geojson", repr(AKTAU[1]), coordinates(*AKTAU, [51.2, float("inf")])
    ),
    Kind("a coordinate as text", "ports.geojson", repr(AKTAU[1]), coordinates(*AKTAU, ["51.2", "43.65"])),
    Kind("coordinates nested 50 deep", "ports.geojson", repr(AKTAU[1]), coordinates(*AKTAU, nested(50))),
    Kind("a point outside the region", "ports.geojson", repr(AKTAU[1]), coordinates(*AKTAU, [-74.0, 40.7])),
    Kind(
        "a point's lat and lon swapped", "ports.geojson", repr(AKTAU[1]), coordinates(*AKTAU, [43.65, 51.2])
    ),
    Kind(
        "a line's lat and lon swapped",
        "flights.geojson",
        repr(FLIGHT[1]),
        feature(*FLIGHT, lambda f: swapped(f["geometry"])),
    ),
    Kind(
        "a rail line over the sea",
        "rail.geojson",
        repr(RAIL[1]),
        feature(*RAIL, lambda f: f["geometry"]["coordinates"].append([51.0, 42.0])),
    ),
    Kind(
        "no properties",
        "ports.geojson",
        "#0",
        feature(*AKTAU, lambda f: f.__setitem__("properties", None)),
    ),
    Kind("a missing id", "ports.geojson", "#0", drop(*AKTAU, "id")),
    Kind("an id with spaces", "ports.geojson", "'port aktau'", prop(*AKTAU, "id", "port aktau")),
    Kind("a missing name", "ports.geojson", repr(AKTAU[1]), drop(*AKTAU, "name_en")),
    Kind("a name that is a number", "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "name_en", 7)),
    Kind("an empty name", "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "name_ru", "  ")),
    Kind(
        "a name of 10,000 characters", "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "name_en", "A" * 10_000)
    ),
    Kind(
        "template syntax in a name",
        "ports.geojson",
        repr(AKTAU[1]),
        prop(*AKTAU, "name_en", "Aktau {% raw %}"),
    ),
    Kind(
        "a template expression in a description",
        "ports.geojson",
        repr(AKTAU[1]),
        prop(*AKTAU, "description", "{{ config.__class__ }}"),
    ),
    Kind("an unknown kind", "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "kind", "spaceport")),
    Kind("an unknown status", "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "status", "shut")),
    Kind("a status that is a list", "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "status", ["operating"])),
    Kind('"countries": [["KZ"]]', "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "countries", [["KZ"]])),
    Kind("an unknown country", "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "countries", ["XX"])),
    Kind('"sources": [{}]', "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "sources", [{}])),
    Kind("an unknown source", "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "sources", ["nowhere"])),
    Kind("a NaN number", "rail.geojson", repr(RAIL[1]), prop(*RAIL, "track_share", float("nan"))),
    Kind(
        "a station position out of range",
        "rail.geojson",
        repr(RAIL[1]),
        prop(*RAIL, "station_points", [[500, 43]]),
    ),
    Kind(
        "a duplicate id in one file",
        "ports.geojson",
        repr(AKTAU[1]),
        document("ports.geojson", duplicate_in_file),
    ),
    Kind(
        "a duplicate id across files",
        "ports.geojson",
        repr(AKTAU[1]),
        duplicate_across,
        touches=("rail.geojson",),
    ),
    Kind(
        "a bad place label",
        "places.geojson",
        "'country-label-004'",
        feature(
            "places.geojson", "country-label-004", lambda f: f["properties"].__setitem__("min_zoom", "low")
        ),
    ),
    # The figures.
    Kind("figures.json not JSON", "figures.json", "-", text("figures.json", "{")),
    Kind("a NaN figure", "figures.json", repr(TRADE), figure(TRADE, "value", float("nan"))),
    Kind("an Infinity figure", "figures.json", repr(TRADE), figure(TRADE, "value", float("inf"))),
    Kind("a figure as text", "figures.json", repr(TRADE), figure(TRADE, "value", "568")),
    Kind("a figure too big for a float", "figures.json", repr(TRADE), figure(TRADE, "value", 10**400)),
    Kind('"features": 5 in a figure', "figures.json", repr(TRADE), figure(TRADE, "features", 5)),
    Kind(
        "a figure naming no feature",
        "figures.json",
        repr(TRADE),
        figure(TRADE, "features", ["port-atlantis"]),
    ),
    Kind("a figure naming no layer", "figures.json", repr(TRADE), figure(TRADE, "layers", ["teleports"])),
    Kind("a figure without its Russian words", "figures.json", repr(TRADE), figure(TRADE, "ru", None)),
    Kind(
        "template syntax in a figure's period",
        "figures.json",
        repr(TRADE),
        figure(TRADE, "period", "{{ 7*7 }}"),
    ),
    Kind("a series point that is not a number", "figures.json", SERIES, series_point(0, ["2020", "many"])),
    Kind("a series point that is an object of nothing", "figures.json", SERIES, series_point(0, {})),
    Kind(
        "a series' Russian periods as a list",
        "figures.json",
        SERIES,
        document("figures.json", lambda d: d["series"][0]["ru"].__setitem__("periods", ["2020"])),
    ),
    # The sources.
    Kind("sources.json not JSON", "sources.json", "-", text("sources.json", "[}"), touches=("*",)),
    Kind("a missing sources.json", "sources.json", "-", remove("sources.json"), touches=("*",)),
    Kind("a source that is a string", "sources.json", repr(LONE_SOURCE), source(LONE_SOURCE, "China.org.cn")),
    source_url("a numeric source URL", 12345),
    source_url("a javascript: source URL", "javascript:alert(1)"),
    source_url("a data: source URL", "data:text/html,<script>alert(1)</script>"),
    source_url("a source URL that ends a link", "https://example.org/a) ![x](https://evil.example/x.png"),
    source_url("a plain-http source URL", "http://russian.china.org.cn/"),
    Kind(
        "a source without a title",
        "sources.json",
        repr(LONE_SOURCE),
        document("sources.json", lambda d: d[LONE_SOURCE].pop("title")),
    ),
    # The dates.
    Kind("timeline.json not JSON", "timeline.json", "-", text("timeline.json", "{")),
    Kind(
        "a date that is no date",
        "timeline.json",
        "'port-kuryk'",
        document("timeline.json", lambda d: d["features"]["port-kuryk"][0].__setitem__("date", "soon")),
    ),
    # Geometry that took the page down, and names that showed wrong.
    Kind(
        "a sea lane as a MultiLineString",
        "sea.geojson",
        repr(SEA[1]),
        feature(*SEA, lambda f: multi(f["geometry"], lambda c: [c[:2], c[1:]])),
    ),
    Kind(
        "a rail line as a MultiLineString",
        "rail.geojson",
        repr(RAIL[1]),
        feature(*RAIL, lambda f: multi(f["geometry"], lambda c: [c])),
    ),
    Kind(
        "a MultiLineString part of one position",
        "flights.geojson",
        repr(FLIGHT[1]),
        feature(*FLIGHT, lambda f: multi(f["geometry"], lambda c: [c, c[:1]])),
    ),
    Kind(
        "a MultiLineString with an empty part",
        "flights.geojson",
        repr(FLIGHT[1]),
        feature(*FLIGHT, lambda f: multi(f["geometry"], lambda c: [c, []])),
    ),
    Kind(
        "a line of one position twice",
        "flights.geojson",
        repr(FLIGHT[1]),
        feature(
            *FLIGHT, lambda f: f["geometry"].__setitem__("coordinates", [f["geometry"]["coordinates"][0]] * 2)
        ),
    ),
    Kind(
        "a rail line with altitude",
        "rail.geojson",
        "",
        feature(*RAIL, lambda f: with_altitude(f["geometry"])),
        exit_code=0,
    ),
    Kind(
        "a name holding a lone surrogate",
        "ports.geojson",
        repr(AKTAU[1]),
        prop(*AKTAU, "name_en", "Aktau \ud800"),
    ),
    Kind(
        "a right-to-left override in a name",
        "ports.geojson",
        repr(AKTAU[1]),
        prop(*AKTAU, "name_en", "\u202eAktau port"),
    ),
    Kind("a NUL in a name", "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "name_en", "Aktau\x00port")),
    Kind("a line break in a name", "ports.geojson", repr(AKTAU[1]), prop(*AKTAU, "name_ru", "Актау\r\nпорт")),
    Kind(
        "a name of zero-width spaces only",
        "ports.geojson",
        repr(AKTAU[1]),
        prop(*AKTAU, "name_en", "\u200b\u200b"),
    ),
    source_url("a source URL with a fullwidth solidus", "https://evil.example\uff0f@report.az/"),
    # Values the corridor does not hold: a gauge, a kind in another layer's file, an id too long.
    Kind("a gauge of -1 mm", "rail.geojson", repr(RAIL[1]), prop(*RAIL, "gauge_mm", -1)),
    Kind(
        "a station point without a name",
        "rail.geojson",
        repr(BTK[1]),
        feature(BTK[0], BTK[1], lambda f: f["properties"]["stations"].pop()),
    ),
    Kind(
        "a gauge after the change of 1,000 mm",
        "rail.geojson",
        repr(BTK[1]),
        prop(*BTK, "gauge_after_mm", 1000),
    ),
    Kind(
        "a sea port's kind in the rail file", "rail.geojson", repr(RAIL[1]), prop(*RAIL, "kind", "sea_port")
    ),
    Kind(
        "a flight's kind in the ports file",
        "ports.geojson",
        repr(AKTAU[1]),
        prop(*AKTAU, "kind", "flight_route"),
    ),
    Kind("an id of 10,000 characters", "ports.geojson", repr(LONG_ID[:60]), prop(*AKTAU, "id", LONG_ID)),
    # Dates that are no calendar day, or outside the stated years.
    Kind("a date in the year 9999", "timeline.json", "'port-kuryk'", event_date("port-kuryk", "9999")),
    Kind("a date in the year 0000", "timeline.json", "'port-kuryk'", event_date("port-kuryk", "0000-01-01")),
    Kind("a date of 30 February", "timeline.json", "'port-kuryk'", event_date("port-kuryk", "2025-02-30")),
    Kind("a date in month 13", "timeline.json", "'port-kuryk'", event_date("port-kuryk", "2025-13-45")),
    Kind(
        "a status checked in 9999",
        "ports.geojson",
        repr(AKTAU[1]),
        prop(*AKTAU, "status_checked", "9999-01-01"),
    ),
    Kind(
        "a source dated in month 13",
        "sources.json",
        repr(LONE_SOURCE),
        source_field(LONE_SOURCE, "date", "2025-13-45"),
    ),
    Kind("a series period in 2099", "figures.json", SERIES, series_point(0, ["2099", 5])),
    # An id the basemap uses already.
    Kind("a rail line with a country's id", "rail.geojson", repr(GEORGIA), prop(*RAIL, "id", GEORGIA)),
    Kind(
        "a place label with a country's id",
        "places.geojson",
        repr(GEORGIA),
        feature("places.geojson", "country-label-268", lambda f: f["properties"].__setitem__("id", GEORGIA)),
    ),
    # A broken basemap holds no figure's feature: the check for figures naming none stays on.
    Kind(
        "a broken basemap and a figure naming no feature",
        "figures.json",
        repr(TRADE),
        both(text("borders.geojson", "{"), figure(TRADE, "features", ["port-atlantis"])),
    ),
    # The basemap.
    Kind("a missing basemap", "borders.geojson", "-", remove("borders.geojson")),
)


def test_the_matrix_covers_at_least_forty_kinds():
    assert len(KINDS) >= 40
    assert len({kind.name for kind in KINDS}) == len(KINDS)


@pytest.fixture(scope="module")
def clean_counts() -> dict[str, int]:
    dataset = load_dataset(GEODATA)
    return {data.layer.filename: len(data.features) for data in dataset.layers.values()}


def spared(kind: Kind) -> list[str]:
    """The corridor layers a kind leaves whole."""
    if "*" in kind.touches:
        return []
    touched = (kind.file, *kind.touches, *(LONE_SOURCE_FILES if kind.file == "sources.json" else ()))
    return [layer.filename for layer in CORRIDOR_LAYERS if layer.filename not in touched]


def spoilt(kind: Kind, tmp_path: Path) -> Path:
    folder = tmp_path / "geodata"
    shutil.copytree(GEODATA, folder)
    kind.spoil(folder)
    return folder


@pytest.mark.parametrize("kind", KINDS, ids=[kind.name for kind in KINDS])
def test_the_validator_names_the_file_and_the_feature(kind, tmp_path, capsys, clean_counts):
    folder = spoilt(kind, tmp_path)
    assert main(["validate", str(folder)]) == kind.exit_code
    out = capsys.readouterr().out
    lines = out.splitlines()
    if kind.exit_code == 0:
        assert lines == []
    else:
        assert any(line.startswith(f"{kind.file}: feature {kind.feature}: ") for line in lines), out[:2000]
        assert len(lines) <= MAX_SHOWN_PROBLEMS + 1
        if len(lines) > MAX_SHOWN_PROBLEMS:
            assert lines[-1].startswith("... and ")
            assert lines[-1].endswith(" more problem(s)")
        assert len(set(lines)) == len(lines), "a problem was listed twice"
    dataset = load_dataset(folder)
    for data in dataset.layers.values():
        if data.layer.filename in spared(kind):
            assert len(data.features) == clean_counts[data.layer.filename], (
                f"{data.layer.filename} lost features"
            )


@pytest.mark.parametrize("kind", KINDS, ids=[kind.name for kind in KINDS])
def test_the_page_shows_no_traceback_and_the_other_layers_draw(kind, tmp_path, monkeypatch, clean_counts):
    folder = spoilt(kind, tmp_path)
    monkeypatch.setenv("CORRIDOR_GEODATA_DIR", str(folder))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    report(at, "ready")
    assert not at.exception
    failed = [e.value for e in at.error if e.icon == guard.ICON]
    assert failed == [], "a part of the page failed"
    labels = [e.label for e in at.expander]
    if kind.exit_code:
        assert any(kind.file in label for label in labels), labels
        assert len(at.error) <= guard.MAX_LISTED
    else:
        assert not any("problem" in label for label in labels)
    for layer in CORRIDOR_LAYERS:
        if layer.filename in spared(kind):
            drawn = published_layer(str(folder), layer.id)["features"]
            assert len(drawn) == clean_counts[layer.filename], f"the map lost features of {layer.filename}"
