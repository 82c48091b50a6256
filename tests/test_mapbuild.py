"""The folium map, checked without a browser: layers, view, escaping and stability."""

from __future__ import annotations

import re

import folium
import pytest
from streamlit_folium import _get_feature_group_string, _get_map_string, generate_js_hash

from corridor import mapbuild
from corridor.contract import STATUSES
from corridor.dataset import load_dataset
from corridor.layers import CORRIDOR_LAYERS
from tests.conftest import HOSTILE_NAME, add_hostile_port

ALL = [layer.id for layer in CORRIDOR_LAYERS]
URLS = ("../leaflet/leaflet.js", "../leaflet/leaflet.css")
URLS_BASEMAP = mapbuild.BasemapUrls(
    "../files/borders-0123.json",
    "../files/detail-0123.json",
    "../files/labels-0123.json",
    ("../files/remote_geojson-0123.js", "../files/labels-0123.js"),
)


def compact(html: str) -> str:
    return re.sub(r"\s+", "", html)


def layers_of(dataset):
    return [dataset.layers[layer.id] for layer in CORRIDOR_LAYERS]


def base_map(dataset):
    frame = mapbuild.map_frame(layers_of(dataset), dataset.layers["borders"])
    return mapbuild.build_base_map(URLS_BASEMAP, frame, URLS)


def groups(dataset, **kwargs):
    options = {"visible": ALL, "statuses": STATUSES} | kwargs
    return mapbuild.build_layer_groups(layers_of(dataset), **options)


def features_in(group: folium.FeatureGroup) -> list[dict]:
    children = list(group._children.values())
    return children[0].data["features"] if children else []


def test_one_group_per_layer_with_every_feature(dataset):
    made = groups(dataset)
    assert [g.layer_name for g in made] == [layer.title_en for layer in CORRIDOR_LAYERS]
    counts = {layer.id: len(features_in(g)) for layer, g in zip(CORRIDOR_LAYERS, made, strict=True)}
    assert counts == {"flights": 6, "energy": 1, "fibre": 1, "sea": 4, "rail": 14, "ports": 10}


def test_hidden_layers_and_statuses_are_left_out(dataset):
    made = groups(dataset, visible=["rail", "flights"], statuses=["planned"])
    assert [g.layer_name for g in made] == ["Flight routes", "Rail links"]
    statuses = {f["properties"]["status"] for g in made for f in features_in(g)}
    assert statuses == {"planned"}
    assert len(features_in(made[0])) == 3


def test_points_are_drawn_last_so_they_catch_clicks(dataset):
    assert groups(dataset)[-1].layer_name == "Ports and gateways"


def test_the_initial_view_frames_the_corridor(dataset):
    (south, west), (north, east) = mapbuild.map_frame(layers_of(dataset), dataset.layers["borders"]).view
    assert 37 <= south <= 40
    # The rail network from the Black Sea coast (Batumi, Poti) to the Chinese border.
    assert 40 <= west <= 41.5
    assert 50 <= north <= 53
    assert 82.5 <= east <= 85
    fmap = base_map(dataset)
    html = compact(fmap.get_root().render())
    assert '"maxBounds":[[22.0,14.0,],[66.0,100.0,],]' in html
    assert f'"minZoom":{mapbuild.MIN_ZOOM},' in html


def test_leaflet_comes_from_the_app_not_a_cdn(dataset):
    fmap = base_map(dataset)
    html = fmap.get_root().render()
    assert "../leaflet/leaflet.js" in html
    assert "cdn" not in " ".join(src for _, src in fmap.default_js + fmap.default_css)
    assert "jquery" not in html.lower()


def test_the_basemap_is_fetched_not_embedded(dataset):
    html = base_map(dataset).get_root().render()
    for url in ("../files/borders-0123.json", "../files/detail-0123.json", "../files/labels-0123.json"):
        assert f'"{url}"' in html
    assert "corridorRemoteGeoJson(" in html
    assert "corridorLabels(" in html
    assert "Kazakhstan" not in html
    document = mapbuild.basemap_document(dataset.layers["borders"])
    assert len(document["features"]) == len(dataset.layers["borders"].features)
    assert {key for f in document["features"] for key in f["properties"]} == {"id"}


def test_tiles_sit_above_the_offline_basemap_with_a_referrer_policy(dataset):
    html = base_map(dataset).get_root().render()
    assert '"referrerPolicy":"strict-origin-when-cross-origin"' in compact(html)
    assert re.search(r'"basemap"\);\s*\S+\.style\.zIndex = 150', html)
    assert "Natural Earth" in html
    assert "OpenStreetMap" in html


def test_data_strings_are_escaped_before_folium(geodata_copy):
    add_hostile_port(geodata_copy)
    hostile = load_dataset(geodata_copy)
    fmap = base_map(hostile)
    made = mapbuild.build_layer_groups(layers_of(hostile), visible=ALL, statuses=STATUSES)
    script = "".join(_get_feature_group_string(g, fmap, i) for i, g in enumerate(made))
    assert "port-hostile" in script
    assert "<img" not in script
    assert "`${alert(2)}`" not in script
    assert '"quoted"' not in script
    sent = [f["properties"]["label"] for f in features_in(made[-1])]
    assert mapbuild.escape_text(HOSTILE_NAME) + " (operating)" in sent


def test_escape_text_covers_html_and_js_templates():
    assert mapbuild.escape_text(HOSTILE_NAME) == (
        "&lt;img src=x onerror=alert(1)&gt; &#96;&#36;{alert(2)}&#96; &quot;quoted&quot; &#x27;single&#x27;"
    )


def test_the_base_map_is_the_same_whatever_is_toggled_or_selected(dataset):
    """streamlit-folium re-mounts the map when its script hash changes."""
    hashes = set()
    for selected in (None, "port-aktau"):
        for visible in (ALL, ["rail"]):
            fmap = base_map(dataset)
            groups(dataset, visible=visible, selected_id=selected)
            hashes.add(generate_js_hash(_get_map_string(fmap), "corridor-map", False))
    assert len(hashes) == 1


def test_the_selected_feature_is_drawn_heavier(dataset):
    plain = groups(dataset, visible=["ports"])[0]
    chosen = groups(dataset, visible=["ports"], selected_id="port-aktau")[0]
    fmap = base_map(dataset)
    plain_js = _get_feature_group_string(plain, fmap, 0)
    chosen_js = _get_feature_group_string(chosen, fmap, 0)
    assert '"radius": 10' in chosen_js
    assert '"radius": 10' not in plain_js


def test_style_functions_do_not_bind_late(dataset):
    made = groups(dataset, visible=["rail", "sea"])
    colours = set()
    for group in made:
        geojson = next(iter(group._children.values()))
        colours.add(geojson.style_function(geojson.data["features"][0])["color"])
    assert len(colours) == 2


@pytest.mark.parametrize("status", STATUSES)
def test_legend_explains_every_status(status):
    assert status in mapbuild.legend_html("en")


def test_bounds_of_nested_coordinates():
    feature = {"geometry": {"coordinates": [[[1.0, 2.0], [3.0, -4.0]]]}}
    assert mapbuild.bounds_of([feature]) == [[-4.0, 1.0], [2.0, 3.0]]
    with pytest.raises(ValueError, match="no coordinates"):
        mapbuild.bounds_of([])


def test_names_and_legend_in_russian(dataset):
    aktau = next(f for f in dataset.layers["ports"].features if f["properties"]["id"] == "port-aktau")
    assert mapbuild.display_feature(aktau, "ru")["properties"]["label"] == "Морской порт Актау (действует)"
    legend = mapbuild.legend_html("ru")
    assert "планируется" in legend
    assert "Железные дороги" in legend
