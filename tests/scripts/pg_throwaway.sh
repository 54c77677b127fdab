#!/usr/bin/env bash
# scripts/pg-throwaway from a place the postgres user cannot enter: a clone in /root (mode 0700),
# called from a working directory inside it, as on a fresh Debian 12 where the tests run as root.
# The server must start, answer, survive a crash and resume, and leave nothing behind when stopped.
#   pg_throwaway.sh --pg-throwaway PATH
set -euo pipefail
while [ $# -gt 0 ]; do
  case "$1" in
  --pg-throwaway) pg=$2; shift 2 ;;
  *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x "${pg:-}" ] || { echo "usage: pg_throwaway.sh --pg-throwaway PATH" >&2; exit 2; }

work=$(mktemp -d)
handle="$work/private/build/pg"
cleanup() { "$pg" stop "$handle" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/private/build/tests"
chmod 700 "$work/private" # like /root: nobody but its owner may enter
cd "$work/private/build/tests"

failures=0
check() { # check DESCRIPTION COMMAND...: the command must succeed
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}
answers() { psql "$(cat "$handle/uri")" -XAtqc "$1" 2>&1; }

check "starts from a folder the postgres user cannot enter" "$pg" start "$handle" --scram
export PGPASSWORD
PGPASSWORD=$(cat "$handle/password")
check "answers on its loopback port" test "$(answers 'select 40 + 2')" = 42
pid=$(head -n 1 "$handle/data/postmaster.pid")
if [ "$(id -u)" -eq 0 ]; then
  check "runs as the postgres user, not as root" test "$(ps -o user= -p "$pid")" = postgres
fi
cluster=$(readlink -f "$handle")
check "keeps its cluster outside the private folder" test "${cluster#"$work"/}" = "$cluster"
answers 'create table kept (n int); insert into kept values (7)' >/dev/null
check "stops like a crash" "$pg" crash "$handle"
check "resumes on the same data" "$pg" resume "$handle"
check "with what it held before the crash" test "$(answers 'select n from kept')" = 7
check "stops" "$pg" stop "$handle"
check "leaves no cluster behind" test ! -e "$cluster"
check "and removes its folder" test ! -e "$handle"

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "all checks passed"
