"""The benchmark's grown data sets pass the same validation as the real data, at every size it measures.

Not timed: this only checks that the benchmark can run at 10× and 100× (the
scale goal), so that a new rule or a new file cannot break it unseen.
"""

from __future__ import annotations

import pytest

from bench.synthetic import grow
from corridor.contract import MAX_FILE_BYTES, SCALE_GOAL
from corridor.dataset import load_dataset
from corridor.layers import CORRIDOR_LAYERS
from tests.conftest import GEODATA


@pytest.mark.parametrize("factor", [10, SCALE_GOAL])
def test_the_grown_data_is_valid_and_whole(factor, tmp_path, dataset):
    folder = grow(GEODATA, tmp_path / "geodata", factor)
    grown = load_dataset(folder)
    assert grown.problems == ()
    for layer in CORRIDOR_LAYERS:
        assert len(grown.layers[layer.id].features) == factor * len(dataset.layers[layer.id].features)
        assert (folder / layer.filename).stat().st_size <= MAX_FILE_BYTES
    if factor == SCALE_GOAL:
        # The limit follows the goal: the goal's largest file takes a real share of it.
        assert max((folder / layer.filename).stat().st_size for layer in CORRIDOR_LAYERS) > MAX_FILE_BYTES / 4
