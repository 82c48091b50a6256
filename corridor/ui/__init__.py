"""The Streamlit interface: the only part of the package that imports streamlit."""
