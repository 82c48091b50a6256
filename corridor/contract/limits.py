"""The contract's vocabularies and limits: statuses, kinds, countries, lengths, years, sizes and regions."""

from __future__ import annotations

import re

STATUSES = ("operating", "under construction", "planned")

# The kinds a feature may have when the check names no layer's own. Each
# layer's kinds are in its entry of the layer registry (corridor/layers.py),
# and a new layer may bring new ones; tests/test_registry.py checks that a
# layer holds every kind named here.
KINDS = (
    "sea_port",
    "dry_port",
    "rail_border_station",
    "rail_line",
    "sea_lane",
    "flight_route",
    "fibre_cable",
    "power_link",
    "oil_pipeline",
    "oil_tanker_route",
    "gas_pipeline",
    "country",
    "city",
)

# How a line's geometry was drawn, from the most to the least certain.
GEOMETRY_CONFIDENCES = ("surveyed track", "station chain", "schematic")

# ISO 3166-1 alpha-2 codes of the countries the corridor touches (each catalogue of words names them).
COUNTRIES = ("AM", "AZ", "BG", "CN", "GE", "HU", "KG", "RO", "KZ", "TR", "TM", "UA", "UZ")

# \Z, not $: "$" would let a line break end an id.
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")
# An id is a name, not a text: today's longest is 31 characters.
MAX_ID_LENGTH = 80
# The track gauges of the corridor's railways, in mm: the 1,520 mm of the
# former Soviet lines, and the standard 1,435 mm of China, Turkey and Europe.
GAUGES_MM = (1435, 1520)
# The years a date may name. The oldest line opened in 1872 (Poti - Tbilisi);
# the latest plan is due by 2032 (the Black Sea power cable). A year outside
# (0000, 9999) is a slip, and would stretch the year slider to it.
EARLIEST_YEAR = 1850
LATEST_YEAR = 2050
MAX_NAME_LENGTH = 200
MAX_DESCRIPTION_LENGTH = 2000
# The app must serve data this many times today's (the benchmark's largest size).
SCALE_GOAL = 100
# No data file may be larger. Today's largest layer, the rail lines, is about
# 80 KB; grown to the scale goal with long, detailed lines (``bench/synthetic.py``)
# it is about 23 MB. The limit leaves twice that, and refuses a file far beyond it.
MAX_FILE_BYTES = 48 * 1024 * 1024
# How many problems a report lists before it counts the rest.
MAX_SHOWN_PROBLEMS = 50

# Where the map's data may lie, as (west, south, east, north) in degrees: the
# basemap reaches from central Europe to western China; the corridor's own
# features lie between the Black Sea's west coast and the Chinese border.
BASEMAP_REGION = (10.0, 15.0, 110.0, 70.0)
CORRIDOR_REGION = (20.0, 30.0, 100.0, 56.0)
