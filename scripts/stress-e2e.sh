#!/usr/bin/env bash
# The browser suite under load: run it N times in a row (default 5) with two
# busy-loop processes beside it, stopping at the first failure. Run
# scripts/test.sh once first: it sets up everything this needs.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/venv.sh

RUNS=${1:-5}
busy=()
stop_busy() { kill "${busy[@]}" 2>/dev/null || true; }
trap stop_busy EXIT
for _ in 1 2; do
    "$VENV/bin/python" -c "while True: pass" &
    busy+=("$!")
done

for run in $(seq 1 "$RUNS"); do
    echo "== browser suite, run $run of $RUNS, with two busy loops =="
    "$VENV/bin/python" -m pytest -q -p no:cacheprovider tests/e2e
done
echo "== $RUNS runs in a row passed =="
