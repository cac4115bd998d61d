# Sourced by scripts/run and scripts/test: make .venv and install the project when
# pyproject.toml changed since the last install (a stamp holds its hash). pip's
# chatter goes to .venv/install.log and is shown only if the install fails.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"

_pip() {
  if ! "$PY" -m pip install --disable-pip-version-check "$@" >>"$VENV/install.log" 2>&1; then
    cat "$VENV/install.log" >&2
    echo "steady: installing dependencies failed (log above)" >&2
    exit 1
  fi
}

ensure_venv() {
  local extras="$1" stamp want
  stamp="$VENV/.installed-${extras:-base}"
  want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
  if [ ! -x "$PY" ]; then
    echo "steady: creating .venv and installing dependencies (first run only)…" >&2
    "${PYTHON:-python3}" -m venv "$VENV"
    _pip --upgrade pip
  fi
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    _pip -e "$ROOT${extras:+[$extras]}"
    echo "$want" > "$stamp"
  fi
}
