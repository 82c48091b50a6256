#!/usr/bin/env bash
# Set up everything the tests need, then run them all: lint, types, unit, AppTest and
# real-browser tests. Safe to run again: it reuses what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/venv.sh

ensure_venv requirements-dev.txt

# The browser tests drive a real Chromium. Debian's package is used where it can
# be installed (playwright's own download needs the internet).
if ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
fi

# npm packages pinned in package-lock.json: the layer builders (and the test
# that rebuilds the layers) read Natural Earth's borders from world-atlas, the
# browser tests run axe-core's accessibility checks from its own file, and
# ESLint checks the map's browser code.
if [ ! -f node_modules/world-atlas/countries-10m.json ] || [ ! -f node_modules/axe-core/axe.min.js ] ||
    [ ! -x node_modules/.bin/eslint ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi

npx --no-install eslint corridor/leaflet

"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/mypy"
"$VENV/bin/python" -m pytest "$@"
