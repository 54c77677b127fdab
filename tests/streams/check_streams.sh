#!/usr/bin/env bash
# Self-test of scripts/vigie_streams.py, the local RTSP camera server of the
# demo and the tests. Pulls real streams with GStreamer's rtspsrc and checks:
# sizes and frame rates of main and sub streams, UDP and TCP, real-time pacing,
# decoding across the clip's loop boundary, 404 on a wrong path, basic auth
# (401 without or with wrong credentials), SESSION counting with two clients on
# one path, cleanup after a client is SIGKILLed, SIGTERM/SIGINT exit 0, the
# clip cache (second start encodes nothing), restart on the same port right
# after a SIGKILL. Measures the first (encoding) and second (cache hit) start
# and the server's CPU while 6 sub-streams are pulled.
#
#   tests/streams/check_streams.sh [--keep]     (--keep: leave the temp dir)
#
# Needs the packages of scripts/setup. Exit status 0 only if every check passed.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SERVER="$ROOT/scripts/vigie_streams.py"
PY=/usr/bin/python3
KEEP=0
[ "${1:-}" = "--keep" ] && KEEP=1

TMP=$(mktemp -d "${TMPDIR:-/tmp}/check_streams.XXXXXX")
CACHE="$TMP/cache"
PASSED=0
FAILED=0
PIDS=()

cleanup() {
  local p
  for p in "${PIDS[@]}"; do
    kill -KILL "$p" 2>/dev/null
  done
  wait 2>/dev/null
  if [ "$KEEP" = 1 ]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
secs() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }
ok() { echo "ok   - $*"; PASSED=$((PASSED + 1)); }
fail() { echo "FAIL - $*"; FAILED=$((FAILED + 1)); }
check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}

for tool in gst-launch-1.0 timeout; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/setup"; exit 2; }
done
[ -x "$PY" ] || { echo "missing $PY: run scripts/setup"; exit 2; }

# wait_line FILE EXTENDED-REGEX SECONDS [PID]: succeed as soon as a line matches;
# fail on timeout, or when PID has exited without the line.
wait_line() {
  local file=$1 re=$2 deadline=$(($(now_ms) + $3 * 1000)) pid=${4:-}
  while [ "$(now_ms)" -lt "$deadline" ]; do
    grep -Eq -- "$re" "$file" 2>/dev/null && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      grep -Eq -- "$re" "$file" 2>/dev/null
      return
    fi
    sleep 0.05
  done
  return 1
}

# start_server NAME ARGS...: sets SRV_PID SRV_PORT SRV_OUT SRV_ERR SRV_MS (time to READY).
start_server() {
  local name=$1 t0
  shift
  SRV_OUT="$TMP/$name.out" SRV_ERR="$TMP/$name.err" SRV_PORT=""
  t0=$(now_ms)
  "$PY" "$SERVER" "$@" >"$SRV_OUT" 2>"$SRV_ERR" </dev/null &
  SRV_PID=$!
  PIDS+=("$SRV_PID")
  if wait_line "$SRV_OUT" '^READY port=[0-9]+$' 300 "$SRV_PID"; then
    SRV_MS=$(($(now_ms) - t0))
    SRV_PORT=$(sed -n 's/^READY port=\([0-9]*\)$/\1/p' "$SRV_OUT" | head -n 1)
    return 0
  fi
  echo "  server '$name' never printed READY; its stderr ends with:"
  tail -n 15 "$SRV_ERR" | sed 's/^/  | /'
  return 1
}

# stop_server PID SIGNAL: send SIGNAL, wait up to 10 s; succeed if the exit code is 0.
stop_server() {
  local pid=$1 sig=$2 deadline=$(($(now_ms) + 10000)) rc
  kill "-$sig" "$pid" 2>/dev/null || return 1
  while kill -0 "$pid" 2>/dev/null && [ "$(now_ms)" -lt "$deadline" ]; do sleep 0.05; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "  server $pid still running 10 s after SIG$sig"
    kill -KILL "$pid"
    wait "$pid" 2>/dev/null
    return 1
  fi
  wait "$pid"
  rc=$?
  [ "$rc" = 0 ] || echo "  server exited with $rc after SIG$sig"
  [ "$rc" = 0 ]
}

# pull PATH PROTO NBUF [rtspsrc properties...]: play NBUF H.264 access units
# from PATH on the current server; sets PULL_LOG, PULL_CAPS (WxH@FPS), PULL_MS.
PULL_N=0
pull() {
  local path=$1 proto=$2 n=$3 t0 rc caps w h f
  shift 3
  PULL_N=$((PULL_N + 1))
  PULL_LOG="$TMP/pull.$PULL_N.log"
  t0=$(now_ms)
  timeout 40 gst-launch-1.0 -v rtspsrc location="rtsp://127.0.0.1:$SRV_PORT$path" \
    protocols="$proto" latency=200 "$@" ! rtph264depay ! h264parse ! fakesink num-buffers="$n" \
    >"$PULL_LOG" 2>&1 </dev/null
  rc=$?
  PULL_MS=$(($(now_ms) - t0))
  caps=$(grep 'fakesink0.GstPad:sink: caps' "$PULL_LOG" | head -n 1)
  w=$(sed -n 's/.*width=(int)\([0-9]*\).*/\1/p' <<<"$caps")
  h=$(sed -n 's/.*height=(int)\([0-9]*\).*/\1/p' <<<"$caps")
  f=$(sed -n 's/.*framerate=(fraction)\([0-9/]*\).*/\1/p' <<<"$caps")
  PULL_CAPS="${w}x${h}@${f}"
  return $rc
}

# expect_play PATH PROTO WxH@FPS
expect_play() {
  if pull "$1" "$2" 30; then
    if [ "$PULL_CAPS" = "$3" ]; then
      ok "$1 over $2 plays $PULL_CAPS"
    else
      fail "$1 over $2 plays $PULL_CAPS, expected $3"
    fi
  else
    fail "$1 over $2 does not play:"
    grep -E 'ERROR|WARNING|debug' "$PULL_LOG" | head -n 4 | sed 's/^/  | /'
  fi
}

# expect_refused PATH STATUS-TEXT [rtspsrc properties...]
expect_refused() {
  local path=$1 status=$2
  shift 2
  if pull "$path" tcp 5 "$@"; then
    fail "$path ($*) played; expected $status"
  elif grep -q "$status" "$PULL_LOG"; then
    ok "$path ${*:+($*) }refused with $status"
  else
    fail "$path ($*) failed without $status:"
    grep -E 'ERROR|debug' "$PULL_LOG" | head -n 4 | sed 's/^/  | /'
  fi
}

proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

echo "# vigie_streams self-test in $TMP"

# ---------------------------------------------------------------- first start: encodes the clips
if ! start_server first --port 0 --cache "$CACHE"; then
  fail "first start (empty cache) reaches READY"
  echo "$PASSED passed, $FAILED failed"
  exit 1
fi
FIRST_MS=$SRV_MS
ok "first start (empty cache) reaches READY on port $SRV_PORT in $(secs "$FIRST_MS") s"
n_clips=$(find "$CACHE" -maxdepth 1 -name '*.h264' | wc -l)
check "12 distinct clips encoded into the cache ($n_clips)" test "$n_clips" = 12
check "no unfinished file left in the cache" test -z "$(find "$CACHE" -name '*.part')"
FIRST_PID=$SRV_PID

# Sizes, frame rates, transports.
expect_play /cam01/main tcp "1280x720@25/1"
expect_play /cam02/main udp "1280x720@25/1"
expect_play /cam06/main udp "768x576@10/1"
expect_play /cam06/sub tcp "640x360@15/1"
expect_play /cam02/sub udp "640x360@15/1"
expect_play /cam05/sub tcp "640x360@15/1"

# Real time: 46 frames at 15 fps span 3 s; a server sending as fast as it can
# would deliver them in a fraction of that.
if pull /cam04/sub tcp 46 && [ "$PULL_MS" -ge 2700 ] && [ "$PULL_MS" -le 12000 ]; then
  ok "46 frames of a 15 fps sub-stream arrive in real time ($(secs "$PULL_MS") s)"
else
  fail "46 frames of a 15 fps sub-stream took $(secs "$PULL_MS") s (expected about 3 s)"
fi

# Wrong paths.
expect_refused /cam99/main "Not Found (404)"
expect_refused /cam01/other "Not Found (404)"

# Two clients on one path at once share one pipeline and are counted.
before=$(grep -c 'media /cam03/sub created' "$SRV_ERR")
pull /cam03/sub tcp 75 & c1=$!
PIDS+=("$c1")
pull /cam03/sub udp 75 & c2=$!
PIDS+=("$c2")
check "SESSION open /cam03/sub total=2 while two clients play it" \
  wait_line "$SRV_OUT" '^SESSION open /cam03/sub total=2$' 20
wait "$c1"; r1=$?
wait "$c2"; r2=$?
check "both clients (TCP and UDP) of /cam03/sub played" test "$r1$r2" = 00
check "SESSION close /cam03/sub total=0 after they left" \
  wait_line "$SRV_OUT" '^SESSION close /cam03/sub total=0$' 10
created=$(($(grep -c 'media /cam03/sub created' "$SRV_ERR") - before))
check "the two clients shared one pipeline ($created created)" test "$created" = 1

# A client that vanishes (SIGKILL) does not leave its session behind.
# (no `timeout` in front: the SIGKILL must reach gst-launch itself)
gst-launch-1.0 -q rtspsrc location="rtsp://127.0.0.1:$SRV_PORT/cam05/main" protocols=udp \
  ! fakesink >/dev/null 2>&1 </dev/null &
c3=$!
PIDS+=("$c3")
if wait_line "$SRV_OUT" '^SESSION open /cam05/main total=1$' 15; then
  kill -KILL "$c3"
  wait "$c3" 2>/dev/null
  check "SIGKILLed client: SESSION close /cam05/main total=0" \
    wait_line "$SRV_OUT" '^SESSION close /cam05/main total=0$' 15
  check "SIGKILLed client: its pipeline is released" \
    wait_line "$SRV_ERR" 'media /cam05/main released' 15
else
  fail "client of /cam05/main never got a session"
fi

# Server CPU while 6 sub-streams are pulled. The clients decode 200 frames
# (13 s at 15 fps), so the generated scenes (10 s clips) cross their loop boundary.
cpids=()
for c in 01 02 03 04 05 06; do
  proto=tcp
  [ $((10#$c % 2)) = 1 ] && proto=udp
  timeout 60 gst-launch-1.0 rtspsrc location="rtsp://127.0.0.1:$SRV_PORT/cam$c/sub" protocols=$proto latency=200 \
    ! rtph264depay ! h264parse ! avdec_h264 ! fakesink num-buffers=200 \
    >"$TMP/decode.$c.log" 2>&1 </dev/null &
  cpids+=($!)
  PIDS+=($!)
done
all_open=1
for c in 01 02 03 04 05 06; do
  wait_line "$SRV_OUT" "^SESSION open /cam$c/sub total=1\$" 20 || all_open=0
done
check "6 sub-streams open at once" test "$all_open" = 1
t0=$(proc_ticks "$FIRST_PID")
sleep 10 # the measuring window, not a wait for something
t1=$(proc_ticks "$FIRST_PID")
HZ=$(getconf CLK_TCK)
CPU_PCT=$(awk -v d=$((t1 - t0)) -v hz="$HZ" 'BEGIN { printf "%.1f", d * 100 / (hz * 10) }')
RSS_MB=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$FIRST_PID/status")
decode_ok=1
for i in "${!cpids[@]}"; do
  c=$(printf '%02d' $((i + 1)))
  if ! wait "${cpids[$i]}"; then
    decode_ok=0
    echo "  cam$c/sub decode failed:"
    grep -E 'ERROR|WARNING' "$TMP/decode.$c.log" | head -n 3 | sed 's/^/  | /'
  elif grep -Eq 'ERROR|WARNING' "$TMP/decode.$c.log"; then
    decode_ok=0
    echo "  cam$c/sub decoded with warnings:"
    grep -E 'ERROR|WARNING' "$TMP/decode.$c.log" | head -n 3 | sed 's/^/  | /'
  fi
done
check "6 sub-streams decode 200 frames each, across the loop boundary, without error" test "$decode_ok" = 1

check "SIGTERM: the server exits with 0" stop_server "$FIRST_PID" TERM

# ---------------------------------------------------------------- second start: cache hit
if start_server second --port 0 --cache "$CACHE" --cameras 8; then
  SECOND_MS=$SRV_MS
  ok "second start (cache hit) reaches READY in $(secs "$SECOND_MS") s"
  check "second start encodes nothing" bash -c "! grep -q 'vigie_streams: encoding' '$SRV_ERR'"
  expect_play /cam08/sub udp "640x360@15/1"
  expect_refused /cam09/main "Not Found (404)"

  # SIGKILL with a client connected, then restart on the same port at once.
  PORT=$SRV_PORT
  gst-launch-1.0 -q rtspsrc location="rtsp://127.0.0.1:$PORT/cam01/main" protocols=tcp \
    ! fakesink >/dev/null 2>&1 </dev/null &
  c4=$!
  PIDS+=("$c4")
  wait_line "$SRV_OUT" '^SESSION open /cam01/main total=1$' 15 || echo "  (client of /cam01/main got no session)"
  kill -KILL "$SRV_PID"
  wait "$SRV_PID" 2>/dev/null
  kill -KILL "$c4" 2>/dev/null
  wait "$c4" 2>/dev/null

  # ------------------------------------------------------------ restart with --auth
  if start_server restarted --port "$PORT" --cache "$CACHE" --auth op:s3cret; then
    ok "restart on port $PORT right after SIGKILL"
    check "restarted server kept port $PORT" test "$SRV_PORT" = "$PORT"
    expect_refused /cam01/sub "Unauthorized (401)"
    expect_refused /cam01/sub "Unauthorized (401)" user-id=op user-pw=wrong
    expect_refused /cam01/sub "Unauthorized (401)" user-id=intruder user-pw=s3cret
    if pull /cam01/sub tcp 30 user-id=op user-pw=s3cret && [ "$PULL_CAPS" = "640x360@15/1" ]; then
      ok "/cam01/sub with the right credentials plays $PULL_CAPS"
    else
      fail "/cam01/sub with the right credentials: $PULL_CAPS"
      grep -E 'ERROR|debug' "$PULL_LOG" | head -n 4 | sed 's/^/  | /'
    fi
    check "SIGINT: the server exits with 0" stop_server "$SRV_PID" INT
  else
    fail "restart on port $PORT right after SIGKILL"
  fi
else
  SECOND_MS=""
  fail "second start (cache hit) reaches READY"
fi

echo "# first start (encoding 12 clips): $(secs "$FIRST_MS") s"
[ -n "$SECOND_MS" ] && echo "# second start (cache hit): $(secs "$SECOND_MS") s"
echo "# server CPU with 6 sub-streams pulled: ${CPU_PCT}% of one core over 10 s (RSS ${RSS_MB} MB)"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
