#!/usr/bin/env bash
# The .deb as a technician gets it: built by CPack from an existing build
# directory, installed with apt-get (which must resolve every dependency),
# tried as installed, removed, and checked that nothing of it is left.
# Needs root or sudo. Usage: packaging/test-install.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
export DEBIAN_FRONTEND=noninteractive

if [ "$(id -u)" = 0 ]; then
    as_root() { "$@"; }
else
    as_root() { sudo "$@"; }
fi

fail() { echo "test-install: FAILED: $*" >&2; exit 1; }
step() { echo "::: test-install: $*"; }

missing=()
command -v dpkg-shlibdeps >/dev/null || missing+=(dpkg-dev)
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null || missing+=(appstream)
if [ ${#missing[@]} -gt 0 ]; then
    step "installing ${missing[*]}"
    as_root apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
fi
if dpkg-query -W -f='${Status}' fotadesk 2>/dev/null | grep -q "ok installed"; then
    fail "fotadesk is installed already; remove it first (apt-get remove fotadesk)"
fi

step "cpack -G DEB in $build"
rm -f "$build"/fotadesk_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/fotadesk_*.deb)
[ -f "$deb" ] || fail "cpack made no .deb"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' | grep -v '/$' > "$work/files"

step "what the package holds and needs"
for f in /usr/bin/fotadesk /usr/bin/fotadesk-cli /usr/bin/fotadesk-sim \
         /usr/share/applications/org.fotadesk.FotaDesk.desktop \
         /usr/share/metainfo/org.fotadesk.FotaDesk.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/fotadesk.svg \
         /usr/lib/udev/rules.d/70-fotadesk-modems.rules /lib/udev/rules.d/70-fotadesk-modems.rules; do
    case "$f" in
        */rules.d/*) grep -qx ".*/rules.d/70-fotadesk-modems.rules" "$work/files" || fail "no udev rule in the package" ;;
        *) grep -qx "$f" "$work/files" || fail "$f is not in the package" ;;
    esac
done
for size in 16 24 32 48 64 128 256; do
    grep -qx "/usr/share/icons/hicolor/${size}x${size}/apps/fotadesk.png" "$work/files" ||
        fail "no ${size}x${size} icon in the package"
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6serialport6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins fonts-noto-cjk; do
    echo "$depends" | grep -Eq "(^|, )$dep( |,|$)" || fail "the package does not depend on $dep: $depends"
done

step "apt-get install $deb"
as_root apt-get install -y --no-install-recommends "$deb" >/dev/null
installed=1
cleanup_installed() { [ "${installed:-0}" = 1 ] && as_root apt-get remove --purge -y fotadesk >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup_installed EXIT

# The installed programs, in a home of their own (settings, history).
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
cd "$work"

step "fotadesk-cli --version"
version=$(/usr/bin/fotadesk-cli --version)
echo "$version"
echo "$version" | grep -q "$(dpkg-deb -f "$deb" Version)" || fail "fotadesk-cli --version does not name the package's version"

step "fotadesk-cli demo --modules 2"
timeout 300 /usr/bin/fotadesk-cli demo --modules 2 > "$work/demo.out" 2>&1 || { cat "$work/demo.out"; fail "fotadesk-cli demo failed"; }
tail -n 6 "$work/demo.out"
grep -Eq "^([0-9]+) of \1 module\(s\) updated" "$work/demo.out" || fail "not every demo module was updated"

step "fotadesk --demo, offscreen, for 15 s"
set +e
QT_QPA_PLATFORM=offscreen timeout 15 /usr/bin/fotadesk --demo --demo-modules 2 > "$work/gui.out" 2>&1
code=$?
set -e
# 124: still running when the time was up, as it should be.
[ "$code" = 124 ] || { cat "$work/gui.out"; fail "fotadesk --demo ended with $code before it was stopped"; }
if grep -Eiq "could not|cannot|failed to load|no such plugin" "$work/gui.out"; then
    cat "$work/gui.out"; fail "fotadesk --demo complained"
fi

step "desktop-file-validate and appstreamcli validate"
desktop-file-validate /usr/share/applications/org.fotadesk.FotaDesk.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.fotadesk.FotaDesk.metainfo.xml

step "apt-get remove --purge fotadesk"
cd /
as_root apt-get remove --purge -y fotadesk >/dev/null
installed=0
! dpkg-query -W -f='${Status}' fotadesk 2>/dev/null | grep -q "installed" || fail "fotadesk is still installed"
left=0
while read -r f; do
    if [ -e "$f" ] || [ -L "$f" ]; then echo "left behind: $f" >&2; left=1; fi
done < "$work/files"
[ "$left" = 0 ] || fail "files of the package are left after its removal"
step "passed ($(wc -l < "$work/files") files installed and removed)"
