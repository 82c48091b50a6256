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

from collections.abc import Callable

from branca.element import Element, Figure, MacroElement
from jinja2 import Template


def macro(element: MacroElement, name: str) -> Callable[..., str]:
    """The macro ``name`` of an element's template.

    branca keeps a MacroElement's template as ``_template``, and Jinja compiles
    a template's macros into its ``module``; neither is branca's public API
    (tests/test_private.py checks them against the installed branca).
    """
    return getattr(element._template.module, name)


def ancestor(element: Element, generations: int) -> Element:
    """The element ``generations`` up from ``element``: its parent (1), its parent's parent (2).

    branca keeps an element's parent as ``_parent`` once it is added to one. Short of one, an
    AttributeError: Jinja reads the attribute that asked as undefined, so a rerun's feature group
    still renders apart from its map (streamlit-folium adds it to the map first).
    """
    for _ in range(generations):
        parent = element._parent
        if parent is None:
            raise AttributeError(f"{element.get_name()} has no parent")
        element = parent
    return element


class _Text(Element):
    """Output that is already rendered: kept as text, never compiled again."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _ScriptOnly(MacroElement):
    """A MacroElement with only a script macro, whose output is added to the figure as text."""

    # branca's MacroElement.render returns None, though the Element.render it overrides says str.
    def render(self, **kwargs) -> None:  # type: ignore[override]
        script = macro(self, "script")
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise AttributeError(f"{self.get_name()} is not in a Figure, which holds the script")
        figure.script.add_child(_Text(script(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class CorridorMap(_ScriptOnly):
    """Start the map's browser side: the first view and the tiles at once, then the published files."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        corridorMap({{ this.map_name }}, {{ this.config_id|tojson }}, {{ this.options|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, config_id: str, options: dict):
        super().__init__()
        self._name = "CorridorMap"
        self.config_id = config_id
        self.options = options

    @property
    def map_name(self) -> str:
        """The map's variable in the page: this element is the map's child."""
        return ancestor(self, 1).get_name()


class MapState(_ScriptOnly):
    """Apply a rerun's state to the map; added to an empty feature group on the map."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        corridorState({{ this.map_name }}, {{ this.state|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, state: dict):
        super().__init__()
        self._name = "MapState"
        self.state = state

    @property
    def map_name(self) -> str:
        """The map's variable in the page: this element is in a feature group on the map."""
        return ancestor(self, 2).get_name()
