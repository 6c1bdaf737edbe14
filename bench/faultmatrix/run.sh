#!/usr/bin/env bash
# Runs the whole fault matrix (issue 15) against fotadesk-sim and prints one
# row per case (family, method, point, end state, reason, fotadesk-cli runs,
# seconds, PASS/FAIL/skip with the evidence) and a summary line with the
# figures. Builds nothing: build bench_faultmatrix, fotadesk-cli and
# fotadesk-sim first.
#
#   bench/faultmatrix/run.sh [BUILD_DIR] [bench_faultmatrix options]
#
#   BUILD_DIR   the configured build (default $FOTADESK_BUILD_DIR, else build)
#   --case TEXT only the cases whose name contains TEXT (repeatable); the row's
#               "<family>/<method> <point>" reproduces one case
#   --parallel N cases at once (default 3)
#   --list      the case names only
#   --keep      keep every case's folder (a failed case's is always kept)
#   --time-scale X / --watchdog S   the simulator's time scale, one run's limit
#
# Exit status 0 when no case failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${FOTADESK_BUILD_DIR:-build}
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    build=$1
    shift
fi
build=$(cd "$build" && pwd)
bench="$build/bench/faultmatrix/bench_faultmatrix"
for program in "$bench" "$build/app/fotadesk-cli/fotadesk-cli" "$build/app/fotadesk-sim/fotadesk-sim"; do
    if [ ! -x "$program" ]; then
        echo "$program is not built; build bench_faultmatrix fotadesk-cli fotadesk-sim in $build" >&2
        exit 2
    fi
done
mkdir -p "$build/test-tmp"
export QT_QPA_PLATFORM=offscreen
exec "$bench" --bin "$build/app" --work "$build/test-tmp/faultmatrix" "$@"
