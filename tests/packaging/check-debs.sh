#!/usr/bin/env bash
# Builds the Debian packages of a build tree with cpack and checks them, without installing
# anything on this machine:
#   1. `cpack -G DEB` makes exactly kiosk_*.deb and kiosk-refpos_*.deb (into a temporary
#      directory, not the build tree);
#   2. `dpkg-deb --info`: names, version, Depends (dpkg-shlibdeps' libraries and the QML
#      modules it cannot see), kiosk-refpos depending on this very kiosk;
#   3. `dpkg-deb --contents`: the expected files with their modes, kioskctl when the target
#      exists; every file of the app's own install() rules (component "Unspecified") is in a
#      package;
#   4. control area: conffiles list exactly the files under /etc; maintainer scripts parse
#      (sh -n), create the kiosk user and /var/lib/kiosk, and never start or enable a unit;
#   5. `dpkg -x` into a throwaway root: no default secret (no PIN hash, no token file, the
#      sample's demo token nowhere); /etc/kiosk/kiosk.json (0640) has the absolute data_dir and
#      is otherwise the packaged sample's; the packaged kiosk's --check-config accepts
#      /etc/kiosk and the sample copy; the binaries are stripped;
#   6. `systemd-analyze verify` on the unit files as packaged (see verify_units);
#   7. lintian on each package, with the overrides it ships (packaging/lintian-overrides, each
#      with its reason): any E: fails; warnings, infos and the overridden tags (O:) are
#      printed.
# Usage: check-debs.sh --build-dir DIR --source-dir DIR --cpack CPACK --cmake CMAKE
#                      --expect-kioskctl 0|1
set -euo pipefail

BUILD_DIR="" SOURCE_DIR="" CPACK=cpack CMAKE=cmake EXPECT_KIOSKCTL=0
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) BUILD_DIR="$2" ;;
        --source-dir) SOURCE_DIR="$2" ;;
        --cpack) CPACK="$2" ;;
        --cmake) CMAKE="$2" ;;
        --expect-kioskctl) EXPECT_KIOSKCTL="$2" ;;
        *) echo "check-debs.sh: unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done
[ -n "$BUILD_DIR" ] && [ -n "$SOURCE_DIR" ] || { echo "check-debs.sh: --build-dir and --source-dir are required" >&2; exit 2; }

FAILURES=0
fail() { echo "FAIL: $*" >&2; FAILURES=$((FAILURES + 1)); }
pass() { echo "ok: $*"; }
section() { printf '\n== %s\n' "$*"; }

for tool in dpkg-deb dpkg dpkg-shlibdeps lintian systemd-analyze file; do
    command -v "$tool" >/dev/null || { echo "check-debs.sh: $tool is missing (scripts/lib/common.sh installs it)" >&2; exit 1; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/kiosk-debs.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# --- 1. cpack -------------------------------------------------------------------------------
section "cpack -G DEB"
if ! (cd "$BUILD_DIR" && "$CPACK" -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$WORK/out") >"$WORK/cpack.log" 2>&1; then
    cat "$WORK/cpack.log"
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
grep -E "^CPack: - package: " "$WORK/cpack.log" || true
shopt -s nullglob
debs=("$WORK"/out/*.deb)
KIOSK_DEB=("$WORK"/out/kiosk_*.deb)
REFPOS_DEB=("$WORK"/out/kiosk-refpos_*.deb)
shopt -u nullglob
if [ ${#debs[@]} -ne 2 ] || [ ${#KIOSK_DEB[@]} -ne 1 ] || [ ${#REFPOS_DEB[@]} -ne 1 ]; then
    cat "$WORK/cpack.log"
    echo "FAIL: expected kiosk_*.deb and kiosk-refpos_*.deb, got: ${debs[*]##*/}" >&2
    exit 1
fi
KIOSK_DEB="${KIOSK_DEB[0]}"
REFPOS_DEB="${REFPOS_DEB[0]}"
pass "built ${KIOSK_DEB##*/} and ${REFPOS_DEB##*/}"

field() { dpkg-deb --field "$1" "$2"; }

# --- 2. control fields ----------------------------------------------------------------------
section "dpkg-deb --info"
for deb in "$KIOSK_DEB" "$REFPOS_DEB"; do
    dpkg-deb --info "$deb"
    echo
done

VERSION="$(field "$KIOSK_DEB" Version)"
[ "$(field "$KIOSK_DEB" Package)" = kiosk ] && pass "package kiosk" || fail "kiosk deb: Package is $(field "$KIOSK_DEB" Package)"
[ "$(field "$REFPOS_DEB" Package)" = kiosk-refpos ] && pass "package kiosk-refpos" || fail "refpos deb: Package is $(field "$REFPOS_DEB" Package)"
[ "$(field "$REFPOS_DEB" Version)" = "$VERSION" ] || fail "kiosk-refpos version $(field "$REFPOS_DEB" Version) differs from kiosk's $VERSION"
[ "$(field "$KIOSK_DEB" Architecture)" = "$(dpkg --print-architecture)" ] || fail "kiosk Architecture is $(field "$KIOSK_DEB" Architecture)"

# A Depends list as one name per line (alternatives and versions dropped).
dep_names() { field "$1" Depends | tr ',' '\n' | sed -E 's/^ +//; s/[ (|].*//' | sort -u; }
dep_names "$KIOSK_DEB" >"$WORK/kiosk.depends"
for dep in adduser fonts-dejavu-core qt6-qpa-plugins qml6-module-qtquick qml6-module-qtquick-controls \
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-templates \
    qml6-module-qtqml-workerscript qt6-speech-flite-plugin \
    libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6qml6 libqt6quick6 libsqlite3-0 libqrencode4; do
    grep -qx "$dep" "$WORK/kiosk.depends" || fail "kiosk: Depends lacks $dep"
done
pass "kiosk Depends: $(field "$KIOSK_DEB" Depends)"
field "$REFPOS_DEB" Depends | grep -qF "kiosk (= $VERSION)" \
    && pass "kiosk-refpos depends on kiosk (= $VERSION)" || fail "kiosk-refpos: Depends lacks kiosk (= $VERSION)"
dep_names "$REFPOS_DEB" | grep -qx libqt6httpserver6 || fail "kiosk-refpos: Depends lacks libqt6httpserver6 (shlibdeps)"

# --- 3. contents ----------------------------------------------------------------------------
section "dpkg-deb --contents"
# "mode owner path" per file, path without the leading "."; symlinks keep their target.
contents() {
    dpkg-deb --contents "$1" | awk '{ path = $6; for (i = 7; i <= NF; i++) path = path " " $i;
        sub(/^\./, "", path); print $1, $2, path }'
}
contents "$KIOSK_DEB" >"$WORK/kiosk.contents"
contents "$REFPOS_DEB" >"$WORK/refpos.contents"

# expect_file LISTING MODE PATH
expect_file() {
    local line
    line="$(awk -v p="$3" '$3 == p' "$1")"
    if [ -z "$line" ]; then
        fail "${1##*/}: $3 missing"
    elif [ "${line%% *}" != "$2" ]; then
        fail "${1##*/}: $3 has mode ${line%% *}, expected $2"
    elif [ "$(echo "$line" | cut -d' ' -f2)" != root/root ]; then
        fail "${1##*/}: $3 is owned by $(echo "$line" | cut -d' ' -f2), expected root/root"
    fi
}
K="$WORK/kiosk.contents" R="$WORK/refpos.contents"
expect_file "$K" -rwxr-xr-x /usr/bin/kiosk
expect_file "$K" -rw-r--r-- /lib/systemd/system/kiosk.service
expect_file "$K" -rw-r--r-- /lib/systemd/system/kiosk-session.service
expect_file "$K" -rw-r----- /etc/kiosk/kiosk.json
expect_file "$K" -rw-r--r-- /etc/kiosk/menu.json
expect_file "$K" -rw-r--r-- /etc/kiosk/images/logo.png
expect_file "$K" -rw-r--r-- /usr/share/kiosk/kiosk-config/kiosk.json
expect_file "$K" -rw-r--r-- /usr/share/kiosk/kiosk-config/menu.json
expect_file "$K" -rw-r--r-- /usr/share/kiosk/kiosk-config/images/logo.png
expect_file "$K" -rw-r--r-- /usr/share/doc/kiosk/copyright
expect_file "$K" -rw-r--r-- /usr/share/doc/kiosk/changelog.Debian.gz
expect_file "$K" -rw-r--r-- /usr/share/doc/kiosk/README.md
expect_file "$K" -rw-r--r-- /usr/share/man/man1/kiosk.1.gz
expect_file "$K" -rw-r--r-- /usr/share/lintian/overrides/kiosk
if [ "$EXPECT_KIOSKCTL" = 1 ]; then
    expect_file "$K" -rwxr-xr-x /usr/bin/kioskctl
    expect_file "$K" -rw-r--r-- /usr/share/man/man1/kioskctl.1.gz
elif grep -q ' /usr/bin/kioskctl$' "$K"; then
    fail "kiosk: /usr/bin/kioskctl packaged although the build has no kioskctl target"
fi
grep -q ' /usr/bin/refpos$' "$K" && fail "kiosk: must not contain /usr/bin/refpos"
# No token file: the store's backend issues the kiosk's, refpos makes its own on install.
grep -E '\.token$' "$K" "$R" && fail "a package ships a token file"
expect_file "$R" -rwxr-xr-x /usr/bin/refpos
expect_file "$R" -rw-r--r-- /lib/systemd/system/refpos.service
expect_file "$R" -rw-r--r-- /usr/share/man/man1/refpos.1.gz
expect_file "$R" -rwxr-xr-x /usr/bin/squaresim
expect_file "$R" -rw-r--r-- /usr/share/man/man1/squaresim.1.gz
expect_file "$R" -rw-r--r-- /usr/share/kiosk-refpos/square-seed/seed.json
expect_file "$R" -rw-r--r-- /usr/share/doc/kiosk-refpos/copyright
expect_file "$R" -rw-r--r-- /usr/share/doc/kiosk-refpos/changelog.Debian.gz
expect_file "$R" -rw-r--r-- /usr/share/lintian/overrides/kiosk-refpos
grep -q ' /etc/' "$R" && fail "kiosk-refpos: must not install anything under /etc"
# Images the menu names: as many under /etc/kiosk as in the sample copy, and as in the source.
n_src=$(find "$SOURCE_DIR/kiosk-config/images" -type f | wc -l)
n_etc=$(grep -c ' /etc/kiosk/images/.*[^/]$' "$K" || true)
n_share=$(grep -c ' /usr/share/kiosk/kiosk-config/images/.*[^/]$' "$K" || true)
[ "$n_etc" -eq "$n_src" ] && [ "$n_share" -eq "$n_src" ] \
    && pass "$n_src images in /etc/kiosk/images and /usr/share/kiosk/kiosk-config/images" \
    || fail "images: $n_src in the source, $n_etc under /etc/kiosk, $n_share under /usr/share/kiosk"
# Nothing from a developer's checkout: no databases, no data/ folder.
grep -E '\.db$|/data/' "$K" && fail "kiosk: contains a database or a data/ folder"
[ "$FAILURES" -eq 0 ] && pass "contents"

# Every file the app's own install() rules install (no component: "Unspecified") must be in a
# package, so a new install() rule that packaging/Packaging.cmake does not know fails here.
DESTDIR="$WORK/unspecified" "$CMAKE" --install "$BUILD_DIR" --component Unspecified --prefix /usr >/dev/null
(cd "$WORK/unspecified" && find . -type f -o -type l) | sed 's/^\.//' | sort >"$WORK/unspecified.files"
cut -d' ' -f3- "$K" "$R" | sort -u >"$WORK/packaged.files"
missing="$(comm -23 "$WORK/unspecified.files" "$WORK/packaged.files")"
[ -z "$missing" ] && pass "every file of the app's install() rules is packaged ($(wc -l <"$WORK/unspecified.files") files)" \
    || fail "installed by the app's install() rules but in no package (add them to packaging/Packaging.cmake): $missing"

# --- 4. control area ------------------------------------------------------------------------
section "conffiles and maintainer scripts"
for deb in "$KIOSK_DEB" "$REFPOS_DEB"; do
    name="$(field "$deb" Package)"
    ctrl="$WORK/control-$name"
    dpkg-deb --control "$deb" "$ctrl"
    cut -d' ' -f3 "$WORK/$([ "$name" = kiosk ] && echo kiosk || echo refpos).contents" \
        | grep '^/etc/.*[^/]$' | sort >"$WORK/$name.etc" || true
    sort "$ctrl/conffiles" 2>/dev/null >"$WORK/$name.conffiles" || : >"$WORK/$name.conffiles"
    if diff -u "$WORK/$name.etc" "$WORK/$name.conffiles" >"$WORK/$name.conffiles.diff"; then
        pass "$name: conffiles list exactly its $(wc -l <"$WORK/$name.etc") files under /etc"
    else
        fail "$name: conffiles differ from the files under /etc (- in /etc only, + in conffiles only):"
        cat "$WORK/$name.conffiles.diff" >&2
    fi
    for script in postinst prerm postrm; do
        [ -x "$ctrl/$script" ] || { fail "$name: no executable $script"; continue; }
        sh -n "$ctrl/$script" || fail "$name: $script does not parse"
        head -1 "$ctrl/$script" | grep -qx '#!/bin/sh' || fail "$name: $script lacks #!/bin/sh"
        grep -qx 'set -e' "$ctrl/$script" || fail "$name: $script lacks set -e"
        # Installing starts and enables nothing.
        if grep -nE '^[^#]*(systemctl|deb-systemd-invoke|deb-systemd-helper|invoke-rc.d)[^#]*\b(start|restart|enable|reload-or-restart|try-restart)\b' "$ctrl/$script"; then
            fail "$name: $script starts or enables a unit"
        fi
    done
done
P="$WORK/control-kiosk/postinst"
grep -q 'adduser --system' "$P" && grep -q -- '--home /var/lib/kiosk' "$P" && grep -q -- '--no-create-home' "$P" \
    || fail "kiosk postinst: no adduser --system ... --home /var/lib/kiosk --no-create-home"
grep -q 'install -d -o kiosk -g kiosk -m 0750 /var/lib/kiosk' "$P" || fail "kiosk postinst: does not create /var/lib/kiosk 0750 kiosk:kiosk"
grep -q 'dpkg-statoverride --update --add root kiosk 0640 /etc/kiosk/kiosk.json' "$P" \
    || fail "kiosk postinst: /etc/kiosk/kiosk.json is not made 0640 root:kiosk"
RP="$WORK/control-kiosk-refpos/postinst"
grep -q '/dev/urandom' "$RP" && grep -q 'chmod 0640 "/etc/kiosk-refpos/$token.token"' "$RP" \
    || fail "kiosk-refpos postinst: does not make its tokens in /etc/kiosk-refpos, 0640"
awk '/^ *purge\)/,/;;/' "$WORK/control-kiosk/postrm" | grep -q 'rm -rf /var/lib/kiosk' \
    || fail "kiosk postrm: purge does not remove /var/lib/kiosk"
awk '/^ *remove\)/,/;;/' "$WORK/control-kiosk/postrm" | grep -q '/var/lib/kiosk' \
    && fail "kiosk postrm: remove (not purge) touches /var/lib/kiosk"
pass "maintainer scripts"

# --- 5. extracted tree ----------------------------------------------------------------------
section "extracted packages"
ROOT="$WORK/root"
mkdir -p "$ROOT"
dpkg -x "$KIOSK_DEB" "$ROOT"
dpkg -x "$REFPOS_DEB" "$ROOT"

ETC_JSON="$ROOT/etc/kiosk/kiosk.json"
SAMPLE_JSON="$ROOT/usr/share/kiosk/kiosk-config/kiosk.json"
grep -Eq '"data_dir": *"/var/lib/kiosk"' "$ETC_JSON" && pass "/etc/kiosk/kiosk.json: data_dir /var/lib/kiosk" \
    || fail "/etc/kiosk/kiosk.json: data_dir is not /var/lib/kiosk"
# No default secret: the sample's PIN hash and demo token are in the README, so neither ships.
grep -l 'pin_hash' "$ETC_JSON" "$SAMPLE_JSON" && fail "a packaged kiosk.json has a diagnostics.pin_hash"
DEMO_TOKEN="$(head -1 "$SOURCE_DIR/kiosk-config/backend.token")"
# (The contract's examples in /usr/share/doc show it in requests: text, not a credential.)
grep -rlF --exclude-dir=doc "$DEMO_TOKEN" "$ROOT" && fail "the sample's demo token is in a package"
grep -q '/etc/kiosk/backend.token' "$ROOT/lib/systemd/system/refpos.service" \
    && fail "refpos.service is given the kiosk's production token"
[ "$FAILURES" -eq 0 ] && pass "no PIN hash, no token in the packages"
# The kiosk's units: no core dump (it would hold the tokens and customers' data), bounded memory
# and descriptors.
for unit in kiosk.service kiosk-session.service; do
    for line in LimitCORE=0 MemoryMax= LimitNOFILE=; do
        grep -q "^$line" "$ROOT/lib/systemd/system/$unit" || fail "$unit has no $line"
    done
done
[ "$FAILURES" -eq 0 ] && pass "the kiosk's units: LimitCORE=0, MemoryMax=, LimitNOFILE="
# Apart from data_dir, the /etc copy is the packaged sample's, byte for byte.
if diff <(grep -v '"data_dir"' "$SAMPLE_JSON") <(grep -v '"data_dir"' "$ETC_JSON") >/dev/null; then
    pass "/etc/kiosk/kiosk.json differs from the sample in data_dir only"
else
    fail "/etc/kiosk/kiosk.json differs from the sample beyond data_dir"
fi
cmp -s "$ROOT/etc/kiosk/menu.json" "$SOURCE_DIR/kiosk-config/menu.json" || fail "/etc/kiosk/menu.json differs from the source's"

# The packaged kiosk validates the installed config: every image the menu and branding.logo
# name resolves under /etc/kiosk. data_dir (/var/lib/kiosk) need not exist for this.
for dir in "$ROOT/etc/kiosk" "$ROOT/usr/share/kiosk/kiosk-config"; do
    if out="$(QT_QPA_PLATFORM=offscreen "$ROOT/usr/bin/kiosk" --check-config "$dir" 2>&1)"; then
        pass "kiosk --check-config ${dir#"$ROOT"}: $out"
    else
        fail "kiosk --check-config ${dir#"$ROOT"} refused the packaged config:"
        echo "$out" >&2
    fi
done

for bin in "$ROOT"/usr/bin/*; do
    desc="$(file -b "$bin")"
    case "$desc" in
        *ELF*", stripped"*) pass "${bin#"$ROOT"} is a stripped ELF executable" ;;
        *) fail "${bin#"$ROOT"}: $desc" ;;
    esac
done

# --- 6. systemd-analyze verify --------------------------------------------------------------
# verify_units: the unit files exactly as packaged (read from the extracted tree, nothing
# rewritten) are loaded by systemd-analyze verify, which reports unknown or misspelt
# directives and sections, values it cannot parse (WatchdogSec=, UMask=, ...), ExecStart=
# commands that are missing or not executable, and Documentation=man: pages that man cannot
# find. Some of these it only prints as warnings with exit status 0, so any output fails.
# --root=ROOT makes it look up units and ExecStart= binaries in the extracted packages: the
# packaged /usr/bin/kiosk and /usr/bin/refpos. Added to ROOT, never over a packaged file:
#   - this machine's unit files (sysinit.target, getty@.service, ...), which the units order
#     themselves against or pull in through their default dependencies;
#   - empty executables for the two commands from other packages: /usr/bin/cage (package cage,
#     a Recommends) and /usr/bin/env (coreutils).
# man looks in ROOT's man pages first (MANPATH). Not verified, as it needs a running system:
# that the user kiosk and the groups exist, the display, the watchdog itself.
section "systemd-analyze verify"
for dir in /lib/systemd/system /usr/lib/systemd/system; do
    if [ -d "$dir" ]; then cp -an "$dir/." "$ROOT/lib/systemd/system/"; fi
done
install -d "$ROOT/usr/bin"
for stub in cage env; do
    [ -e "$ROOT/usr/bin/$stub" ] || install -m 0755 /dev/null "$ROOT/usr/bin/$stub"
done
verify_units() {
    local unit out status
    for unit in kiosk.service kiosk-session.service refpos.service; do
        status=0
        out="$(MANPATH="$ROOT/usr/share/man:$(manpath -g 2>/dev/null || echo /usr/share/man)" \
            SYSTEMD_LOG_COLOR=0 systemd-analyze verify --root="$ROOT" --generators=no \
            "$ROOT/lib/systemd/system/$unit" 2>&1)" || status=$?
        if [ "$status" -ne 0 ] || [ -n "$out" ]; then
            fail "systemd-analyze verify $unit (exit $status):"
            echo "$out" >&2
        else
            pass "systemd-analyze verify $unit"
        fi
    done
}
verify_units

# --- 7. lintian -----------------------------------------------------------------------------
section "lintian"
for deb in "$KIOSK_DEB" "$REFPOS_DEB"; do
    status=0
    out="$(lintian --no-cfg --fail-on error --display-info --show-overrides "$deb" 2>&1)" || status=$?
    echo "${deb##*/}:"
    [ -n "$out" ] && echo "$out" | sed 's/^/  /' || echo "  (no tags)"
    if [ "$status" -ne 0 ] || echo "$out" | grep -q '^E: '; then
        fail "lintian reports errors for ${deb##*/} (exit $status)"
    else
        pass "lintian ${deb##*/}: no errors, $(echo "$out" | grep -c '^W: ' || true) warnings"
    fi
done

section "result"
if [ "$FAILURES" -ne 0 ]; then
    echo "$FAILURES check(s) failed" >&2
    exit 1
fi
echo "all packaging checks passed"
