"""The downloads, read as an analyst reads them: the CSV files with pandas, the GeoJSON files with GDAL (pyogrio)."""

from __future__ import annotations

import io
import json

import pandas as pd
import pyogrio
import pytest
import shapely

from corridor import catalog, downloads, figuretable
from corridor.contract import STATUSES
from corridor.dataset import load_dataset
from corridor.i18n import BASE, LANGUAGES
from corridor.layers import CORRIDOR_LAYERS, LAYERS_BY_ID

ALL = [layer.id for layer in CORRIDOR_LAYERS]
BOM = b"\xef\xbb\xbf"
# The port's railway station on the quay, as geodata/README.md places it.
AKTAU = (51.22256, 43.59956)
GEOMETRY = {layer.id: downloads.GEOMETRY_TYPES[layer.geometry] for layer in CORRIDOR_LAYERS}


@pytest.fixture(scope="module")
def every(dataset):
    return catalog.all_rows(dataset)


def read_csv(text: str) -> pd.DataFrame:
    """The file as a download gives it (UTF-8 bytes), read as pandas reads any CSV."""
    data = text.encode("utf-8")
    assert data.startswith(BOM), "no byte order mark: Excel would show the Cyrillic as mojibake"
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    assert not any(column.startswith("\ufeff") for column in frame.columns)
    return frame


@pytest.mark.parametrize(("geometry_type", "layers"), [("Point", ["ports"]), ("LineString", ["rail", "sea"])])
def test_each_geometry_type_is_a_geojson_file_that_gdal_reads_as_that_type(
    dataset, every, tmp_path, geometry_type, layers
):
    shown = catalog.visible_rows(every, ALL, STATUSES)
    path = tmp_path / "features.geojson"
    path.write_text(downloads.features_geojson(dataset, shown, geometry_type), encoding="utf-8")
    info = pyogrio.read_info(path)
    assert info["geometry_type"] == geometry_type
    frame = pyogrio.read_dataframe(path)
    wanted = [row.id for row in shown if GEOMETRY[row.layer] == geometry_type]
    assert sorted(frame["id"]) == sorted(wanted)
    assert set(layers) <= set(frame["layer"])
    assert frame["licence"].all()
    document = json.loads(path.read_text(encoding="utf-8"))
    assert "Open Database License" in document["license"]
    assert document["date"] == catalog.data_date(dataset)
    assert all(source["title"] for f in document["features"] for source in f["properties"]["sources"])


def test_every_shown_feature_is_in_the_file_of_its_geometry_type_and_only_there(dataset, every):
    shown = catalog.visible_rows(every, ["rail", "ports"], ["operating"])
    kinds = downloads.geometry_types(shown)
    assert kinds == ("Point", "LineString")
    found = [
        f["properties"]["id"]
        for kind in kinds
        for f in json.loads(downloads.features_geojson(dataset, shown, kind))["features"]
    ]
    assert sorted(found) == sorted(row.id for row in shown)
    assert downloads.geometry_types(catalog.visible_rows(every, ["sea"], STATUSES)) == ("LineString",)


def test_the_features_csv_has_coordinates_names_in_every_language_source_urls_and_licences(dataset, every):
    shown = catalog.visible_rows(every, ALL, STATUSES)
    frame = read_csv(downloads.features_csv(dataset, shown))
    assert list(frame["id"]) == [row.id for row in shown]
    assert {f"name_{code}" for code in LANGUAGES} <= set(frame.columns)
    assert {"lon", "lat", "wkt", "source_urls", "licence"} <= set(frame.columns)
    by_id = frame.set_index("id")
    aktau = by_id.loc["port-aktau"]
    assert (aktau["lon"], aktau["lat"]) == pytest.approx(AKTAU, abs=1e-4)
    assert aktau["name_ru"] == "Морской порт Актау"
    assert pd.isna(aktau["wkt"])
    points = frame[frame["layer"] == "ports"]
    lines = frame[frame["layer"] != "ports"]
    assert points["lon"].between(25, 90).all()
    assert points["lat"].between(35, 50).all()
    assert lines["lon"].isna().all()
    assert points["wkt"].isna().all()
    for text in lines["wkt"]:
        line = shapely.from_wkt(text)
        assert line.geom_type == "LineString"
        assert line.length > 0
    assert all(url.startswith("https://") for urls in frame["source_urls"] for url in urls.split("; "))
    assert frame["licence"].notna().all()
    assert set(frame.loc[frame["layer"] == "rail", "licence"]) == {downloads.ODBL}
    assert aktau["licence"] == downloads.ODBL
    assert by_id.loc["sea-aktau-alat", "length_km"] > 350


def test_the_figures_csv_has_feature_ids_normalised_values_iso_periods_and_the_series(dataset):
    frame = read_csv(figuretable.figures_csv(dataset))
    figures = frame[frame["record"] == "figure"]
    assert set(figures["id"]) == {figure.id for figure in dataset.figures}
    cargo = figures[figures["id"] == "cargo-2024"]
    assert set(cargo["feature_id"]) == {"port-aktau", "port-kuryk", "port-baku-alat"}
    assert figures.loc[figures["id"] == "trade-2024", "feature_id"].isna().all()

    by_id = figures.drop_duplicates("id").set_index("id")
    assert by_id.loc["trade-2025-jan-sep", "value_normalised"] == 568_000_000
    assert by_id.loc["trade-2025-jan-sep", "unit_normalised"] == "USD"
    assert by_id.loc["trade-target", "value_normalised"] == 1_000_000_000
    assert by_id.loc["trade-target", "unit_normalised"] == "USD/year"
    assert by_id.loc["btk-length", "unit_normalised"] == "km"
    assert by_id.loc["btk-length", "unit"] == "km (405 km of it in Azerbaijan)"
    assert not frame["unit_normalised"].str.contains(r"[(),]").any(), "prose in a unit cell"
    assert pd.api.types.is_float_dtype(frame["value_normalised"])

    assert by_id.loc["trade-2025-jan-sep", "period_start"] == "2025-01-01"
    assert by_id.loc["trade-2025-jan-sep", "period_end"] == "2025-09-30"
    assert by_id.loc["visit-documents", "period_start"] == "2025-10-20"
    assert by_id.loc["bakhty-ayagoz-length-2023", "period_end"] == "2023-12-31"
    assert pd.isna(by_id.loc["trade-target", "period_start"])
    assert by_id.loc["trade-target", "period"] == "in the near future"
    dated = frame.dropna(subset=["period_start"])
    starts = pd.to_datetime(dated["period_start"], format="ISO8601")
    assert (starts <= pd.to_datetime(dated["period_end"], format="ISO8601")).all()

    series = frame[frame["record"] == "series"]
    assert len(series) == sum(len(s.points) * max(1, len(s.features)) for s in dataset.series)
    cargo_2024 = series[(series["id"] == "cargo-by-year") & (series["period"] == "2024")].iloc[0]
    assert cargo_2024["value_normalised"] == 4_484_000
    assert cargo_2024["period_start"] == "2024-01-01"
    assert frame["source_url"].str.startswith("https://").all()
    other = [code for code in LANGUAGES if code != BASE]
    assert all(f"label_{code}" in frame.columns for code in other)
    assert by_id.loc["trade-2024", "label_ru"] == dataset.figures[0].words["ru"]["label"]


def test_the_figures_csv_carries_each_capacity_and_throughput_point_with_its_feature_measure_and_basis(
    dataset,
):
    frame = read_csv(figuretable.figures_csv(dataset))
    series = frame[frame["record"] == "series"].set_index(["id", "period"])
    baku = series.loc[("baku-throughput-tonnes", "2024")]
    assert (baku["feature_id"], baku["measure"], baku["basis"]) == ("port-baku-alat", "throughput", "tonnes")
    assert (baku["value_normalised"], baku["unit_normalised"]) == (7_600_000, "t")
    capacity = series.loc[("baku-capacity-teu", "first phase, opened 2018")]
    assert (capacity["measure"], capacity["basis"], capacity["unit_normalised"]) == (
        "capacity",
        "TEU",
        "TEU/year",
    )
    anaklia = series.loc[("anaklia-capacity-teu", "second phase, by 2035")]
    assert (anaklia["feature_id"], anaklia["qualifier"], anaklia["period_kind"]) == (
        "port-anaklia",
        "at least",
        "planned",
    )
    assert anaklia["source_url"] == dataset.sources["trend-2025-11-27"]["url"]
    # The corridor's own series name no feature and measure nothing.
    cargo = series.loc[("cargo-by-year", "2024")]
    assert cargo[["feature_id", "measure", "basis"]].isna().all()
    measured = {one.id for one in dataset.series if one.measure}
    assert set(frame.loc[frame["measure"].notna(), "id"]) == measured


def test_a_note_that_starts_with_a_sign_keeps_no_apostrophe(dataset):
    frame = read_csv(figuretable.figures_csv(dataset))
    notes = frame.drop_duplicates("id").set_index("id")
    assert notes.loc["cargo-2024", "note"] == "+62% on 2023; for the corridor as a whole"
    assert notes.loc["cargo-2024", "note_ru"] == "+62% к 2023 году; по коридору в целом"
    assert not frame.astype(str).apply(lambda column: column.str.startswith("'")).any().any()


@pytest.mark.parametrize(
    "formula",
    [
        "=1+1",
        '=HYPERLINK("https://example.com","x")',
        "@SUM(A1:A2)",
        "\t=1+1",
        "\x01text",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "+1 +cmd|' /C calc'!A0",
        "-A1",
        '+HYPERLINK("https://example.com")',
        "+12 % (A1)",
        "+1+1",
        "-R1C1",
    ],
)
def test_a_cell_that_a_spreadsheet_would_run_is_quoted(formula):
    assert downloads.csv_cell(formula) == "'" + formula


@pytest.mark.parametrize(
    "text",
    [
        "+12 %",
        "+62% on 2023; for the corridor as a whole",
        "-3.5",
        "+49% к 2023 году",
        "-й контейнер",
        "Poti – Constanța",
        "-",
    ],
)
def test_plain_text_and_signed_numbers_are_left_alone(text):
    assert downloads.csv_cell(text) == text


def test_a_name_or_a_note_that_a_spreadsheet_would_run_is_quoted_in_the_files(geodata_copy):
    path = geodata_copy / "ports.geojson"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["features"][0]["properties"]["name_en"] = '=HYPERLINK("https://example.com","x")'
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    figures_path = geodata_copy / "figures.json"
    figures = json.loads(figures_path.read_text(encoding="utf-8"))
    first = figures["figures"][0]
    first["note"] = "+cmd|' /C calc'!A0"
    for language in LANGUAGES[1:]:
        first[language]["note"] = first["note"]
    figures_path.write_text(json.dumps(figures, ensure_ascii=False), encoding="utf-8")
    spoilt = load_dataset(geodata_copy)
    rows = catalog.all_rows(spoilt)
    features = read_csv(downloads.features_csv(spoilt, list(rows)))
    assert features["name_en"].iloc[0].startswith("'=HYPERLINK")
    notes = read_csv(figuretable.figures_csv(spoilt))
    assert notes["note"].iloc[0] == notes["note_ru"].iloc[0] == "'+cmd|' /C calc'!A0"


def test_every_layer_has_a_geometry_type_that_gets_a_file():
    assert {layer.geometry for layer in CORRIDOR_LAYERS} <= set(downloads.GEOMETRY_TYPES)
    assert all(LAYERS_BY_ID[layer].geometry in downloads.GEOMETRY_TYPES for layer in ALL)
