# Sourced by the other scripts: make .venv if needed and install a requirements file into it.
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

ensure_venv() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$1"
}
