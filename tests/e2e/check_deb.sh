#!/usr/bin/env bash
# Builds the Debian package from a configured build dir and checks it.
#
#   tests/e2e/check_deb.sh --build-dir DIR [--out DIR] [--no-build]
#
# Builds the vigie and vigiectl targets (unless --no-build), runs
# "cpack -G DEB" into a temp dir, then checks the package: its control fields
# and Depends (the Qt plugins dpkg-shlibdeps cannot see, plus the libraries it
# found), its files (executables, .desktop, icon), and that the extracted
# binaries resolve their libraries and print "vigie X.Y.Z" / "vigiectl X.Y.Z"
# for --version, and that a crash of the stripped vigie is logged with frames that the
# vigie-dbgsym package resolves. --out DIR keeps the .deb there. Prints one PASS/FAIL line per
# check and "check_deb: N passed, M failed"; exits 0 only if all passed.
# shellcheck disable=SC2015  # "test && pass || fail": pass always succeeds
set -uo pipefail

usage() { echo "usage: $0 --build-dir DIR [--out DIR] [--no-build]" >&2; exit 2; }

BUILD="" OUT="" build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) BUILD=${2:-}; shift 2 ;;
    --out) OUT=${2:-}; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
[ -n "$BUILD" ] || usage
[ -f "$BUILD/CMakeCache.txt" ] || { echo "not a configured CMake build dir: $BUILD" >&2; exit 2; }
[ -f "$BUILD/CPackConfig.cmake" ] || { echo "no CPackConfig.cmake in $BUILD: is installer/ included?" >&2; exit 2; }
BUILD=$(cd "$BUILD" && pwd)
for tool in cpack dpkg-deb dpkg dpkg-shlibdeps; do
  command -v "$tool" > /dev/null || { echo "missing $tool: run scripts/setup" >&2; exit 2; }
done

passed=0 failed=0
pass() { passed=$((passed + 1)); echo "PASS: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
finish() {
  echo "check_deb: $passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
  exit $?
}
indent() { sed 's/^/  | /'; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/vigie-deb.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/share" XDG_RUNTIME_DIR="$TMP/runtime"
mkdir -p "$TMP/runtime" && chmod 700 "$TMP/runtime"

# The version the build dir was configured with (CPackConfig.cmake is generated).
want_version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\([^"]*\)").*/\1/p' "$BUILD/CPackConfig.cmake" | head -n 1)

if [ "$build" = 1 ]; then
  if cmake --build "$BUILD" --target vigie vigiectl > "$TMP/build.log" 2>&1; then
    pass "built vigie and vigiectl in $BUILD"
  else
    tail -n 30 "$TMP/build.log" | indent
    fail "cmake --build $BUILD --target vigie vigiectl"; finish
  fi
fi

if (cd "$BUILD" && cpack -G DEB -B "$TMP/pkg") > "$TMP/cpack.log" 2>&1; then
  :
else
  tail -n 30 "$TMP/cpack.log" | indent
  fail "cpack -G DEB failed"; finish
fi
mapfile -t debs < <(find "$TMP/pkg" -maxdepth 1 -name '*.deb' | sort)
if [ "${#debs[@]}" -ne 1 ]; then
  indent < "$TMP/cpack.log"
  fail "cpack made ${#debs[@]} .deb files, want 1"; finish
fi
deb=${debs[0]}
pass "cpack -G DEB made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
if [ -n "$OUT" ]; then mkdir -p "$OUT" && cp "$deb" "$OUT/"; fi

# ---- control fields ----
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = vigie ] && pass "Package: vigie" || fail "Package: '$(field Package)', want vigie"
version=$(field Version)
if [ -n "$want_version" ] && [[ "$version" == "$want_version" || "$version" == "$want_version"-* ]]; then
  pass "Version: $version (project $want_version)"
else
  fail "Version: '$version', want $want_version"
fi
[ "$(field Maintainer)" = "Vigie <dev@vigie.invalid>" ] && pass "Maintainer: $(field Maintainer)" || fail "Maintainer: '$(field Maintainer)'"
[ "$(field Section)" = video ] && pass "Section: video" || fail "Section: '$(field Section)', want video"
[ -n "$(field Description)" ] && pass "Description: $(field Description | head -n 1)" || fail "no Description"

depends=$(field Depends)
echo "  .. Depends: $depends"
missing=()
for d in qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-translations-l10n; do
  grep -Eq "(^|, )$d( |,|$)" <<< "$depends" || missing+=("$d")
done
[ "${#missing[@]}" -eq 0 ] && pass "Depends lists the Qt plugins and translations" || fail "Depends lacks ${missing[*]}"
# dpkg-shlibdeps ran: the C library and Qt's core library come from it.
if grep -Eq "(^|, )libc6 \(>=" <<< "$depends" && grep -Eq "(^|, )libqt6core6" <<< "$depends"; then
  pass "Depends has the shared libraries found by dpkg-shlibdeps (libc6, libqt6core6...)"
else
  fail "Depends lacks the dpkg-shlibdeps libraries (libc6, libqt6core6)"
fi

# Depends resolve on this machine (simulated install: changes nothing).
if command -v apt-get > /dev/null; then
  if apt-get install -s -q "$deb" > "$TMP/apt.log" 2>&1 && grep -q '^Inst vigie ' "$TMP/apt.log"; then
    pass "apt-get install -s resolves every dependency"
  else
    tail -n 15 "$TMP/apt.log" | indent
    fail "apt-get install -s $(basename "$deb") does not resolve"
  fi
fi

# ---- files ----
dpkg-deb -c "$deb" > "$TMP/contents"
for f in ./usr/bin/vigie ./usr/bin/vigiectl ./usr/share/applications/vigie.desktop \
         ./usr/share/icons/hicolor/scalable/apps/vigie.svg; do
  if awk -v f="$f" '$6 == f { found = 1 } END { exit !found }' "$TMP/contents"; then pass "package has $f"
  else fail "package lacks $f"; fi
done
stray=$(awk '$6 != "./" && $6 !~ /^\.\/usr\// { print $6 }' "$TMP/contents")
[ -z "$stray" ] && pass "everything under /usr" || fail "files outside /usr: $stray"

# ---- extracted: the executables run ----
ROOT="$TMP/root"
dpkg -x "$deb" "$ROOT"
for exe in vigie vigiectl; do
  bin="$ROOT/usr/bin/$exe"
  [ -x "$bin" ] || { fail "$exe: not executable after dpkg -x"; continue; }
  nf=$(ldd "$bin" 2>&1 | grep "not found")
  [ -z "$nf" ] && pass "$exe: every shared library resolves" || fail "$exe: unresolved libraries: $nf"
  rpath=$(readelf -d "$bin" 2>/dev/null | grep -E "RPATH|RUNPATH")
  [ -z "$rpath" ] && pass "$exe: no RPATH/RUNPATH" || fail "$exe: keeps $rpath"
  if [ "$exe" = vigie ]; then
    out=$(QT_QPA_PLATFORM=offscreen timeout 30 "$bin" --version 2>&1); rc=$?
  else
    out=$(timeout 30 "$bin" --version 2>&1); rc=$?
  fi
  line=$(grep -E "^$exe [0-9]+\.[0-9]+\.[0-9]+" <<< "$out" | head -n 1)
  if [ "$rc" -eq 0 ] && [ -n "$line" ]; then
    if [ -n "$want_version" ] && [[ "$line" != "$exe $want_version"* ]]; then
      fail "$exe --version: '$line', want version $want_version"
    else
      pass "$exe --version: $line"
    fi
  else
    indent <<< "$out"
    fail "$exe --version (exit $rc): no line matching ^$exe X.Y.Z"
  fi
done

# ---- a crash of the shipped (stripped) vigie says where it happened ----
# The log names each frame as module+offset with the module's build id; the debug file of that
# build id in vigie-dbgsym turns the offsets into Vigie's functions, as support would do with a
# crash log sent from a desk.
mapfile -t ddebs < <(find "$TMP/pkg" -maxdepth 1 -name '*.ddeb' | sort)
if [ "${#ddebs[@]}" -eq 1 ]; then
  pass "cpack made the debug symbols package $(basename "${ddebs[0]}")"
  dpkg -x "${ddebs[0]}" "$TMP/dbgsym"
else
  fail "cpack made ${#ddebs[@]} .ddeb files, want 1 (vigie-dbgsym)"
fi
if file "$ROOT/usr/bin/vigie" | grep -q "not stripped"; then
  fail "/usr/bin/vigie is not stripped"
else
  pass "/usr/bin/vigie is stripped"
fi
crash_data="$TMP/crash-data"
QT_QPA_PLATFORM=offscreen "$ROOT/usr/bin/vigie" --data-dir "$crash_data" > "$TMP/crash.out" 2>&1 &
crash_pid=$!
crash_log="$crash_data/logs/vigie.log"
for _ in $(seq 1 300); do # up to 60 s for the log to say the program started
  grep -q "vigie.app: vigie " "$crash_log" 2>/dev/null && break
  kill -0 "$crash_pid" 2>/dev/null || break
  sleep 0.2
done
# SIGSEGV to the main thread itself (tgkill), as an invalid access there would raise it; a signal
# sent to the process could land on any of its threads.
/usr/bin/python3 -c 'import ctypes, sys; pid = int(sys.argv[1]); sys.exit(ctypes.CDLL(None, use_errno=True).syscall(234, pid, pid, 11))' "$crash_pid"
wait "$crash_pid"; crash_rc=$?
if [ "$crash_rc" -eq 139 ] && grep -q "fatal signal SIGSEGV" "$crash_log" 2>/dev/null; then
  pass "a crash of vigie is logged (exit $crash_rc)"
else
  indent < "$TMP/crash.out"
  fail "vigie killed with SIGSEGV: exit $crash_rc, log: $(grep -c 'vigie.crash' "$crash_log" 2>/dev/null) crash lines"
fi
bin_path=$(readlink -f "$ROOT/usr/bin/vigie")
build_id=$(readelf -n "$ROOT/usr/bin/vigie" | sed -n 's/.*Build ID: \([0-9a-f]*\).*/\1/p')
if grep -q "build-id of $bin_path: $build_id" "$crash_log" 2>/dev/null; then
  pass "the crash log gives vigie's build id ($build_id)"
else
  fail "the crash log lacks 'build-id of $bin_path: $build_id'"
fi
debug_file="$TMP/dbgsym/usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug"
mapfile -t crash_offsets < <(sed -n "s|.*#[0-9]* $bin_path+\(0x[0-9a-f]*\)\$|\1|p" "$crash_log" 2>/dev/null)
if [ -f "$debug_file" ] && [ "${#crash_offsets[@]}" -gt 0 ]; then
  # Return addresses: the call is the byte before; -i names the functions inlined there too.
  calls=()
  for offset in "${crash_offsets[@]}"; do calls+=("$(printf '0x%x' $((offset - 1)))"); done
  functions=$(addr2line -f -C -i -e "$debug_file" "${calls[@]}" 2>&1)
  if grep -q "vigie::app::runVigie" <<< "$functions"; then
    pass "its frames resolve with vigie-dbgsym: $(grep -m1 'runVigie' <<< "$functions")"
  else
    indent <<< "$functions"
    fail "the frames ${crash_offsets[*]} do not resolve to vigie::app::runVigie"
  fi
else
  grep "vigie.crash" "$crash_log" 2>/dev/null | indent
  fail "no debug file $debug_file, or no frame of $bin_path in the crash log"
fi

if command -v desktop-file-validate > /dev/null; then
  dfv=$(desktop-file-validate "$ROOT/usr/share/applications/vigie.desktop" 2>&1); rc=$?
  if [ "$rc" -eq 0 ] && [ -z "$dfv" ]; then pass "vigie.desktop validates"
  else indent <<< "$dfv"; fail "desktop-file-validate vigie.desktop (exit $rc)"; fi
fi
grep -q '^Exec=vigie' "$ROOT/usr/share/applications/vigie.desktop" 2>/dev/null &&
  grep -q '^Icon=vigie$' "$ROOT/usr/share/applications/vigie.desktop" &&
  pass "vigie.desktop: Exec=vigie, Icon=vigie" || fail "vigie.desktop: Exec/Icon not vigie"

finish
