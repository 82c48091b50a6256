"""The layer registry, one entry per layer, and the loader that validates layer files."""

from __future__ import annotations

import json
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corridor.contract import (
    BASEMAP_PROPERTIES,
    BASEMAP_REGION,
    CORE_PROPERTIES,
    CORRIDOR_REGION,
    KINDS,
    MAX_FILE_BYTES,
    OPTIONAL_PROPERTIES,
    PLACE_PROPERTIES,
    Field,
    Problem,
    validate_collection,
)
from corridor.styles import (
    BLACK,
    BLUE,
    BLUISH_GREEN,
    OIL_AND_GAS,
    ORANGE,
    REDDISH_PURPLE,
    SKY_BLUE,
    VERMILION,
    Look,
)

BUILD = "corridor.build.make"
# The parts of the route explorer's network a layer can give: the places a
# route starts and ends at (ports and gateways), and the links between them.
NETWORK_PARTS = ("places", "rail", "sea")


@dataclass(frozen=True)
class Layer:
    """One map layer: its file, its features' kinds, how it is drawn, and how it is made.

    Everything that reads layers (the loader, the legend, the map, the table,
    the route network, the build) reads them here, so adding a layer is its
    entry, its file (and the builder that makes it) and its words.
    """

    # Its title is the words' [layers] <id>, in every language's catalogue.
    id: str
    filename: str
    geometry: str  # "point", "line" or "area"
    basemap: bool = False
    # The kinds of feature the layer holds: a rail line in the ports' file is refused.
    kinds: tuple[str, ...] = KINDS
    # The layer's colour and line weight, and where a kind is drawn otherwise (a point's shape, say).
    look: Look = field(default_factory=Look)
    kind_looks: Mapping[str, Look] = field(default_factory=dict, hash=False)
    # Rows of the legend under the layer's switch: (kind, the legend's word for it), drawn as that kind.
    legend: tuple[tuple[str, str], ...] = ()
    # The function that makes the layer's features, as "module:function"; None for a file kept by hand.
    builder: str | None = None
    # What the layer gives the route network, one of NETWORK_PARTS; None for nothing.
    network: str | None = None
    # Whether the map's opening view frames the layer's features (all but the onward links).
    frames_view: bool = False

    @property
    def fields(self) -> tuple[Field, ...]:
        if self.basemap:
            return PLACE_PROPERTIES if self.geometry == "point" else BASEMAP_PROPERTIES
        return CORE_PROPERTIES + OPTIONAL_PROPERTIES

    @property
    def region(self) -> tuple[float, float, float, float]:
        """Where the layer's positions may lie: the corridor's features sit in a smaller box than the basemap."""
        return BASEMAP_REGION if self.basemap else CORRIDOR_REGION


BORDERS = Layer(
    "borders",
    "borders.geojson",
    "area",
    basemap=True,
    kinds=("country",),
    builder=f"{BUILD}:borders_layer",
)
BORDERS_DETAIL = Layer(
    "borders_detail",
    "borders-detail.geojson",
    "area",
    basemap=True,
    kinds=("country",),
    builder=f"{BUILD}:borders_detail_layer",
)
PLACES = Layer(
    "places",
    "places.geojson",
    "point",
    basemap=True,
    kinds=("country", "city"),
    builder=f"{BUILD}:places_layer",
)
BASEMAP_LAYERS = (BORDERS, BORDERS_DETAIL, PLACES)
# The borders at two scales: one map, so the two files share their countries' ids.
BORDER_SCALES = (BORDERS, BORDERS_DETAIL)

# A sea port is a circle, a land gateway a diamond: shape tells them apart as well as colour.
GATEWAY = Look(ORANGE, shape="diamond")
OIL_AND_GAS_LINE = Look(OIL_AND_GAS)

# Drawing order: later layers sit on top and catch clicks first, so points go last.
CORRIDOR_LAYERS = (
    Layer(
        "flights",
        "flights.geojson",
        "line",
        kinds=("flight_route",),
        look=Look(REDDISH_PURPLE, 2.5),
        builder=f"{BUILD}:flights_layer",
    ),
    Layer(
        "energy",
        "energy.geojson",
        "line",
        kinds=("power_link", "oil_pipeline", "oil_tanker_route", "gas_pipeline"),
        look=Look(BLUISH_GREEN, 3.0),
        # A tanker route is a course at sea, not a built line: drawn thinner.
        kind_looks={
            "oil_pipeline": OIL_AND_GAS_LINE,
            "oil_tanker_route": Look(OIL_AND_GAS, 2.0),
            "gas_pipeline": OIL_AND_GAS_LINE,
        },
        legend=(("power_link", "power"), ("oil_pipeline", "oil_gas")),
        builder=f"{BUILD}:energy_layer",
    ),
    Layer(
        "sea",
        "sea.geojson",
        "line",
        kinds=("sea_lane",),
        look=Look(BLUE, 3.5),
        builder=f"{BUILD}:sea_layer",
        network="sea",
    ),
    # Above the sea lanes it runs beside, so that it stays in sight where they meet.
    Layer(
        "fibre",
        "fibre.geojson",
        "line",
        kinds=("fibre_cable",),
        look=Look(BLACK, 3.0),
        builder=f"{BUILD}:fibre_layer",
    ),
    Layer(
        "rail",
        "rail.geojson",
        "line",
        kinds=("rail_line",),
        look=Look(VERMILION, 3.5),
        builder=f"{BUILD}:rail_layer",
        network="rail",
        frames_view=True,
    ),
    Layer(
        "ports",
        "ports.geojson",
        "point",
        kinds=("sea_port", "dry_port", "rail_border_station"),
        kind_looks={
            "sea_port": Look(SKY_BLUE, shape="circle"),
            "dry_port": GATEWAY,
            "rail_border_station": GATEWAY,
        },
        legend=(("sea_port", "sea_port"), ("dry_port", "gateway")),
        builder=f"{BUILD}:ports_layer",
        network="places",
    ),
)

ALL_LAYERS = (*BASEMAP_LAYERS, *CORRIDOR_LAYERS)
LAYERS_BY_ID = {layer.id: layer for layer in ALL_LAYERS}


def registered_kinds() -> tuple[str, ...]:
    """Every kind of feature a registered layer holds, in the registry's order."""
    return tuple(dict.fromkeys(kind for layer in ALL_LAYERS for kind in layer.kinds))


def layer_for_path(path: Path) -> Layer:
    """The registered layer a file belongs to, by its file name.

    A file with another name is checked as a corridor layer of lines, of any
    registered kind; its geometry is still checked, so a point file named
    otherwise reports that.
    """
    for layer in ALL_LAYERS:
        if layer.filename == path.name:
            return layer
    geometry = "point" if "port" in path.stem else "line"
    return Layer(path.stem, path.name, geometry, kinds=registered_kinds())


@dataclass(frozen=True)
class LayerData:
    """A loaded layer: the features that passed validation, and the problems."""

    layer: Layer
    features: tuple[dict[str, Any], ...]
    problems: tuple[Problem, ...] = field(default=())


def read_json(path: Path, label: str) -> tuple[object | None, list[Problem]]:
    """Parse a JSON file, turning every failure into a :class:`Problem`.

    A file over :data:`MAX_FILE_BYTES` is not read. A UTF-8 byte order mark is
    allowed (RFC 8259 lets a reader ignore it); any other encoding is not.
    """
    limit = MAX_FILE_BYTES / 1024 / 1024
    try:
        # A device or a pipe may never end, or never start: only a regular file is read.
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, [Problem(label, "-", "file", "is not a regular file (a device, a pipe or a folder)")]
        size = info.st_size
        if size > MAX_FILE_BYTES:
            return None, [
                Problem(label, "-", "file", f"is {size / 1024 / 1024:.1f} MB, over the {limit:g} MB limit")
            ]
        with path.open("rb") as handle:
            # Read no more than the limit whatever the size said: a file may grow while it is read.
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            return None, [Problem(label, "-", "file", f"is over the {limit:g} MB limit")]
        text = data.decode("utf-8-sig")
    except FileNotFoundError:
        return None, [Problem(label, "-", "file", "not found")]
    except UnicodeDecodeError as error:
        return None, [Problem(label, "-", "file", f"is not UTF-8 (byte {error.start}: {error.reason})")]
    except OSError as error:
        return None, [Problem(label, "-", "file", f"cannot be read: {error.strerror or error}")]
    try:
        return json.loads(text), []
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        return None, [Problem(label, "-", "file", f"is not valid JSON ({where}: {error.msg})")]
    except RecursionError:
        return None, [Problem(label, "-", "file", "nests too deep to read")]
    except ValueError as error:
        # Python refuses integers of more than 4,300 digits, for one.
        return None, [Problem(label, "-", "file", f"is not valid JSON ({error})")]


def load_layer(layer: Layer, path: Path, source_ids: tuple[str, ...]) -> LayerData:
    """Read and validate one layer file. Never raises for bad content."""
    document, problems = read_json(path, path.name)
    if document is None:
        return LayerData(layer, (), tuple(problems))
    features, problems = validate_collection(
        document,
        file=path.name,
        geometry_kind=layer.geometry,
        fields=layer.fields,
        source_ids=source_ids,
        region=layer.region,
        kinds=layer.kinds,
    )
    return LayerData(layer, tuple(features), tuple(problems))
