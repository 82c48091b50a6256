#!/usr/bin/env bash
# Set up the app's runtime dependencies and start it on http://localhost:8501.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh

ensure_venv requirements.txt
exec "$VENV/bin/streamlit" run streamlit_app.py "$@"
