"""The bottleneck view: links and nodes coloured by their utilisation in the chosen year.

A lens is a way of colouring the map that the legend switches on and a link
names (``lens=utilisation``). The utilisation lens takes a plain mapping of
feature id to utilisation (throughput ÷ capacity, as a fraction) or None where
the data give none, and draws:

- a feature with a fraction in the colour of its bin, on a colour-blind-safe
  sequential scale (viridis, darkest where the corridor is tightest);
- a feature in the mapping without a fraction in the "no data" style (grey,
  dashed, hollow), which the legend and its tooltip say in words;
- a feature the mapping leaves out faintly, so the map still reads.

Nothing here guesses: a feature without a fraction is never given a bin.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from typing import NamedTuple

from corridor import i18n, styles
from corridor.mapfeatures import escape_text

UTILISATION = "utilisation"
LENSES = (UTILISATION,)
# The bins' lower bounds after the first: 0–50 %, 50–75 %, 75–90 %, 90 % and above
# (above 100 % stays in the last bin; the tooltip gives the figure itself).
BOUNDS = (0.5, 0.75, 0.9)
# Viridis (van der Walt and Smith, matplotlib), light to dark: sequential in
# lightness and told apart under every common colour-vision deficiency
# (tests/test_lens.py). The darkest is the tightest, the one that stands out on the light basemap.
COLOURS = ("#5ec962", "#22a884", "#2a788e", "#440154")
# On the dark basemap every line, and the legend's scale, has a light halo (corridor.css), which keeps the
# darkest bins readable; the no-data grey is drawn lighter there (styles.DARK_COLOURS).
NO_DATA_COLOUR = styles.NO_DATA
NO_DATA_DASH = "3 5"
# A line with data is drawn this wide, to carry its bin's colour.
LINE_WEIGHT = 5


def bin_of(fraction: float) -> int:
    """The bin a utilisation falls in: 0 (lowest) to ``len(COLOURS) - 1``."""
    return sum(fraction >= bound for bound in BOUNDS)


def percent(fraction: float, language: str) -> str:
    """A utilisation as the language writes a percentage, in words that agree with its bin: "78%", "78 %".

    To the whole per cent, unless that would name another bin than the one the
    figure is drawn in (89.6 % is not "90%" in the 75–90 % bin): then to a tenth,
    cut towards its own bin ("89.6%", never "90.0%").
    """
    from babel.numbers import format_percent

    locale = i18n.words(language).locale
    if bin_of(round(fraction, 2)) == bin_of(fraction):
        return format_percent(fraction, locale=locale)
    return format_percent(math.floor(fraction * 1000) / 1000, locale=locale, decimal_quantization=False)


def bin_labels(language: str) -> tuple[str, ...]:
    """Each bin's range in words, lowest first: "0–50%", "50–75%", "75–90%", "90% and above"."""
    words = i18n.words(language).legend
    bounds = [percent(bound, language) for bound in (0, *BOUNDS)]
    ranges = [words["lens_range"].format(low=low, high=high) for low, high in itertools.pairwise(bounds)]
    return (*ranges, words["lens_above"].format(value=bounds[-1]))


def lens_config() -> dict[str, object]:
    """What the map's code needs to draw the lens, published once with its config."""
    return {
        "colours": list(COLOURS),
        "lineWeight": LINE_WEIGHT,
        "noData": {"color": NO_DATA_COLOUR, "fillColor": NO_DATA_COLOUR, "dashArray": NO_DATA_DASH},
        "faint": {"opacity": 0.2, "fillOpacity": 0.15},
    }


class Utilisation(NamedTuple):
    """The lens's figures for one year: each covered feature's utilisation as a fraction, or None for no data."""

    year: int
    fractions: Mapping[str, float | None]


def lens_state(utilisation: Utilisation, language: str) -> dict[str, object]:
    """A rerun's part of the lens: its year, and each covered feature's escaped id with [bin, the figure in words] or None.

    A fraction that is not a finite number of zero or more is no data: never guessed.
    """
    features: dict[str, list[object] | None] = {}
    for feature_id, fraction in sorted(utilisation.fractions.items()):
        usable = (
            isinstance(fraction, int | float) and not isinstance(fraction, bool) and 0 <= fraction < math.inf
        )
        features[escape_text(feature_id)] = (
            [bin_of(float(fraction)), percent(float(fraction), language)]  # type: ignore[arg-type]
            if usable
            else None
        )
    return {"year": utilisation.year, "features": features}
