# Shared by the .ci check scripts, sourced right after `set -euo pipefail`: moves to the repository's root (kept in
# $root), makes a temporary folder $work that is removed on exit, and defines `step` (a heading) and `fail` (a
# message naming the script, then exit status 1).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
script_name="$(basename "${BASH_SOURCE[1]}" .sh)"

step() { printf '\n== %s\n' "$*"; }
fail() { printf '%s: FAILED: %s\n' "$script_name" "$*" >&2; exit 1; }
