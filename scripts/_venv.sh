# Sourced by scripts/run and scripts/test: makes .venv and installs the project into it
# when pyproject.toml has changed since the last install, so both commands work on a fresh machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${CLAIMSCOPE_VENV:-$root/.venv}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
stamp="$venv/.claimscope-installed"
want="$(sha256sum "$root/pyproject.toml" | cut -d' ' -f1)-${CLAIMSCOPE_EXTRAS:-test}"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$root[${CLAIMSCOPE_EXTRAS:-test}]" >&2
    echo "$want" > "$stamp"
fi
