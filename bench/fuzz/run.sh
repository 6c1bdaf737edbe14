#!/usr/bin/env bash
# Runs every libFuzzer target (tests/fuzz) for long and prints, per target, the
# executions, the coverage libFuzzer reached (cov: edges, ft: features), the
# corpus size and the crashes. Builds the fuzz build first (clang-14, ASan +
# UBSan, as .ci/run does) unless it is there.
#
#   bench/fuzz/run.sh [--runs N] [--time S] [--build DIR] [--no-build] [target...]
#
#   --runs N    executions per target (default 10000000)
#   --time S    stop each target after S seconds at the latest, for a quick look
#   --build DIR the fuzz build directory (default build-asan, the one CI uses)
#   target      atlinereader, finalcode, ... (default: every fuzz_* in DIR/tests/fuzz)
#
# The corpus each target grows is kept in DIR/fuzz-bench/<target>/corpus and
# reused by the next run; crash inputs are written beside it (crash-<sha1>).
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$PWD

runs=10000000
time_budget=0
build=build-asan
do_build=1
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --time) time_budget=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --no-build) do_build=0; shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done

# The machine may be shared: builds take the same lock as everyone else's.
locked() { if command -v flock >/dev/null; then flock /tmp/fotadesk-build.lock "$@"; else "$@"; fi; }

if [ "$do_build" = 1 ]; then
    if ! grep -q '^FOTADESK_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
        CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
            -DFOTADESK_SANITIZE=ON -DFOTADESK_FUZZ=ON -DFOTADESK_BUILD_GUI=OFF -DFOTADESK_BUILD_BENCH=OFF
    fi
    if [ ${#targets[@]} -eq 0 ]; then
        mapfile -t build_targets < <(sed -n 's/^fotadesk_add_fuzzer(\([a-z0-9_]*\) .*/fuzz_\1/p' tests/fuzz/CMakeLists.txt)
    else
        build_targets=("${targets[@]/#/fuzz_}")
    fi
    locked cmake --build "$build" --target "${build_targets[@]}"
fi

if [ ${#targets[@]} -eq 0 ]; then
    for exe in "$build"/tests/fuzz/fuzz_*; do
        [ -f "$exe" ] && [ -x "$exe" ] && targets+=("$(basename "$exe" | sed 's/^fuzz_//')")
    done
fi
[ ${#targets[@]} -gt 0 ] || { echo "no fuzz targets in $build/tests/fuzz" >&2; exit 1; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$src/.ci/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

limit=(-runs="$runs")
[ "$time_budget" != 0 ] && limit+=(-max_total_time="$time_budget")

printf '%-18s %12s %9s %7s %7s %7s %8s %7s  %s\n' target runs exec/s cov ft corpus seconds crashes artifact
failed=0
for t in "${targets[@]}"; do
    exe=$build/tests/fuzz/fuzz_$t
    work=$build/fuzz-bench/$t
    mkdir -p "$work/corpus"
    rm -f "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*
    start=$(date +%s)
    set +e
    "$exe" "${limit[@]}" -print_final_stats=1 -artifact_prefix="$work/" \
        "$work/corpus" "tests/fuzz/corpus/$t" >"$work/log" 2>&1
    status=$?
    set -e
    seconds=$(( $(date +%s) - start ))
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
    persec=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$work/log" | tail -1 | grep -o '[0-9]*' || true)
    ft=$(grep -o 'ft: [0-9]*' "$work/log" | tail -1 | grep -o '[0-9]*' || true)
    corpus=$(find "$work/corpus" -type f | wc -l)
    artifacts=$(ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* 2>/dev/null || true)
    crashes=$(printf '%s' "$artifacts" | grep -c . || true)
    if [ "$status" != 0 ] && [ "$crashes" = 0 ]; then crashes=1; artifacts="(exit $status, see $work/log)"; fi
    [ "$crashes" != 0 ] && failed=1
    # On a crash libFuzzer stops: the figures are up to the crash.
    printf '%-18s %12s %9s %7s %7s %7s %8s %7s  %s\n' "$t" "${executed:-?}" "${persec:-?}" "${cov:-?}" \
        "${ft:-?}" "$corpus" "$seconds" "$crashes" "$(echo $artifacts)"
done
exit $failed
