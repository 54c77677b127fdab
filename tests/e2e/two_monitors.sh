#!/usr/bin/env bash
# End-to-end smoke test of Vigie on a two-monitor desk, under a real X server.
#
#   tests/e2e/two_monitors.sh --vigie PATH --vigiectl PATH --streams PATH/vigie_streams.py --out DIR
#
# Seeds a demo database in a temp dir, starts the demo RTSP streams, starts
# Xorg (dummy driver, scripts/xdummy) with two 1920x1080 monitors side by
# side, logs in as "operateur", then checks that:
#   - the main window is mapped on the primary monitor,
#   - a wall window ("Vigie — Mur N", "Wall" in English) covers the second
#     monitor exactly,
#   - the screen settles (two screenshots 1 s apart, both painted),
#   - neither monitor is blank (DIR/monitor-0.png, DIR/monitor-1.png),
#   - another window over the whole second monitor stops the decoding of the
#     streams shown only on its wall; taken away, every one of them decodes
#     again,
#   - hot-plug: with the second monitor switched off in RandR (what a desktop
#     does when its cable is pulled) its wall window goes away and the main
#     window stays; switched back on at the same place, a wall covers it
#     again and is not blank (DIR/monitor-1-replugged.png); vigie is still
#     running and logged 'closing wall on ... (monitor unplugged)',
#   - vigie exits within 10 s of SIGTERM.
# DIR also gets vigie.log, vigiectl.log, streams.log, Xorg.log and root.png.
# Prints one PASS/FAIL line per check and "two_monitors: N passed, M failed";
# exits 0 only if every check passed. Everything it started is stopped on exit.
#
# Environment (optional): E2E_STREAMS_TIMEOUT (120 s, the first run encodes
# the clips into the cache), E2E_WINDOWS_TIMEOUT (60 s), E2E_STABLE_TIMEOUT
# (60 s; 5 s when a window check failed), E2E_HOTPLUG_TIMEOUT (20 s for each
# hot-plug step), E2E_MIN_STDDEV (0.005) and
# E2E_MIN_COLORS (16): a flat screen has 0 and 1, a 1920x1080 window of light
# grey with one line of 13 px text about 0.009 and 150; E2E_KEEP_TMP=1 keeps
# the temp dir; VIGIE_STREAMS_CACHE (default ${XDG_CACHE_HOME:-$HOME/.cache}/vigie-streams).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
XDUMMY="$repo/scripts/xdummy"

usage() {
  echo "usage: $0 --vigie PATH --vigiectl PATH --streams PATH/vigie_streams.py --out DIR" >&2
  exit 2
}

VIGIE="" VIGIECTL="" STREAMS="" OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --vigie) VIGIE=${2:-}; shift 2 ;;
    --vigiectl) VIGIECTL=${2:-}; shift 2 ;;
    --streams) STREAMS=${2:-}; shift 2 ;;
    --out) OUT=${2:-}; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
if [ -z "$VIGIE" ] || [ -z "$VIGIECTL" ] || [ -z "$STREAMS" ] || [ -z "$OUT" ]; then usage; fi
for f in "$VIGIE" "$VIGIECTL"; do [ -x "$f" ] || { echo "not an executable: $f" >&2; exit 2; }; done
[ -r "$STREAMS" ] || { echo "not readable: $STREAMS" >&2; exit 2; }
VIGIE=$(realpath "$VIGIE"); VIGIECTL=$(realpath "$VIGIECTL"); STREAMS=$(realpath "$STREAMS")
mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd) || exit 2
rm -f "$OUT"/monitor-*.png "$OUT/root.png" "$OUT/failure-root.png"

STREAMS_TIMEOUT=${E2E_STREAMS_TIMEOUT:-120}
WINDOWS_TIMEOUT=${E2E_WINDOWS_TIMEOUT:-60}
STABLE_TIMEOUT=${E2E_STABLE_TIMEOUT:-60}
HOTPLUG_TIMEOUT=${E2E_HOTPLUG_TIMEOUT:-20}
MIN_STDDEV=${E2E_MIN_STDDEV:-0.005}
MIN_COLORS=${E2E_MIN_COLORS:-16}
CACHE=${VIGIE_STREAMS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vigie-streams}
CONVERT=/usr/bin/convert
IMPORT=/usr/bin/import

for tool in xwininfo xrandr xdpyinfo xmessage "$IMPORT" "$CONVERT" Xorg; do
  command -v "$tool" > /dev/null || { echo "missing $tool: run scripts/setup" >&2; exit 2; }
done

passed=0 failed=0
pass() { passed=$((passed + 1)); echo "PASS: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
info() { echo "  .. $*"; }
now_ms() { date +%s%3N; }
t_start=$(now_ms)
elapsed() { printf '%d.%01ds' $(( ($(now_ms) - t_start) / 1000 )) $(( ($(now_ms) - t_start) % 1000 / 100 )); }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/vigie-e2e.XXXXXX")
DATA="$TMP/data"
mkdir -p "$DATA" "$TMP/config" "$TMP/share" "$TMP/runtime"
chmod 700 "$TMP/runtime"
# Keep the user's own Vigie settings out of the test, and the test's out of them.
export XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/share" XDG_RUNTIME_DIR="$TMP/runtime"

streams_pid="" vigie_pid="" display="" xdir="$TMP/xorg"

# shellcheck disable=SC2317  # stop_pid and cleanup run from the EXIT trap
# Stops $1 (a child pid) with SIGTERM, then SIGKILL after $2 seconds.
stop_pid() {
  local pid=$1 secs=$2 deadline
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null
  deadline=$(( $(now_ms) + secs * 1000 ))
  while kill -0 "$pid" 2>/dev/null && [ "$(now_ms)" -lt "$deadline" ]; do sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return 0
}

# shellcheck disable=SC2317
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$vigie_pid" 5
  stop_pid "$streams_pid" 10
  if [ -n "$display" ]; then
    [ -f "$xdir/Xorg.log" ] && cp "$xdir/Xorg.log" "$OUT/Xorg.log"
    "$XDUMMY" stop "$display" --dir "$xdir" 2>/dev/null
  fi
  if [ "${E2E_KEEP_TMP:-0}" = 1 ]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM

finish() {
  echo "two_monitors: $passed passed, $failed failed ($(elapsed))"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
  exit $?
}

# Fails the current check and ends the run (later checks cannot run).
abort() { fail "$*"; finish; }

# ---- 1-2. stream server, then the demo database pointing at its port ----
mkdir -p "$CACHE"
PYTHONUNBUFFERED=1 /usr/bin/python3 "$STREAMS" --port 0 --cache "$CACHE" \
  < /dev/null > "$OUT/streams.log" 2>&1 &
streams_pid=$!
port=""
deadline=$(( $(now_ms) + STREAMS_TIMEOUT * 1000 ))
while :; do
  port=$(sed -n 's/^READY port=\([0-9][0-9]*\).*/\1/p' "$OUT/streams.log" | head -n 1)
  [ -n "$port" ] && break
  if ! kill -0 "$streams_pid" 2>/dev/null; then
    tail -n 20 "$OUT/streams.log" | sed 's/^/  streams| /'
    abort "stream server exited before READY (see $OUT/streams.log)"
  fi
  if [ "$(now_ms)" -ge "$deadline" ]; then
    tail -n 20 "$OUT/streams.log" | sed 's/^/  streams| /'
    abort "stream server not READY within ${STREAMS_TIMEOUT}s"
  fi
  sleep 0.2
done
pass "stream server READY on port $port after $(elapsed) (cache $CACHE)"

"$VIGIECTL" --data-dir "$DATA" demo seed --rtsp-port "$port" > "$OUT/vigiectl.log" 2>&1
rc=$?
if [ "$rc" -eq 0 ]; then
  pass "vigiectl demo seed (data dir $DATA)"
else
  tail -n 20 "$OUT/vigiectl.log" | sed 's/^/  vigiectl| /'
  abort "vigiectl demo seed failed (exit $rc, see $OUT/vigiectl.log)"
fi
# The demo landlord's cameras (5 and 6, on the second wall) play only in a viewing session: the
# operator records the landlord's request and opens its session, as the register requires.
request=$(VIGIE_PASSWORD=operateur "$VIGIECTL" --data-dir "$DATA" --lang en bailleur request \
  --user operateur --convention HSH-2025-017 --situation landlord_alert --cameras 5,6 \
  --minutes 30 2>> "$OUT/vigiectl.log" | sed -n 's/^Request \([^ ]*\) recorded.*/\1/p')
if [ -n "$request" ] && VIGIE_PASSWORD=operateur "$VIGIECTL" --data-dir "$DATA" --lang en \
  bailleur session open "$request" --user operateur >> "$OUT/vigiectl.log" 2>&1; then
  pass "landlord's viewing session open for cameras 5 and 6 (request $request)"
else
  tail -n 20 "$OUT/vigiectl.log" | sed 's/^/  vigiectl| /'
  abort "cannot open the landlord's viewing session (see $OUT/vigiectl.log)"
fi

# ---- 3. Xorg with two monitors side by side, on a free display ----
for n in $(seq 90 130); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
  t0=$(now_ms)
  if "$XDUMMY" start ":$n" --monitors 2 --size 1920x1080 --dir "$xdir" > /dev/null 2> "$TMP/xdummy.err"; then
    display=":$n"
    break
  fi
  # Lost a race for this number, or Xorg failed: retry only for the former.
  grep -q "is in use" "$TMP/xdummy.err" || { sed 's/^/  xdummy| /' "$TMP/xdummy.err"; abort "Xorg (scripts/xdummy) failed to start"; }
done
[ -n "$display" ] || abort "no free X display number in 90..130"
export DISPLAY="$display"
pass "Xorg on $display ready in $(( $(now_ms) - t0 )) ms: $(xrandr --listmonitors | sed -n 's/^ *[0-9]*: +\**\([^ ]*\) \([0-9]*\)\/[0-9]*x\([0-9]*\)\/[0-9]*+\([0-9]*\)+\([0-9]*\).*/\1 \2x\3+\4+\5/p' | paste -sd ' ' -)"

# Monitor geometries "name w h x y", primary first, from RandR.
mapfile -t monitors < <(xrandr --listmonitors |
  sed -n 's/^ *[0-9]*: +\**\([^ ]*\) \([0-9]*\)\/[0-9]*x\([0-9]*\)\/[0-9]*+\([0-9]*\)+\([0-9]*\).*/\1 \2 \3 \4 \5/p')
[ "${#monitors[@]}" -eq 2 ] || abort "expected 2 monitors, RandR has ${#monitors[@]}"
read -r _ m0w m0h m0x m0y <<< "${monitors[0]}"
read -r m1name m1w m1h m1x m1y <<< "${monitors[1]}"

# ---- 4. vigie, logged in as operateur ----
# qt.qpa.screen: Qt's own account of the monitors coming and going, in
# vigie.log for the hot-plug checks; vigie.video's debug lines say when each
# engine stops and resumes decoding, for the covered-wall check. Setting QT_LOGGING_RULES stops vigie
# from applying its default rules, hence vigie.*.debug=false here.
VIGIE_PASSWORD=operateur QT_QPA_PLATFORM=xcb QT_LOGGING_RULES="qt.qpa.screen=true;vigie.*.debug=false;vigie.video.debug=true" \
  "$VIGIE" --data-dir "$DATA" --user operateur < /dev/null > "$OUT/vigie.log" 2>&1 &
vigie_pid=$!
t_vigie=$(now_ms)
info "vigie started (pid $vigie_pid)"

# ---- 5. windows: main on the primary monitor, a wall covering the second ----
# Prints "id|x|y|w|h|name" for each viewable window whose name starts with Vigie.
vigie_windows() {
  local id info name x y w h state
  for id in $(LC_ALL=C.UTF-8 xwininfo -root -tree 2>/dev/null | sed -n 's/^ *\(0x[0-9a-f]*\) "Vigie.*/\1/p'); do
    info=$(LC_ALL=C.UTF-8 xwininfo -id "$id" 2>/dev/null) || continue
    state=$(sed -n 's/^ *Map State: *//p' <<< "$info")
    [ "$state" = IsViewable ] || continue
    name=$(sed -n '1,3s/^xwininfo: Window id: 0x[0-9a-f]* "\(.*\)"$/\1/p' <<< "$info")
    x=$(sed -n 's/^ *Absolute upper-left X: *//p' <<< "$info")
    y=$(sed -n 's/^ *Absolute upper-left Y: *//p' <<< "$info")
    w=$(sed -n 's/^ *Width: *//p' <<< "$info")
    h=$(sed -n 's/^ *Height: *//p' <<< "$info")
    echo "$id|$x|$y|$w|$h|$name"
  done
}

main_ok="" wall_ok="" windows=""
deadline=$(( $(now_ms) + WINDOWS_TIMEOUT * 1000 ))
while :; do
  windows=$(vigie_windows)
  main_ok="" wall_ok=""
  while IFS='|' read -r id x y w h name; do
    [ -n "$id" ] || continue
    case "$name" in
      *Mur*|*Wall*)  # French, or English where the locale is C
        [ "$x" -eq "$m1x" ] && [ "$y" -eq "$m1y" ] && [ "$w" -eq "$m1w" ] && [ "$h" -eq "$m1h" ] &&
          wall_ok="$name ${w}x${h}+${x}+${y}" ;;
      *)
        [ "$x" -ge "$m0x" ] && [ "$x" -lt $((m0x + m0w)) ] && [ "$y" -ge "$m0y" ] && [ "$y" -lt $((m0y + m0h)) ] &&
          main_ok="$name ${w}x${h}+${x}+${y}" ;;
    esac
  done <<< "$windows"
  [ -n "$main_ok" ] && [ -n "$wall_ok" ] && break
  kill -0 "$vigie_pid" 2>/dev/null || break
  [ "$(now_ms)" -ge "$deadline" ] && break
  sleep 0.25
done
if [ -n "$windows" ]; then
  info "Vigie windows mapped after $(( ($(now_ms) - t_vigie) / 1000 )) s (id|x|y|w|h|name):"
  # shellcheck disable=SC2001
  sed 's/^/       /' <<< "$windows"
fi
if ! kill -0 "$vigie_pid" 2>/dev/null; then
  wait "$vigie_pid"; rc=$?; vigie_pid=""
  tail -n 20 "$OUT/vigie.log" | sed 's/^/  vigie| /'
  abort "vigie exited (status $rc) before its windows were up (see $OUT/vigie.log)"
fi
if [ -n "$main_ok" ]; then pass "main window on the primary monitor: $main_ok"
else fail "no viewable main window (name Vigie*, not Mur/Wall) with x,y on the primary monitor ${m0w}x${m0h}+${m0x}+${m0y} within ${WINDOWS_TIMEOUT}s"; fi
if [ -n "$wall_ok" ]; then pass "wall window covers the second monitor: $wall_ok"
else fail "no viewable wall window (name Vigie*Mur* or Vigie*Wall*) at exactly ${m1w}x${m1h}+${m1x}+${m1y} within ${WINDOWS_TIMEOUT}s"; fi

# ---- 6-7. a settled picture, then each monitor must not be blank ----
# Prints "stddev colours" of image $1.
metrics() { "$CONVERT" "$1" -format '%[fx:standard_deviation] %k' info: 2>/dev/null; }
# True if "stddev colours" passes the thresholds.
painted() { awk -v s="$1" -v k="$2" -v ms="$MIN_STDDEV" -v mk="$MIN_COLORS" 'BEGIN { exit !(s >= ms && k >= mk) }'; }
# Screenshot of the root into $1, cropped into $1.0.png and $1.1.png; prints "s0 k0 s1 k1".
shoot() {
  "$IMPORT" -silent -window root "png:$1.png" 2>/dev/null || return 1
  "$CONVERT" "$1.png" -crop "${m0w}x${m0h}+${m0x}+${m0y}" +repage "png:$1.0.png" &&
    "$CONVERT" "$1.png" -crop "${m1w}x${m1h}+${m1x}+${m1y}" +repage "png:$1.1.png" || return 1
  echo "$(metrics "$1.0.png") $(metrics "$1.1.png")"
}

# Windows missing: shoot what there is for the record, without the long wait.
[ -n "$main_ok" ] && [ -n "$wall_ok" ] || STABLE_TIMEOUT=5
prev="" good=0 shots=0 stable=""
deadline=$(( $(now_ms) + STABLE_TIMEOUT * 1000 ))
while :; do
  t_shot=$(now_ms)
  shots=$((shots + 1))
  cur=$(shoot "$TMP/shot") || cur=""
  read -r s0 k0 s1 k1 <<< "${cur:-0 0 0 0}"
  if painted "$s0" "$k0" && painted "$s1" "$k1"; then
    # Settled: painted twice in a row, and the wall's colours no longer
    # climbing fast (tiles still coming up one by one).
    if [ "$good" -ge 1 ] && awk -v a="$prev" -v b="$k1" 'BEGIN { exit !(b <= a * 1.5 + 64) }'; then
      stable=yes
      break
    fi
    good=$((good + 1))
  else
    good=0
  fi
  prev=$k1
  kill -0 "$vigie_pid" 2>/dev/null || break
  [ "$(now_ms)" -ge "$deadline" ] && break
  # Next shot 1 s after the start of this one.
  rest=$(( 1000 - ($(now_ms) - t_shot) ))
  [ "$rest" -gt 0 ] && sleep "$(printf '0.%03d' "$rest")"
done
if [ -f "$TMP/shot.png" ]; then
  cp "$TMP/shot.png" "$OUT/root.png"
  cp "$TMP/shot.0.png" "$OUT/monitor-0.png"
  cp "$TMP/shot.1.png" "$OUT/monitor-1.png"
fi
if [ -n "$stable" ]; then pass "picture settled after $shots screenshots ($(( ($(now_ms) - t_vigie) / 1000 )) s after start)"
else fail "picture not settled (two painted screenshots in a row) within ${STABLE_TIMEOUT}s, $shots screenshots"; fi

for i in 0 1; do
  f="$OUT/monitor-$i.png"
  if [ ! -s "$f" ]; then fail "monitor $i: no screenshot"; continue; fi
  read -r s k <<< "$(metrics "$f")"
  if painted "${s:-0}" "${k:-0}"; then
    pass "monitor $i not blank: stddev $s >= $MIN_STDDEV, $k colours >= $MIN_COLORS ($f)"
  else
    fail "monitor $i blank: stddev ${s:-?} (min $MIN_STDDEV), ${k:-?} colours (min $MIN_COLORS) ($f)"
  fi
done

# ---- 9-10. hot-plug: unplug the second monitor, then plug it back ----
# A desktop answers a pulled cable by switching the output's CRTC off; the
# monitor then leaves RandR's monitor list (RRGetMonitors), which is what Qt
# follows, and xrandr shrinks the framebuffer by itself. That is done here:
# the dummy driver has no connection state to flip, and "xrandr --delmonitor"
# cannot remove a monitor that stands for an output.
# Mapped and viewable are one thing for top-level windows (their parent, the
# root, is always mapped), so vigie_windows sees every mapped wall.

# Prints the vigie.log lines since line $1 that tell what Qt and vigie saw.
screen_log() {
  tail -n +"$(( $1 + 1 ))" "$OUT/vigie.log" |
    grep -E 'qt\.qpa\.screen: (destroy|createScreen|adding)|vigie\.walls|vigie\.crash| [WEF] ' |
    cut -c 1-170 | sed 's/^/       /'
}

hotplug() {
  local mode mark t0 t_off ms left main windows wall id x y w h name s k rest t_shot prev good
  # The RandR id of the mode monitor 1 shows, to give it back on re-plug.
  mode=$(xrandr --verbose | sed -n "s/^$m1name connected[^(]*(\(0x[0-9a-f]*\)).*/\1/p" | head -n 1)
  mark=$(wc -l < "$OUT/vigie.log")

  # 9. unplug: its wall goes away, the main window stays.
  t0=$(now_ms)
  if ! xrandr --output "$m1name" --off 2> "$TMP/xrandr.err"; then
    sed 's/^/  xrandr| /' "$TMP/xrandr.err"
    fail "xrandr --output $m1name --off failed"; return
  fi
  t_off=$(now_ms)
  info "$m1name off in $(( t_off - t0 )) ms: $(xrandr | sed -n 's/^Screen 0:.*\(current [0-9]* x [0-9]*\).*/framebuffer \1/p'), RandR monitors: $(xrandr --listmonitors | sed -n 's/^ *[0-9]*: +\**\([^ ]*\) .*/\1/p' | paste -sd ' ' -)"
  deadline=$(( t_off + HOTPLUG_TIMEOUT * 1000 ))
  while :; do
    windows=$(vigie_windows)
    left="" main=""
    while IFS='|' read -r id x y w h name; do
      [ -n "$id" ] || continue
      case "$name" in
        *Mur*"($m1name)"*|*Wall*"($m1name)"*) left="${left:+$left, }$id $name ${w}x${h}+${x}+${y}" ;;
        *Mur*|*Wall*) ;;
        *) [ "$x" -ge "$m0x" ] && [ "$x" -lt $((m0x + m0w)) ] && [ "$y" -ge "$m0y" ] && [ "$y" -lt $((m0y + m0h)) ] &&
             main="$name ${w}x${h}+${x}+${y}" ;;
      esac
    done <<< "$windows"
    [ -z "$left" ] && [ -n "$main" ] && break
    kill -0 "$vigie_pid" 2>/dev/null || break
    [ "$(now_ms)" -ge "$deadline" ] && break
    sleep 0.1
  done
  ms=$(( $(now_ms) - t_off ))
  screen_log "$mark"
  if ! kill -0 "$vigie_pid" 2>/dev/null; then
    fail "vigie exited after $m1name was switched off (see $OUT/vigie.log)"; return
  elif [ -z "$left" ] && [ -n "$main" ]; then
    pass "monitor unplugged ($m1name off): its wall gone after $ms ms, main window still up: $main"
  else
    [ -n "$left" ] && fail "monitor unplugged ($m1name off): wall still mapped after ${HOTPLUG_TIMEOUT}s: $left"
    [ -z "$main" ] && fail "monitor unplugged ($m1name off): no viewable main window on the primary monitor after ${ms} ms"
    info "RandR monitors now:"; xrandr --listmonitors | sed 's/^/       /'
  fi

  # 10. plug back: the same mode at the same place; a wall covers it again.
  if [ -z "$mode" ]; then
    fail "monitor re-plugged: no mode of $m1name found in 'xrandr --verbose' before the unplug"; return
  fi
  mark=$(wc -l < "$OUT/vigie.log")
  t0=$(now_ms)
  if ! xrandr --output "$m1name" --mode "$mode" --pos "${m1x}x${m1y}" --rotate normal 2> "$TMP/xrandr.err"; then
    sed 's/^/  xrandr| /' "$TMP/xrandr.err"
    fail "xrandr --output $m1name --mode $mode --pos ${m1x}x${m1y} failed"; return
  fi
  t_off=$(now_ms)
  info "$m1name on again (mode $mode) in $(( t_off - t0 )) ms: $(xrandr | sed -n 's/^Screen 0:.*\(current [0-9]* x [0-9]*\).*/framebuffer \1/p'), RandR monitors: $(xrandr --listmonitors | sed -n 's/^ *[0-9]*: +\**\([^ ]*\) \([0-9]*\)\/[0-9]*x\([0-9]*\)\/[0-9]*+\([0-9]*\)+\([0-9]*\).*/\1 \2x\3+\4+\5/p' | paste -sd ' ' -)"
  deadline=$(( t_off + HOTPLUG_TIMEOUT * 1000 ))
  wall=""
  while :; do
    windows=$(vigie_windows)
    while IFS='|' read -r id x y w h name; do
      case "$name" in
        *Mur*"($m1name)"*|*Wall*"($m1name)"*)
          [ "$x" -eq "$m1x" ] && [ "$y" -eq "$m1y" ] && [ "$w" -eq "$m1w" ] && [ "$h" -eq "$m1h" ] &&
            wall="$id $name ${w}x${h}+${x}+${y}" ;;
      esac
    done <<< "$windows"
    [ -n "$wall" ] && break
    kill -0 "$vigie_pid" 2>/dev/null || break
    [ "$(now_ms)" -ge "$deadline" ] && break
    sleep 0.1
  done
  ms=$(( $(now_ms) - t_off ))
  screen_log "$mark"
  if ! kill -0 "$vigie_pid" 2>/dev/null; then
    fail "vigie exited after $m1name was switched back on (see $OUT/vigie.log)"; return
  fi
  if [ -n "$wall" ]; then
    pass "monitor re-plugged ($m1name on at +${m1x}+${m1y}): wall back after $ms ms: $wall"
  else
    fail "monitor re-plugged ($m1name on): no viewable wall window named *($m1name) at exactly ${m1w}x${m1h}+${m1x}+${m1y} within ${HOTPLUG_TIMEOUT}s"
    info "Vigie windows (id|x|y|w|h|name):"
    # shellcheck disable=SC2001
    [ -n "$windows" ] && sed 's/^/       /' <<< "$windows"
  fi

  # The re-plugged monitor must not be blank: painted twice in a row, with its
  # colours no longer climbing fast, as in step 6 (at most 5 s without a wall).
  [ -n "$wall" ] || deadline=$(( $(now_ms) + 5000 ))
  prev="" good=0 s="" k=""
  while :; do
    t_shot=$(now_ms)
    if read -r _ _ s k < <(shoot "$TMP/replug") && painted "$s" "$k"; then
      if [ "$good" -ge 1 ] && awk -v a="$prev" -v b="$k" 'BEGIN { exit !(b <= a * 1.5 + 64) }'; then break; fi
      good=$((good + 1))
    else
      good=0
    fi
    prev=$k
    kill -0 "$vigie_pid" 2>/dev/null || break
    [ "$(now_ms)" -ge "$deadline" ] && break
    rest=$(( 500 - ($(now_ms) - t_shot) ))
    [ "$rest" -gt 0 ] && sleep "$(printf '0.%03d' "$rest")"
  done
  ms=$(( $(now_ms) - t_off ))
  f="$OUT/monitor-1-replugged.png"
  if [ -s "$TMP/replug.1.png" ]; then
    cp "$TMP/replug.1.png" "$f"
    read -r s k <<< "$(metrics "$f")"
    if painted "${s:-0}" "${k:-0}"; then
      pass "monitor 1 not blank after re-plug ($ms ms): stddev $s >= $MIN_STDDEV, $k colours >= $MIN_COLORS ($f)"
    else
      fail "monitor 1 blank after re-plug ($ms ms): stddev ${s:-?} (min $MIN_STDDEV), ${k:-?} colours (min $MIN_COLORS) ($f)"
    fi
    # Same layout as before the unplug? Live pictures differ anyway: a hint only.
    [ -s "$OUT/monitor-1.png" ] &&
      info "$("$CONVERT" "$OUT/monitor-1.png" "$f" -metric AE -compare -format '%[distortion]' info: 2>/dev/null ||
        echo '?') of $((m1w * m1h)) pixels differ from monitor-1.png (before the unplug)"
  else
    fail "monitor 1 after re-plug: no screenshot"
  fi
}

# ---- 8. a wall covered by another window stops decoding, and resumes ----
# Another application's window over the whole second monitor (xmessage, placed
# exactly: there is no window manager). The X server tells vigie the wall is
# fully obscured; the engines of the cameras shown only there must stop
# decoding, and every one of them must show pictures again once uncovered.
covered_wall() {
  local mark cover_pid deadline stopped resumed name missing=""
  mark=$(wc -l < "$OUT/vigie.log")
  xmessage -geometry "${m1w}x${m1h}+${m1x}+${m1y}" "Vigie e2e: another window over $m1name" > /dev/null 2>&1 &
  cover_pid=$!
  deadline=$(( $(now_ms) + 10000 ))
  stopped=""
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if tail -n +"$(( mark + 1 ))" "$OUT/vigie.log" | grep -q "occlusion: window .*($m1name) fully covered"; then
      sleep 1 # the engines stop on their next turn
      stopped=$(tail -n +"$(( mark + 1 ))" "$OUT/vigie.log" | sed -n 's/.* vigie\.video: \(.*\) hidden: decoding stops$/\1/p' | sort -u)
      [ -n "$stopped" ] && break
    fi
    sleep 0.2
  done
  if [ -n "$stopped" ]; then
    pass "wall on $m1name covered by another window: decoding stopped for $(wc -l <<< "$stopped") stream(s): $(paste -sd ' ' <<< "$stopped")"
  else
    fail "wall on $m1name covered by another window for 10 s: no 'fully covered' and 'hidden: decoding stops' lines in $OUT/vigie.log"
  fi
  mark=$(wc -l < "$OUT/vigie.log")
  kill "$cover_pid" 2>/dev/null; wait "$cover_pid" 2>/dev/null
  [ -n "$stopped" ] || return
  # Uncovered: each stopped stream resumes (or reopens, if it was closed while hidden) and
  # has a picture again.
  deadline=$(( $(now_ms) + 15000 ))
  while :; do
    missing=""
    resumed=$(tail -n +"$(( mark + 1 ))" "$OUT/vigie.log")
    while read -r name; do
      grep -qF -e "$name shown: decoding resumes" -e "$name first picture" <<< "$resumed" || missing="$missing $name"
    done <<< "$stopped"
    [ -z "$missing" ] && break
    [ "$(now_ms)" -ge "$deadline" ] && break
    sleep 0.2
  done
  if [ -z "$missing" ]; then pass "wall on $m1name uncovered: every stopped stream decodes again"
  else fail "wall on $m1name uncovered for 15 s: still not decoding:$missing"; fi
}

if kill -0 "$vigie_pid" 2>/dev/null; then
  covered_wall
  hotplug
  # Neither step may cost vigie its life, and the unplug must be in its log.
  if kill -0 "$vigie_pid" 2>/dev/null; then
    pass "vigie still running after the unplug and re-plug of $m1name"
  else
    fail "vigie no longer running after the hot-plug of $m1name (see $OUT/vigie.log)"
  fi
  line=""
  for f in "$DATA/logs/vigie.log" "$OUT/vigie.log"; do
    line=$(grep -E "vigie\.walls: closing wall on \"?$m1name\"? \(monitor unplugged\)" "$f" 2>/dev/null | head -n 1) &&
      [ -n "$line" ] && break
  done
  if [ -n "$line" ]; then pass "log has the unplug: ${line#* } ($f)"
  else fail "no 'vigie.walls: closing wall on \"$m1name\" (monitor unplugged)' in $DATA/logs/vigie.log nor $OUT/vigie.log"; fi
else
  info "vigie not running: hot-plug checks skipped"
fi

# ---- 11. vigie must quit on SIGTERM within 10 s ----
if kill -0 "$vigie_pid" 2>/dev/null; then
  t0=$(now_ms)
  kill -TERM "$vigie_pid"
  while kill -0 "$vigie_pid" 2>/dev/null && [ $(( $(now_ms) - t0 )) -lt 10000 ]; do sleep 0.1; done
  if kill -0 "$vigie_pid" 2>/dev/null; then
    fail "vigie still running 10 s after SIGTERM; killed"
    kill -KILL "$vigie_pid"; wait "$vigie_pid" 2>/dev/null
  else
    wait "$vigie_pid"; rc=$?
    case "$rc" in
      0|143) pass "vigie exited $(( $(now_ms) - t0 )) ms after SIGTERM (status $rc)" ;;
      *) fail "vigie exited $(( $(now_ms) - t0 )) ms after SIGTERM with status $rc (crash?)"
         tail -n 20 "$OUT/vigie.log" | sed 's/^/  vigie| /' ;;
    esac
  fi
  vigie_pid=""
else
  wait "$vigie_pid"; rc=$?
  fail "vigie was no longer running at the end (status $rc, see $OUT/vigie.log)"
  vigie_pid=""
fi

finish
