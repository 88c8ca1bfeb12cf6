# Shared setup for bin/test and bin/run; source it, do not run it.
#   ROOT            the repository root (set here)
#   setup_venv      create .venv when missing, install requirements.txt when it changed
#   ensure_chromium install Debian's chromium + Arabic fonts when /usr/bin/chromium is missing
#   setup_node      `npm ci` when package.json exists and node_modules is missing or package(-lock).json changed
#   log / die       messages on stderr
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

log() { printf '\033[1m[%s]\033[0m %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

_pick_python() {
    # The first interpreter that is Python >= 3.11 (pyproject.toml's requires-python).
    local candidate
    for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [[ -n "$candidate" ]] && command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

_apt_install() {  # returns non-zero (with a message) instead of exiting
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
        log "cannot apt-get install $* (needs root and apt-get): install it yourself"
        return 1
    fi
    log "apt-get install $* …"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
        || { log "apt-get install $* failed"; return 1; }
}

setup_venv() {
    local python hash_file want have
    if [[ ! -x "$PY" ]]; then
        python="$(_pick_python)" || die "no Python >= 3.11 found (set PYTHON=/path/to/python3.11)"
        log "creating .venv with $python ($("$python" --version 2>&1))"
        rm -rf "$VENV"
        if ! "$python" -m venv "$VENV" 2>/dev/null; then
            # Debian's python3 lacks ensurepip until python3-venv is installed.
            rm -rf "$VENV"
            local ver
            ver="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
            _apt_install "python${ver}-venv" || die "could not create $VENV"
            "$python" -m venv "$VENV" || die "could not create $VENV"
        fi
    fi
    hash_file="$VENV/.requirements.sha256"
    want="$(cat "$ROOT/requirements.txt" | sha256sum | cut -d' ' -f1)"
    have="$(cat "$hash_file" 2>/dev/null || true)"
    if [[ "$want" != "$have" ]]; then
        log "installing requirements.txt into .venv (first time takes a minute or two) …"
        "$PY" -m pip install --quiet --disable-pip-version-check -r "$ROOT/requirements.txt" \
            || die "pip install -r requirements.txt failed"
        echo "$want" >"$hash_file"
    fi
    export PATH="$VENV/bin:$PATH"
}

ensure_chromium() {  # returns non-zero when chromium is still missing
    local missing=()
    [[ -x /usr/bin/chromium ]] || missing+=(chromium)
    # Arabic glyphs: without them Arabic text renders as boxes in the browser tests' screenshots.
    if command -v dpkg >/dev/null && ! dpkg -s fonts-noto-core >/dev/null 2>&1; then
        missing+=(fonts-noto-core)
    fi
    if ((${#missing[@]})); then
        _apt_install "${missing[@]}" || true
    fi
    [[ -x /usr/bin/chromium ]]
}

setup_node() {  # returns non-zero (with a message) when the node packages cannot be installed
    # package.json holds what the tests load in the browser (TimelineJS3); package-lock.json pins it.
    [[ -f "$ROOT/package.json" ]] || return 0
    local stamp="$ROOT/node_modules/.package-lock.sha256" want have
    [[ -f "$ROOT/package-lock.json" ]] || { log "package.json without package-lock.json: run npm install"; return 1; }
    want="$(cat "$ROOT/package.json" "$ROOT/package-lock.json" | sha256sum | cut -d' ' -f1)"
    have="$(cat "$stamp" 2>/dev/null || true)"
    [[ "$want" == "$have" && -d "$ROOT/node_modules" ]] && return 0
    if ! command -v npm >/dev/null 2>&1; then
        log "npm not found: cannot install package.json's packages (apt-get install nodejs npm, or Node.js >= 20)"
        return 1
    fi
    log "npm ci (package-lock.json changed or node_modules is missing) …"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || { log "npm ci failed"; return 1; }
    echo "$want" >"$stamp"
}
