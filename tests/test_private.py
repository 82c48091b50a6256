"""The private parts of Streamlit, branca and Leaflet the page relies on, checked against the installed ones.

Each is used in one place (``corridor/ui/private.py``, ``corridor/leaflet/elements.py``,
``zoomAnimating`` in ``corridor/leaflet/view.js``); an upgrade that changes one fails here
instead of quietly changing the page.
"""

from __future__ import annotations

import dataclasses

import folium
from branca.element import MacroElement
from jinja2 import Template
from streamlit.runtime.scriptrunner import RerunData, ScriptRunContext
from streamlit.testing.v1 import AppTest

from corridor import mapbuild
from corridor.assets import LEAFLET_JS, leaflet_dir
from corridor.leaflet import elements
from corridor.paths import PROJECT_DIR
from corridor.ui import private


def test_streamlit_marks_a_run_from_back_and_forward_in_its_run_context():
    for kind in (ScriptRunContext, RerunData):
        fields = {field.name: field for field in dataclasses.fields(kind)}
        assert private.HISTORY_ATTRIBUTE in fields, f"{kind.__name__} no longer has the history mark"
        assert fields[private.HISTORY_ATTRIBUTE].default is False


def _history_script() -> None:
    import streamlit as st
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    from corridor.ui import private

    ctx = get_script_run_ctx()
    st.session_state["has_mark"] = hasattr(ctx, private.HISTORY_ATTRIBUTE)
    st.session_state["plain_run"] = private.is_history_navigation()
    setattr(ctx, private.HISTORY_ATTRIBUTE, True)
    st.session_state["marked_run"] = private.is_history_navigation()
    setattr(ctx, private.HISTORY_ATTRIBUTE, False)


def test_the_adapter_reads_the_mark_on_a_real_run_context():
    at = AppTest.from_function(_history_script).run()
    assert not at.exception
    assert at.session_state["has_mark"]
    assert at.session_state["plain_run"] is False
    assert at.session_state["marked_run"] is True


def test_branca_keeps_an_elements_template_and_jinja_its_macros():
    element = MacroElement()
    element._template = Template("{% macro script(this, kwargs) %}made by {{ this.what }}{% endmacro %}")
    element.what = "a macro"
    assert elements.macro(element, "script")(element, {}) == "made by a macro"


def test_an_element_knows_the_map_it_is_added_to_through_branca():
    fmap = folium.Map()
    group = mapbuild.state_group({"layers": []})
    group.add_to(fmap)
    (state,) = group._children.values()
    assert elements.ancestor(state, 2) is fmap
    assert elements.ancestor(group, 1) is fmap
    fmap.render()
    assert f"corridorState({fmap.get_name()}, " in fmap.get_root().script.render()


def test_the_served_leaflet_keeps_its_zoom_animation_flag():
    """``zoomAnimating`` in corridor/leaflet/view.js reads Leaflet's private flag, set by the Leaflet the app serves."""
    served = (leaflet_dir() / LEAFLET_JS).read_text(encoding="utf-8")
    assert "_animatingZoom=!0" in served, "Leaflet no longer marks a zoom animation as view.js reads it"
    view_js = (PROJECT_DIR / "corridor" / "leaflet" / "view.js").read_text(encoding="utf-8")
    assert view_js.count("map._animatingZoom") == 1, "view.js reads the flag in zoomAnimating() only"
