# Sourced by scripts/run and scripts/test: make .venv and install the project when
# pyproject.toml changed since the last install (a stamp holds its hash). pip's
# chatter goes to .venv/install.log and is shown only if the install fails.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
NEED_MAJOR=3 NEED_MINOR=11

_pip() {
  if ! "$PY" -m pip install --disable-pip-version-check "$@" >>"$VENV/install.log" 2>&1; then
    cat "$VENV/install.log" >&2
    echo "steady: installing dependencies failed (log above)" >&2
    exit 1
  fi
}

# The X.Y.Z version of the interpreter $1, or nothing if it cannot run.
_version_of() {
  "$1" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null || true
}

# Whether version $1 (X.Y.Z) is new enough for Steady.
_new_enough() {
  local major minor
  IFS=. read -r major minor _ <<<"$1"
  [[ "$major" =~ ^[0-9]+$ && "$minor" =~ ^[0-9]+$ ]] || return 1
  (( major > NEED_MAJOR || (major == NEED_MAJOR && minor >= NEED_MINOR) ))
}

# The interpreter to build .venv with (PYTHON, else python3), checked before anything
# is created, so an old one stops here with one line instead of leaving a broken .venv.
_base_python() {
  local wanted="${PYTHON:-python3}" found version
  found="$(command -v "$wanted" || true)"
  if [ -z "$found" ]; then
    echo "steady: $wanted not found; Steady needs Python $NEED_MAJOR.$NEED_MINOR or newer; set PYTHON=/path/to/python$NEED_MAJOR.$NEED_MINOR" >&2
    exit 1
  fi
  version="$(_version_of "$found")"
  if ! _new_enough "$version"; then
    echo "steady: $found is Python ${version:-of an unknown version}; Steady needs Python $NEED_MAJOR.$NEED_MINOR or newer; set PYTHON=/path/to/python$NEED_MAJOR.$NEED_MINOR" >&2
    exit 1
  fi
  echo "$found"
}

ensure_venv() {
  local extras="$1" stamp want base old
  stamp="$VENV/.installed-${extras:-base}"
  want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
  if [ -x "$PY" ] && ! _new_enough "$(_version_of "$PY")"; then
    old="$(_version_of "$PY")"
    base="$(_base_python)"
    echo "steady: $VENV was built with Python ${old:-of an unknown version}; rebuilding it with $base…" >&2
    "$base" -m venv --clear "$VENV"
    _pip --upgrade pip
  elif [ ! -x "$PY" ]; then
    base="$(_base_python)"
    echo "steady: creating .venv and installing dependencies (first run only)…" >&2
    "$base" -m venv "$VENV"
    _pip --upgrade pip
  fi
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    _pip -e "$ROOT${extras:+[$extras]}"
    echo "$want" > "$stamp"
  fi
}
