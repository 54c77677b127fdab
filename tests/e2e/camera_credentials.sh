#!/usr/bin/env bash
# Camera credentials through a real desktop keyring (gnome-keyring on a private D-Bus session):
# a camera address that still holds its user and password (an older register) gives them to
# the keyring at start and is rewritten without them, journaled; `vigiectl camera credentials`
# stores them for an administrator only; and then no file of the data folder (vigie.db, its
# write-ahead log, the journal in it, the logs) holds the secret; and the credentials the
# keyring holds reach the camera (test_video's hidden "[.keyring]" case, run in this session).
# Without a keyring the address stays as it was, with a message.
#   camera_credentials.sh --vigiectl PATH --test-video PATH
set -euo pipefail

vigiectl="" test_video=""
while [ $# -gt 0 ]; do
  case "$1" in
  --vigiectl) vigiectl=$2; shift 2 ;;
  --test-video) test_video=$2; shift 2 ;;
  *) echo "camera_credentials.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$vigiectl" ] && [ -x "$test_video" ] \
  || { echo "usage: camera_credentials.sh --vigiectl PATH --test-video PATH" >&2; exit 2; }

if [ -z "${VIGIE_KEYCHAIN_SESSION:-}" ]; then
  # Outer half: a home of our own, then a private D-Bus session running the inner half.
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/home"
  VIGIE_KEYCHAIN_SESSION=1 WORK="$work" HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" \
    XDG_RUNTIME_DIR="$work/home/run" \
    dbus-run-session -- "$0" --vigiectl "$vigiectl" --test-video "$test_video" 2> >(grep -v "Failed to set fd limit" >&2)
  exit $?
fi

mkdir -p -m 700 "$XDG_RUNTIME_DIR"
desk="$WORK/desk"
failures=0
check() { # check DESCRIPTION COMMAND...: the command must succeed
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}
ctl() { "$vigiectl" --data-dir "$desk" --lang en "$@"; }
main_url() { sqlite3 "$desk/vigie.db" "SELECT main_url FROM cameras WHERE number = $1"; }

ctl demo seed >/dev/null
secret="Cam-s3cret-$RANDOM$RANDOM"
second="Sub-s3cret-$RANDOM$RANDOM"
clean=$(main_url 1)
with_secret="rtsp://agent:$secret@${clean#rtsp://}"
# An older register: the camera's address holds its credentials.
sqlite3 "$desk/vigie.db" "UPDATE cameras SET main_url = '$with_secret' WHERE number = 1"

# 1. No keyring at all (no D-Bus session): the address stays as it was, and the message says so.
out=$(env -u DBUS_SESSION_BUS_ADDRESS "$vigiectl" --data-dir "$desk" --lang en camera list 2>&1)
check "without a keyring the credentials stay, and the message says so ($out)" \
  grep -q "stay in its address" <<<"$out"
check "the camera keeps its address: nothing lost" test "$(main_url 1)" = "$with_secret"

# 2. With the session's keyring, unlocked as a desktop login does: moved at start.
eval "$(printf '%s' "keyring-passphrase" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
out=$(ctl camera list 2>&1)
check "at start the credentials move to the keyring ($out)" grep -q "moved from .* address to the keyring" <<<"$out"
check "the address in the register has none" test "$(main_url 1)" = "$clean"
check "the list shows no secret" bash -c '! grep -qF -- "$1" <<<"$2"' _ "$secret" "$out"
stored=$(secret-tool lookup server vigie-cameras user camera-001-main 2>/dev/null || true)
check "the Secret Service holds them for camera 001's main stream" grep -qF -- "$secret" <<<"$stored"
moved=$(sqlite3 "$desk/vigie.db" "SELECT COUNT(*) FROM journal WHERE action = 'camera.credentials_moved' AND object_id = '1'")
check "the move is journaled" test "$moved" = "1"

# 3. vigiectl camera credentials: an operator is refused, an administrator stores them.
out=$(printf '%s\n%s\n' operateur "$second" | ctl camera credentials 2 --stream sub --camera-user agent --user operateur 2>&1) && status=0 || status=$?
check "an operator cannot set a camera's credentials ($out)" test "$status" -ne 0
out=$(printf '%s\n%s\n' administrateur "$second" | ctl camera credentials 2 --stream sub --camera-user agent --user administrateur 2>&1)
check "an administrator stores them ($out)" grep -q "are in the keyring" <<<"$out"
stored=$(secret-tool lookup server vigie-cameras user camera-002-sub 2>/dev/null || true)
check "the Secret Service holds camera 002's sub-stream credentials" grep -qF -- "$second" <<<"$stored"
out=$(ASAN_OPTIONS=detect_leaks=0 VIGIE_TEST_CAMERA_PASSWORD="$second" "$test_video" "[.keyring]" 2>&1) && status=0 || status=$?
check "the keyring's credentials reach the camera, the stored address alone is refused ($out)" \
  test "$status" -eq 0

# 4. Neither secret is in any file of the data folder: register, write-ahead log, journal, logs.
leaks=$(grep -rlaF -e "$secret" -e "$second" "$desk" 2>/dev/null || true)
check "no file of the data folder holds a camera secret (found in: ${leaks:-none})" test -z "$leaks"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "camera credentials: all checks passed"
