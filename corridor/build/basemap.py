"""An offline basemap: Natural Earth country borders clipped to the region.

Borders follow the ones the United Nations recognise. Natural Earth draws
Crimea as part of Russia (the line of control): UN General Assembly
resolution 68/262 (2014) affirms Ukraine's territorial integrity, so the
builder gives the peninsula back to Ukraine. Natural Earth already draws
Nagorno-Karabakh inside Azerbaijan.
"""

from __future__ import annotations

from pathlib import Path

from corridor.build.names import PLACE_NAMES

# lon/lat box wide enough to fill the map at the lowest zoom it allows.
REGION = (14.0, 22.0, 100.0, 66.0)
SIMPLIFY_DEGREES = 0.03
ATLAS_FILE = "countries-50m.json"
# The finer borders cover the corridor itself, from the Black Sea to the Chinese border.
DETAIL_REGION = (26.0, 35.0, 90.0, 56.0)
DETAIL_SIMPLIFY_DEGREES = 0.003
DETAIL_ATLAS_FILE = "countries-10m.json"


# The Crimean peninsula, which Natural Earth gives to Russia: every part of
# Russia's outline that lies wholly inside this box goes to Ukraine.
CRIMEA_BOX = (32.2, 44.2, 36.8, 46.4)


def countries_frame(world_atlas_dir: Path, atlas_file: str = ATLAS_FILE, region=REGION):
    """Natural Earth countries touching the region, with valid geometry and Crimea in Ukraine."""
    import geopandas
    import shapely
    from shapely.geometry import box

    frame = geopandas.read_file(world_atlas_dir / atlas_file, layer="countries")
    frame = frame.set_crs(4326, allow_override=True)
    frame = _crimea_in_ukraine(frame)
    frame["geometry"] = shapely.make_valid(frame.geometry.values)
    frame = frame[frame.intersects(box(*region))]
    return frame


def _crimea_in_ukraine(frame):
    """Move the parts of Russia's outline that make up Crimea into Ukraine's."""
    import shapely
    from shapely.geometry import MultiPolygon, box

    crimea_box = box(*CRIMEA_BOX)
    russia = frame.index[frame["name"] == "Russia"]
    ukraine = frame.index[frame["name"] == "Ukraine"]
    if len(russia) != 1 or len(ukraine) != 1:
        raise LookupError("the atlas must hold exactly one Russia and one Ukraine")
    parts = shapely.get_parts(frame.at[russia[0], "geometry"])
    crimea = [part for part in parts if crimea_box.contains(part)]
    if not crimea:
        raise LookupError("no part of Russia's outline lies in the Crimea box")
    # Natural Earth's Russia is not valid as GEOS sees it, so its other parts are kept as they are.
    frame.at[russia[0], "geometry"] = MultiPolygon([p for p in parts if not crimea_box.contains(p)])
    frame.at[ukraine[0], "geometry"] = shapely.union_all([frame.at[ukraine[0], "geometry"], *crimea])
    return frame


def land_polygons(world_atlas_dir: Path, detailed: bool = False):
    """All land in the region as one geometry, unsimplified, for on-water checks.

    ``detailed`` takes the 1:10m coast of the corridor instead of the 1:50m one.
    """
    import shapely

    if detailed:
        frame = countries_frame(world_atlas_dir, DETAIL_ATLAS_FILE, DETAIL_REGION).clip(DETAIL_REGION)
    else:
        frame = countries_frame(world_atlas_dir).clip(REGION)
    return shapely.union_all(frame.geometry.values)


def build_borders(world_atlas_dir: Path) -> list[dict]:
    """The whole region at 1:50m, simplified for the zoomed-out view."""
    return _border_features(countries_frame(world_atlas_dir).clip(REGION), SIMPLIFY_DEGREES, 3)


def build_borders_detail(world_atlas_dir: Path) -> list[dict]:
    """The corridor at 1:10m, for zoomed-in views: coasts stay coasts, not straight lines."""
    frame = countries_frame(world_atlas_dir, DETAIL_ATLAS_FILE, DETAIL_REGION).clip(DETAIL_REGION)
    return _border_features(frame, DETAIL_SIMPLIFY_DEGREES, 4)


def _polygonal(geometry):
    """The polygons of a geometry: clipping can leave stray lines and points beside them."""
    import shapely
    from shapely.geometry import MultiPolygon, Polygon

    if isinstance(geometry, (Polygon, MultiPolygon)):
        return geometry
    parts = [p for p in shapely.get_parts(geometry) if isinstance(p, Polygon)]
    return MultiPolygon(parts) if parts else Polygon()


def _border_features(frame, tolerance: float, digits: int) -> list[dict]:
    import shapely
    from shapely.geometry import mapping

    from corridor.geojson_io import round_geometry

    frame["geometry"] = [
        _polygonal(g)
        for g in shapely.set_precision(
            frame.geometry.simplify(tolerance, preserve_topology=True).values, 10.0**-digits
        )
    ]
    frame = frame[~frame.geometry.is_empty].sort_values("name")
    features = []
    for name, geometry, code in zip(frame["name"], frame.geometry, frame["id"], strict=True):
        slug = code if isinstance(code, str) and code.isdigit() else name.lower().replace(" ", "")
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "id": f"country-{slug}".replace(".", ""),
                    **PLACE_NAMES.country(name),
                    "kind": "country",
                    "sources": ["natural-earth"],
                },
                "geometry": round_geometry(mapping(geometry), digits),
            }
        )
    return features
