"""The two folium elements that call the map's browser-side code.

:class:`CorridorMap` is part of the base map: it hands the map to
``corridorMap()`` with the URL of the published config, once. :class:`MapState`
is what a rerun sends: the state, as a few hundred bytes of JSON, which
streamlit-folium evaluates in the live map (as a ``feature_group_to_add``).
"""

from __future__ import annotations

from branca.element import MacroElement
from jinja2 import Template


class CorridorMap(MacroElement):
    """Start the map's browser side: fetch the config, then the basemap, names and layers."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        corridorMap({{ this._parent.get_name() }}, {{ this.config_url|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, config_url: str):
        super().__init__()
        self._name = "CorridorMap"
        self.config_url = config_url


class MapState(MacroElement):
    """Apply a rerun's state to the map; added to an empty feature group on the map."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        corridorState({{ this._parent._parent.get_name() }}, {{ this.state|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, state: dict):
        super().__init__()
        self._name = "MapState"
        self.state = state
