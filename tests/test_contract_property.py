"""The contract and the validator on random GeoJSON: they never raise, and they name every spoilt file.

Random documents take every geometry type (and some that are none), nested and
empty coordinates, huge numbers, NaN and infinity, altitudes, and any text.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from corridor.__main__ import problems_in
from corridor.contract import CORRIDOR_REGION, Problem, validate_collection
from corridor.dataset import Dataset
from corridor.layers import CORRIDOR_LAYERS, LAYERS_BY_ID

EXAMPLES = 1000
GEOMETRY_TYPES = (
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
    "Feature",
    "linestring",
    "",
)
numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(40, 60),
    st.integers(-(10**30), 10**30),
    st.sampled_from([0, -0.0, 1e308, -1e308, 5e-324]),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, st.text(max_size=20))
# Coordinates nested up to four deep: positions of two or three numbers, and anything else.
positions = st.lists(st.one_of(numbers, st.floats(35, 55)), min_size=0, max_size=4)
coordinates = st.recursive(
    st.one_of(positions, scalars), lambda inner: st.lists(inner, max_size=5), max_leaves=40
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def geometries(draw: Callable) -> object:
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)
    geometry = {"type": draw(st.sampled_from(GEOMETRY_TYPES)), "coordinates": draw(coordinates)}
    if geometry["type"] == "GeometryCollection" and draw(st.booleans()):
        geometry["geometries"] = draw(st.lists(geometries(), max_size=2))
    return geometry


LAYER_IDS = tuple(layer.id for layer in CORRIDOR_LAYERS)


class Real:
    """The real dataset and one feature of each corridor layer to spoil; short in a failure's report."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.sources = tuple(dataset.sources)
        self.features = {layer_id: dataset.layers[layer_id].features[0] for layer_id in LAYER_IDS}

    def __repr__(self) -> str:
        return "<the real data>"


@pytest.fixture(scope="module")
def real(dataset) -> Real:
    return Real(dataset)


def _collection(features: list[object]) -> dict:
    return {"type": "FeatureCollection", "features": features}


def _validate(
    layer_id: str, document: object, source_ids: tuple[str, ...]
) -> tuple[list[dict], list[Problem]]:
    layer = LAYERS_BY_ID[layer_id]
    return validate_collection(
        document,
        file=layer.filename,
        geometry_kind=layer.geometry,
        fields=layer.fields,
        source_ids=source_ids,
        region=CORRIDOR_REGION,
    )


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    layer_id=st.sampled_from(LAYER_IDS),
    geometry=geometries(),
    properties=st.one_of(st.none(), st.dictionaries(st.text(max_size=12), json_values, max_size=6)),
    document=st.one_of(st.none(), json_values),
)
@example(
    layer_id="sea",
    geometry={"type": "MultiLineString", "coordinates": [[[50.0, 43.0], [51.0, 42.0]], [[51.0, 42.0]]]},
    properties=None,
    document=None,
)
@example(
    layer_id="rail",
    geometry={"type": "LineString", "coordinates": [[50, 43, 0], [51, 42, math.nan]]},
    properties=None,
    document=None,
)
def test_the_contract_never_raises_and_keeps_only_what_it_can_draw(
    real, layer_id, geometry, properties, document
):
    feature = copy.deepcopy(real.features[layer_id])
    feature["geometry"] = geometry
    if properties is not None:
        feature["properties"] = {**feature["properties"], **properties}
    for candidate in (_collection([feature]), document):
        kept, problems = _validate(layer_id, candidate, real.sources)
        assert all(problem.file == LAYERS_BY_ID[layer_id].filename for problem in problems)
        for valid in kept:
            coordinates_kept = valid["geometry"]["coordinates"]
            if LAYERS_BY_ID[layer_id].geometry == "line":
                assert valid["geometry"]["type"] == "LineString"
                assert all(len(position) == 2 for position in coordinates_kept)
                assert all(math.isfinite(n) for position in coordinates_kept for n in position)
            again, _ = _validate(layer_id, _collection([valid]), real.sources)
            assert again == [valid], "what is kept passes again, unchanged"


# Each makes a real feature wrong for certain.
SPOILERS = {
    "geometry": lambda feature, value: feature.update(
        geometry=value if not isinstance(value, dict) else None
    ),
    "coordinates nan": lambda feature, value: feature["geometry"].update(
        coordinates=[[math.nan, 43.0], [51.0, 42.0]]
    ),
    "coordinates empty": lambda feature, value: feature["geometry"].update(coordinates=[]),
    "coordinates nested": lambda feature, value: feature["geometry"].update(
        coordinates=[feature["geometry"]["coordinates"]]
    ),
    "coordinates huge": lambda feature, value: feature["geometry"].update(
        coordinates=[[1e308, 43.0], [51.0, -1e308]]
    ),
    "geometry type": lambda feature, value: feature["geometry"].update(type="GeometryCollection"),
    "id": lambda feature, value: feature["properties"].update(id=f"Not An Id {value!s}"),
    "name": lambda feature, value: feature["properties"].update(
        name_en=value if not isinstance(value, str) else ""
    ),
    "status": lambda feature, value: feature["properties"].update(status=f"{value!s}-ish"),
    "sources": lambda feature, value: feature["properties"].update(
        sources=[f"no-such-source-{len(str(value))}"]
    ),
    "countries": lambda feature, value: feature["properties"].update(
        countries=value if not isinstance(value, list) else [value]
    ),
    "properties": lambda feature, value: feature.update(
        properties=value if not isinstance(value, dict) else []
    ),
    "feature": lambda feature, value: feature.clear(),
    "part of one position": lambda feature, value: feature.update(
        geometry={"type": "MultiLineString", "coordinates": [[[50.0, 43.0], [51.0, 42.0]], [[51.0, 42.0]]]}
    ),
    "empty part": lambda feature, value: feature.update(
        geometry={"type": "MultiLineString", "coordinates": [[[50.0, 43.0], [51.0, 42.0]], []]}
    ),
}


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(layer_id=st.sampled_from(LAYER_IDS), spoil=st.sampled_from(sorted(SPOILERS)), value=json_values)
def test_the_validator_names_every_spoilt_file_without_raising(
    real, tmp_path_factory, layer_id, spoil, value
):
    """What ``python -m corridor validate FILE`` reports: a problem (exit 1) naming the file, never a traceback."""
    feature = copy.deepcopy(real.features[layer_id])
    if spoil.startswith("coordinates") and LAYERS_BY_ID[layer_id].geometry == "point":
        feature["geometry"] = {"type": "LineString", "coordinates": []}
    SPOILERS[spoil](feature, value)
    path: Path = tmp_path_factory.mktemp("spoilt") / LAYERS_BY_ID[layer_id].filename
    path.write_text(json.dumps(_collection([feature]), ensure_ascii=True, allow_nan=True), encoding="utf-8")
    problems = problems_in(path, lambda folder: real.dataset)
    assert problems, f"{spoil} of {value!r} was not found"
    assert {problem.file for problem in problems} == {path.name}
