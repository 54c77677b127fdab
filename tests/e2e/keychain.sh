#!/usr/bin/env bash
# The central password round trip through the desktop keyring, as an administrator sets it up:
# `vigiectl central password` stores it with QtKeychain in the session's Secret Service (a real
# gnome-keyring on a private D-Bus session), and every later command reaches a PostgreSQL that
# asks for it (SCRAM) without PGPASSWORD, without ~/.pgpass and without the password in any file
# of Vigie. A wrong password, a missing entry and a machine without keyring each give their own
# message.
#   keychain.sh --vigiectl PATH --pg-throwaway PATH
set -euo pipefail

vigiectl="" pg=""
while [ $# -gt 0 ]; do
  case "$1" in
  --vigiectl) vigiectl=$2; shift 2 ;;
  --pg-throwaway) pg=$2; shift 2 ;;
  *) echo "keychain.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$vigiectl" ] && [ -x "$pg" ] || { echo "usage: keychain.sh --vigiectl PATH --pg-throwaway PATH" >&2; exit 2; }

if [ -z "${VIGIE_KEYCHAIN_SESSION:-}" ]; then
  # Outer half: a server that wants a password, a home of our own, then a private D-Bus session
  # running the inner half.
  work=$(mktemp -d)
  cleanup() { "$pg" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"; }
  trap cleanup EXIT
  chmod 755 "$work"
  "$pg" start "$work/pg" --scram >/dev/null
  mkdir -p "$work/home"
  VIGIE_KEYCHAIN_SESSION=1 WORK="$work" HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" \
    XDG_RUNTIME_DIR="$work/home/run" \
    dbus-run-session -- "$0" --vigiectl "$vigiectl" --pg-throwaway "$pg" 2> >(grep -v "Failed to set fd limit" >&2)
  exit $?
fi

unset PGPASSWORD PGPASSFILE
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
uri=$(cat "$WORK/pg/uri")
password=$(cat "$WORK/pg/password")
desk="$WORK/desk"
failures=0
check() { # check DESCRIPTION COMMAND...: the command must succeed
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}
ctl() { "$vigiectl" --data-dir "$desk" --lang en --central "$uri" "$@"; }

# The keyring daemon of the session, unlocked with its own passphrase, as a desktop login does.
eval "$(printf '%s' "keyring-passphrase" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

# The demo register: central init|upgrade act as its administrator (vigiectl acts as a user).
ctl demo seed >/dev/null
admin() { VIGIE_PASSWORD=administrateur ctl "$@" --user administrateur; }

# 1. No entry yet: the message says how to store one.
out=$(admin central init 2>&1) && status=0 || status=$?
check "without a stored password, central init fails" test "$status" -ne 0
check "and says to store it with vigiectl central password" grep -q "vigiectl central password" <<<"$out"

# 2. Stored through vigiectl, it is in the Secret Service under Vigie's service name.
out=$(printf '%s\n' "$password" | ctl central password 2>&1)
check "vigiectl central password stores it ($out)" grep -q "stored in the keyring" <<<"$out"
key=$(/usr/bin/python3 -c 'import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]); print(f"{p.username}@{p.hostname}:{p.port}{p.path}")' "$uri")
stored=$(secret-tool lookup server vigie-central user "$key" 2>/dev/null || true)
check "the Secret Service holds it for $key" test "$stored" = "$password"

# 3. Every command then reaches the server that asks for it: the administrator's as the owner,
#    the desk's as the role `central enroll` gives it, each password from the keyring.
out=$(admin central init 2>&1)
check "central init with the password from the keyring ($out)" grep -q "at schema" <<<"$out"
workstation=$(sed -n 's/^id=//p' "$desk/vigie.conf")
out=$(admin central enroll "$workstation" 2>&1)
check "central enroll gives the desk its role ($out)" grep -q "enrolled at central as role" <<<"$out"
desk_uri=$(sed -n 's/^Its central link: //p' <<<"$out")
desk_password=$(tail -n 1 <<<"$out")
# shellcheck disable=SC2046 # `journal key` prints the two words enroll-key takes
out=$(admin central enroll-key $(ctl journal key) 2>&1)
check "central enroll-key registers the desk's public key ($out)" grep -q "enrolled at central" <<<"$out"
dctl() { "$vigiectl" --data-dir "$desk" --lang en --central "$desk_uri" "$@"; }
out=$(printf '%s\n' "$desk_password" | dctl central password 2>&1)
check "the desk's password goes to the keyring ($out)" grep -q "stored in the keyring" <<<"$out"
out=$(dctl sync 2>&1)
check "a sync as the desk's role with its password from the keyring ($out)" grep -q "events sent" <<<"$out"
out=$(ctl central verify 2>&1)
check "central verify with the password from the keyring" grep -q "chain" <<<"$out"

# 4. The passwords are in no file of the data folder, the settings or the home, keyring aside
#    (which keeps them encrypted).
leaks=$(grep -rlF -e "$password" -e "$desk_password" "$desk" "$HOME" 2>/dev/null || true)
check "the passwords are written in no file (found in: ${leaks:-none})" test -z "$leaks"

# 5. A wrong password in the keyring: the server's refusal, and where the password came from.
printf '%s\n' "not-the-password" | dctl central password >/dev/null
out=$(dctl sync 2>&1) && status=0 || status=$?
check "a wrong stored password fails the sync" test "$status" -ne 0
check "with the server's refusal in the message ($out)" grep -q "password authentication failed" <<<"$out"

# 6. No keyring at all (no D-Bus session): the message names the other ways.
out=$(env -u DBUS_SESSION_BUS_ADDRESS "$vigiectl" --data-dir "$desk" --lang en --central "$desk_uri" sync 2>&1) && status=0 || status=$?
check "without any keyring the sync fails" test "$status" -ne 0
check "and names PGPASSWORD and ~/.pgpass ($out)" grep -q "PGPASSWORD" <<<"$out"

# 7. PGPASSWORD still wins for scripts, keyring or not.
out=$(PGPASSWORD="$desk_password" env -u DBUS_SESSION_BUS_ADDRESS "$vigiectl" --data-dir "$desk" --lang en --central "$desk_uri" sync 2>&1)
check "PGPASSWORD serves scripts without a keyring ($out)" grep -q "events sent" <<<"$out"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "keyring round trip: all checks passed"
