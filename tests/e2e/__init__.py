"""The browser tests: a real Chromium against a real ``streamlit run``."""
