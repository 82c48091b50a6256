"""The map and the files it fetches, checked without a browser: tiers, state, view, escaping, stability."""

from __future__ import annotations

import json
import re

import pytest
import shapely
from shapely.geometry import shape
from streamlit_folium import _get_feature_group_string, _get_map_string, generate_js_hash

from corridor import layout, mapbuild, mapdata, mapfeatures, styles
from corridor.contract import STATUSES
from corridor.dataset import load_dataset
from corridor.layers import CORRIDOR_LAYERS, LAYERS_BY_ID
from corridor.leaflet import SCRIPTS
from corridor.legend import legend_html
from tests.conftest import HOSTILE_NAME, add_hostile_port

ALL = [layer.id for layer in CORRIDOR_LAYERS]
URLS = ("../leaflet/leaflet.js", "../leaflet/leaflet.css")


class Shelf:
    """A publisher that keeps what it is given, in memory."""

    def __init__(self):
        self.files: dict[str, str] = {}

    def __call__(self, stem: str, text: str, suffix: str) -> str:
        url = f"../files/{mapdata.content_name(stem, text, suffix)}"
        self.files[url] = text
        return url

    def json(self, url: str):
        return json.loads(self.files[url])


def compact(html: str) -> str:
    return re.sub(r"\s+", "", html)


def layers_of(dataset):
    return [dataset.layers[layer.id] for layer in CORRIDOR_LAYERS]


@pytest.fixture(scope="module")
def published(dataset):
    shelf = Shelf()
    return shelf, mapdata.publish_map(dataset.layers, shelf)


def config_of(published) -> dict:
    return published[1].config


def base_map(dataset, result):
    frame = mapbuild.map_frame(layers_of(dataset), dataset.layers["borders"])
    return mapbuild.build_base_map(result, frame, URLS)


def state(**kwargs):
    options = {"visible": ALL, "statuses": STATUSES, "selected_id": None, "language": "en"} | kwargs
    return mapdata.map_state(**options)


def test_every_layer_is_published_with_every_feature(published, dataset):
    shelf, _ = published
    config = config_of(published)
    assert [spec["id"] for spec in config["layers"]] == ALL
    counts = {spec["id"]: len(shelf.json(spec["tiers"][0]["url"])["features"]) for spec in config["layers"]}
    assert counts == {layer_id: len(dataset.layers[layer_id].features) for layer_id in ALL}


def test_points_are_listed_last_so_they_draw_on_top(published):
    assert config_of(published)["layers"][-1]["id"] == "ports"


def test_line_tiers_simplify_when_zoomed_out_and_keep_full_detail_close_in(dataset, published):
    shelf, _ = published
    flights = next(spec for spec in config_of(published)["layers"] if spec["id"] == "flights")
    assert [tier["minZoom"] for tier in flights["tiers"]] == [0, 7, 10]
    vertices = [
        sum(len(f["geometry"]["coordinates"]) for f in shelf.json(tier["url"])["features"])
        for tier in flights["tiers"]
    ]
    assert vertices[0] < vertices[1] < vertices[2]
    full = sum(len(f["geometry"]["coordinates"]) for f in dataset.layers["flights"].features)
    assert vertices[2] == full
    # A simplified line stays within its tolerance of the real one.
    tolerance = mapfeatures.ZOOM_TIERS[0][1]
    for original, coarse in zip(
        dataset.layers["flights"].features, shelf.json(flights["tiers"][0]["url"])["features"], strict=True
    ):
        distance = shapely.hausdorff_distance(shape(original["geometry"]), shape(coarse["geometry"]))
        assert distance <= tolerance * 1.5


def test_a_tier_that_adds_nothing_is_not_published(dataset):
    tiers = mapfeatures.layer_tiers(dataset.layers["ports"])
    assert [zoom for zoom, _ in tiers] == [0]


def test_file_names_carry_a_hash_of_their_content(published):
    shelf, result = published
    for url, text in shelf.files.items():
        stem, suffix = url.split("/")[-1].rsplit("-", 1)[0], url.rsplit(".", 1)[1]
        assert url == f"../files/{mapdata.content_name(stem, text, suffix)}"
    assert mapdata.content_name("a", "x", "json") != mapdata.content_name("a", "y", "json")
    assert result.scripts[-1].split("/")[-1].startswith("corridor-map-")


def test_a_rerun_sends_the_state_and_never_a_feature(dataset, published):
    _, result = published
    fmap = base_map(dataset, result)
    script = _get_feature_group_string(mapbuild.state_group(state(selected_id="port-aktau")), fmap, 0)
    assert "coordinates" not in script
    assert len(script.encode()) < 1024
    sent = json.loads(re.search(r"corridorState\(map_div, (\{.*\})\);", script).group(1))
    assert sent == {
        "layers": ALL,
        "statuses": list(STATUSES),
        "countries": [],
        "selected": "port-aktau",
        "language": "en",
        "layersVersion": 0,
        "view": None,
        "focus": None,
        "year": None,
        "asOf": {},
        "route": None,
        "session": "",
        "lenses": [],
        "utilisation": None,
    }


def test_the_state_keeps_the_registry_order_and_drops_unknown_names():
    sent = state(visible=["ports", "nowhere", "rail"], statuses=["planned", "lost"])
    assert sent["layers"] == ["rail", "ports"]
    assert sent["statuses"] == ["planned"]


def test_the_initial_view_frames_the_corridor(dataset, published):
    (south, west), (north, east) = mapbuild.map_frame(layers_of(dataset), dataset.layers["borders"]).view
    assert 37 <= south <= 40
    # The rail network from the Black Sea coast (Batumi, Poti) to the Chinese border.
    assert 40 <= west <= 41.5
    assert 50 <= north <= 53
    assert 82.5 <= east <= 85
    html = compact(base_map(dataset, published[1]).get_root().render())
    # 30 degrees past the basemap (22-66 N, 14-100 E), and 40 more to the south, under a phone's sheet.
    assert '"maxBounds":[[-48.0,-16.0,],[80.0,130.0,],]' in html
    assert f'"minZoom":{layout.MIN_ZOOM},' in html


def test_leaflet_and_the_map_code_come_from_the_app_not_a_cdn(dataset, published):
    fmap = base_map(dataset, published[1])
    html = fmap.get_root().render()
    assert "../leaflet/leaflet.js" in html
    links = [src for _, src in fmap.default_js + fmap.default_css]
    assert "cdn" not in " ".join(links)
    # The bundle first, so that it starts fetching the layers while Leaflet loads.
    assert [link.split("/")[-1].split("-")[0] for link in links if link.endswith(".js")] == [
        "corridor",
        "leaflet.js",
    ]
    assert "jquery" not in html.lower()


def test_the_bundle_carries_the_code_and_the_config_and_prefetches(published):
    shelf, result = published
    (url,) = result.scripts
    code = shelf.files[url]
    for name in SCRIPTS:
        assert mapdata.bundled(mapdata.script(name)) in code
    assert f'corridorConfigs["{result.config_id}"] = ' in code
    assert code.rstrip().endswith(f'corridorPrefetch("{result.config_id}");')
    assert "</" not in code.split("corridorConfigs[", 1)[1], "the config could end a <script> element"


def test_the_bundle_leaves_out_only_indentation_no_string_spans_lines():
    # The bundle drops each line's leading blanks: safe while no string or template literal spans lines.
    for name in SCRIPTS:
        code = mapdata.script(name)
        assert "`" not in code, f"{name}.js has a template literal: its lines would lose their indentation"
        assert not re.search(r"\\\n", code), f"{name}.js continues a string on the next line"
        assert mapdata.bundled(code).split() == code.split()
    assert (
        mapdata.bundled("    a = 1;\n\tif (b) {\n        c('  d');\n    }\n")
        == "a = 1;\nif (b) {\nc('  d');\n}\n"
    )


def test_the_base_map_carries_no_data(dataset, published):
    _, result = published
    html = base_map(dataset, result).get_root().render()
    assert re.search(r"corridorMap\(map_\w+, " + re.escape(json.dumps(result.config_id)) + r", \{", html)
    for word in ("Kazakhstan", "Aktau", "coordinates"):
        assert word not in html


def test_the_basemap_is_published_as_ids_and_geometry(dataset, published):
    shelf, _ = published
    basemap = config_of(published)["basemap"]
    document = shelf.json(basemap["borders"])
    assert len(document["features"]) == len(dataset.layers["borders"].features)
    assert {key for f in document["features"] for key in f["properties"]} == {"id"}
    assert basemap["paneZ"] < 200, "the offline basemap must sit under the tiles"
    assert "Natural Earth" in basemap["attribution"]
    assert "OpenStreetMap" in config_of(published)["attribution"]
    # Some positions are GeoNames data (CC BY 4.0): the base map credits it, and its licence.
    html = base_map(dataset, published[1]).get_root().render()
    options = json.loads(re.search(r"corridorMap\(map_\w+, \"\w+\", (\{.*\})\);", html).group(1))
    assert '<a href="https://www.geonames.org/">GeoNames</a>' in options["attribution"]
    assert "https://creativecommons.org/licenses/by/4.0/" in options["attribution"]


def test_tiles_keep_a_referrer_policy(dataset, published):
    html = base_map(dataset, published[1]).get_root().render()
    assert '"referrerPolicy":"strict-origin-when-cross-origin"' in compact(html)


def test_data_strings_are_escaped_before_they_are_published(geodata_copy):
    add_hostile_port(geodata_copy)
    hostile = load_dataset(geodata_copy)
    shelf = Shelf()
    mapdata.publish_map(hostile.layers, shelf)
    # Place names are the one exception: the browser sets them with textContent, never as HTML.
    text = "".join(t for url, t in shelf.files.items() if "/labels-" not in url)
    assert "port-hostile" in text
    assert "<img" not in text.replace("<svg", "")
    assert "`${alert(2)}`" not in text
    ports = json.loads(next(t for u, t in shelf.files.items() if "/layer-ports-" in u))
    names = [f["properties"]["name"]["en"] for f in ports["features"]]
    assert mapfeatures.escape_text(HOSTILE_NAME) in names


def test_escape_text_covers_html_and_js_templates():
    assert mapfeatures.escape_text(HOSTILE_NAME) == (
        "&lt;img src=x onerror=alert(1)&gt; &#96;&#36;{alert(2)}&#96; &quot;quoted&quot; &#x27;single&#x27;"
    )


def test_the_base_map_is_the_same_whatever_the_state(dataset, published):
    """streamlit-folium re-mounts the map when its script hash changes."""
    hashes = set()
    for selected in (None, "port-aktau"):
        for visible in (ALL, ["rail"]):
            fmap = base_map(dataset, published[1])
            fmap.get_root().render()
            # As st_folium does: the map's script first, then the state group.
            hashes.add(generate_js_hash(_get_map_string(fmap), "corridor-map", False))
            group = mapbuild.state_group(state(visible=visible, selected_id=selected))
            _get_feature_group_string(group, fmap, 0)
    assert len(hashes) == 1


def test_the_selected_style_is_heavier(published):
    ports = next(spec for spec in config_of(published)["layers"] if spec["id"] == "ports")
    aktau = ports["styles"]["sea_port|operating"]
    assert aktau["selected"]["radius"] > aktau["normal"]["radius"]
    rail = next(spec for spec in config_of(published)["layers"] if spec["id"] == "rail")
    for pair in rail["styles"].values():
        assert pair["selected"]["weight"] > pair["normal"]["weight"]


def test_style_functions_do_not_bind_late():
    colours = {
        styles.line_style(LAYERS_BY_ID[layer_id])("rail_line", "operating", False)["color"]
        for layer_id in ("rail", "sea")
    }
    assert len(colours) == 2


def test_every_kind_and_status_a_layer_holds_has_a_style(dataset, published):
    for spec in config_of(published)["layers"]:
        for feature in dataset.layers[spec["id"]].features:
            properties = feature["properties"]
            assert f"{properties['kind']}|{properties['status']}" in spec["styles"]


@pytest.mark.parametrize("status", STATUSES)
def test_legend_explains_every_status(status):
    assert status in legend_html("en")


def test_the_legend_holds_one_switch_per_layer_and_disables_an_empty_one():
    legend = legend_html("en", empty=["energy"])
    switches = re.findall(r'<input type="checkbox" data-layer="([a-z]+)" (checked|disabled)>', legend)
    assert sorted(layer for layer, _ in switches) == sorted(layer.id for layer in CORRIDOR_LAYERS)
    assert dict(switches)["energy"] == "disabled"
    assert [state for layer, state in switches if layer != "energy"] == ["checked"] * (
        len(CORRIDOR_LAYERS) - 1
    )


def test_bounds_of_nested_coordinates():
    feature = {"geometry": {"coordinates": [[[1.0, 2.0], [3.0, -4.0]]]}}
    assert mapfeatures.bounds_of([feature]) == [[-4.0, 1.0], [2.0, 3.0]]
    with pytest.raises(ValueError, match="no coordinates"):
        mapfeatures.bounds_of([])


def test_names_legend_and_labels_in_russian(dataset, published):
    shelf, _ = published
    aktau = next(f for f in dataset.layers["ports"].features if f["properties"]["id"] == "port-aktau")
    assert mapfeatures.layer_feature(aktau)["properties"]["name"]["ru"] == "Морской порт Актау"
    config = config_of(published)
    assert config["words"]["ru"]["status"]["operating"] == "действует"
    assert "планируется" in config["legend"]["ru"]
    assert "Железные дороги" in config["legend"]["ru"]
    labels = shelf.json(config["labels"]["urls"]["ru"])
    assert "Актау" in {row[2] for row in labels}
