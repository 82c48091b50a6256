"""The Middle Corridor map: data contract, layers, figures and map building.

Everything in this package is plain Python. Only :mod:`corridor.ui` imports
Streamlit.
"""
