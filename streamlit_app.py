"""Entry point for ``streamlit run`` and Streamlit Community Cloud."""

import streamlit as st

from corridor.ui.app import main
from corridor.ui.guard import part

st.set_page_config(
    page_title="Middle Corridor map",
    page_icon="🗺️",
    layout="wide",
    initial_sidebar_state="collapsed",
)
with part("page"):
    main()
