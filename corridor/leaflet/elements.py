"""The two folium elements that call the map's browser-side code.

:class:`CorridorMap` is part of the base map: it hands the map to
``corridorMap()`` once, with the id of the config the published bundle
carries, the first view and the tile layer. :class:`MapState` is what a rerun
sends: the state, a few hundred bytes of JSON, which streamlit-folium
evaluates in the live map (as a ``feature_group_to_add``).

Both render their output as plain text. branca compiles each element's output
as a Jinja template again when it renders a figure; that is slow on every
rerun, and would run template syntax that came from data.
"""

from __future__ import annotations

from branca.element import Element, MacroElement
from jinja2 import Template


class _Text(Element):
    """Output that is already rendered: kept as text, never compiled again."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _ScriptOnly(MacroElement):
    """A MacroElement with only a script macro, whose output is added to the figure as text."""

    def render(self, **kwargs) -> None:
        script = self._template.module.__dict__["script"]
        self.get_root().script.add_child(_Text(script(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class CorridorMap(_ScriptOnly):
    """Start the map's browser side: the first view and the tiles at once, then the published files."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        corridorMap({{ this._parent.get_name() }}, {{ this.config_id|tojson }}, {{ this.options|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, config_id: str, options: dict):
        super().__init__()
        self._name = "CorridorMap"
        self.config_id = config_id
        self.options = options


class MapState(_ScriptOnly):
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
