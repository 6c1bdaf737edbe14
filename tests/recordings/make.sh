#!/bin/bash
# Records one update per family against fotadesk-sim, as a support desk would
# record a customer's module, into the .rec files tst_cli_record replays.
# Run it again when the engine's conversation changes on purpose:
#   bash tests/recordings/make.sh build
set -euo pipefail
build=$(realpath "${1:-build}")
here=$(dirname "$(realpath "$0")")
sim=$build/app/fotadesk-sim/fotadesk-sim
cli=$build/app/fotadesk-cli/fotadesk-cli
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data

# record NAME FAMILY "SIM OPTIONS" "UPDATE OPTIONS" [server-request]
record() {
    local name=$1 family=$2 simopts=$3 updateopts=$4 request=${5:-}
    local link=$work/$name
    # shellcheck disable=SC2086
    "$sim" --family "$family" --link "$link" --time-scale 0.01 --reboot-ms 300 --strict $simopts >/dev/null &
    local pid=$!
    for _ in $(seq 100); do [ -e "$link" ] && break; sleep 0.05; done
    if [ -n "$request" ]; then
        # The PFM server offers the update once the module waits for it.
        (sleep 2 && "$sim" control --link "$link" server-request auto >/dev/null) &
    fi
    # shellcheck disable=SC2086
    (cd "$work" && "$cli" record "$link" -o "$here/$name.rec" update $updateopts --store "$work/$name.db" >/dev/null)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    # The recording names the port as given; no paths of this machine.
    sed -i "s|$work/||g" "$here/$name.rec"
    echo "$name.rec: $(grep -vc '^#' "$here/$name.rec") events"
}

cd "$work"
"$sim" make-package --family sierra-hl78xx --model HL7800 --from BHL7800.1.6.3.0.20180803 --to BHL7800.1.7.0.0.20190101 --size 8192 -o hl.dwl
"$sim" make-package --family simcom-sim7020 --model SIM7020C --from 1752B05SIM7020C --to 1752B05SIM7020C-NEW --size 8192 -o update.bin
"$sim" make-package --family cinterion --model EXS82-W --from 01.000 --to 01.100 --size 8192 -o diff.usf
"$sim" make-package --family telit-pfm --model GE910-QUAD --from 10.00.005 --to 10.00.005-NEW --size 8192 -o server.bin
echo 4321 > pin

record hl78xx-xmodem sierra-hl78xx "--sim-pin 4321" "--package hl.dwl --pin-file pin"
record sim7020-cflw simcom-sim7020 "" "--package update.bin"
record cinterion-snfota cinterion "" "--package diff.usf --apn internet"
record telit-pfm-ota telit-pfm "--ota-package $work/server.bin" "--method ota --pfm-number +391234560001" request
