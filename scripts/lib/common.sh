# Shared by scripts/demo and scripts/test: installs what is missing and builds.
# Sourced, not run.

KIOSK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian 12 packages the kiosk needs to build, test and run.
KIOSK_PACKAGES=(
    cmake g++ ninja-build pkg-config git ccache
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick
    qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qttest
    qt6-httpserver-dev libqt6httpserver6 qt6-websockets-dev
    libsqlite3-dev sqlite3 libgl-dev fonts-dejavu-core
    libcurl4-openssl-dev
    libqrencode-dev
    libphonenumber-dev
    libsystemd-dev
    qt6-multimedia-dev qml6-module-qtmultimedia sox
    qt6-speech-dev qt6-speech-flite-plugin qt6-speech-speechd-plugin
    xvfb xauth
    dpkg-dev lintian systemd file man-db
)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "Missing packages and neither root nor sudo: install them as root: $*" >&2
        return 1
    fi
}

# Installs the packages that are not installed yet; quiet when nothing is missing.
install_missing_packages() {
    local missing=()
    for pkg in "${KIOSK_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# CMake arguments that compile through ccache when it is installed: a second build of the same
# sources (CI on the same machine, another build folder) takes minutes instead of half an hour.
# Used unquoted: it prints no word or two.
compiler_launcher_args() {
    if command -v ccache >/dev/null; then
        echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache
    fi
}

# configure_kiosk BUILD_DIR BUILD_TYPE [extra cmake args...]
configure_kiosk() {
    local dir="$1" type="$2"
    shift 2
    cmake -S "$KIOSK_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" $(compiler_launcher_args) "$@" >/dev/null
}

# build_kiosk BUILD_DIR BUILD_TYPE [extra cmake args...]: everything, tests included.
build_kiosk() {
    log "Building ($2) in $1"
    configure_kiosk "$@"
    cmake --build "$1" --parallel "$(nproc)"
}
