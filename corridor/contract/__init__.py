"""The GeoJSON contract every layer file follows, and its validator.

A layer file is an RFC 7946 FeatureCollection in WGS84 lon/lat. Each feature
carries the core properties in :data:`CORE_PROPERTIES`. Validation never
raises on bad input: it returns one :class:`Problem` per thing that is wrong,
so a caller can keep the good features and report the rest.

- :mod:`~corridor.contract.limits`: the vocabularies, lengths, years, sizes and regions;
- :mod:`~corridor.contract.values`: single values (ids, texts, dates, numbers);
- :mod:`~corridor.contract.geometry`: a feature's geometry;
- :mod:`~corridor.contract.fields`: a feature's properties, field by field;
- :mod:`~corridor.contract.problems`: a problem, and how messages name features;
- :mod:`~corridor.contract.validate`: a feature and a whole file checked.

The names callers use are here, so ``corridor.contract.STATUSES`` needs no submodule.
"""

from __future__ import annotations

from corridor.contract.fields import (
    BASEMAP_PROPERTIES,
    CORE_PROPERTIES,
    ENUMS,
    OPTIONAL_PROPERTIES,
    PLACE_PROPERTIES,
    TRANSLATED,
    Field,
    property_problems,
)
from corridor.contract.geometry import GEOMETRY_TYPES, geometry_problems, shape_problems, without_altitude
from corridor.contract.limits import (
    BASEMAP_REGION,
    CORRIDOR_REGION,
    COUNTRIES,
    EARLIEST_YEAR,
    GAUGES_MM,
    GEOMETRY_CONFIDENCES,
    ID_PATTERN,
    KINDS,
    LATEST_YEAR,
    MAX_DESCRIPTION_LENGTH,
    MAX_FILE_BYTES,
    MAX_ID_LENGTH,
    MAX_NAME_LENGTH,
    MAX_SHOWN_PROBLEMS,
    SCALE_GOAL,
    STATUSES,
)
from corridor.contract.problems import Problem, feature_label, id_label, shown_problems, unique, usable_id
from corridor.contract.validate import validate_collection, validate_feature
from corridor.contract.values import (
    CONTROL_AND_BIDI,
    TEMPLATE_SYNTAX,
    calendar_date,
    date_problem,
    finite_number,
    id_problem,
    shown,
    text_problem,
)

__all__ = [
    "BASEMAP_PROPERTIES",
    "BASEMAP_REGION",
    "CONTROL_AND_BIDI",
    "CORE_PROPERTIES",
    "CORRIDOR_REGION",
    "COUNTRIES",
    "EARLIEST_YEAR",
    "ENUMS",
    "GAUGES_MM",
    "GEOMETRY_CONFIDENCES",
    "GEOMETRY_TYPES",
    "ID_PATTERN",
    "KINDS",
    "LATEST_YEAR",
    "MAX_DESCRIPTION_LENGTH",
    "MAX_FILE_BYTES",
    "MAX_ID_LENGTH",
    "MAX_NAME_LENGTH",
    "MAX_SHOWN_PROBLEMS",
    "OPTIONAL_PROPERTIES",
    "PLACE_PROPERTIES",
    "SCALE_GOAL",
    "STATUSES",
    "TEMPLATE_SYNTAX",
    "TRANSLATED",
    "Field",
    "Problem",
    "calendar_date",
    "date_problem",
    "feature_label",
    "finite_number",
    "geometry_problems",
    "id_label",
    "id_problem",
    "property_problems",
    "shape_problems",
    "shown",
    "shown_problems",
    "text_problem",
    "unique",
    "usable_id",
    "validate_collection",
    "validate_feature",
    "without_altitude",
]
