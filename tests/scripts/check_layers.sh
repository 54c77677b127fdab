#!/usr/bin/env bash
# scripts/check-layers, which the build runs before core compiles, passes on the tree and fails,
# naming the file, the line and the rule, on an include of a module above and on SQL naming a
# table another module owns (a statement split over two string literals included).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$root/scripts/check-layers" "$root" || fail "the tree itself breaks a rule"

cp -r "$root/core" "$work/core"
cat >>"$work/core/walls/tour.cpp" <<'CPP'
#include "core/records/incident.h"
CPP
cat >>"$work/core/sync/sync_worker.cpp" <<'CPP'
static const char *forged = "UPDATE users SET password_hash = ? WHERE login = ?";
static const char *split = "SELECT seq FROM"
                           " journal WHERE workstation = ?";
CPP
if out=$("$root/scripts/check-layers" "$work" 2>&1); then
    fail "a tree with three broken rules passed"
fi
grep -q "core/walls/tour.cpp:.*core/walls may not include core/records" <<<"$out" \
    || fail "the upward include is not named: $out"
grep -q "core/sync/sync_worker.cpp:.*table 'users' belongs to core/access" <<<"$out" \
    || fail "the write into access's table is not named: $out"
grep -q "table 'journal' belongs to core/journal" <<<"$out" \
    || fail "the read of journal's table split over two literals is not named: $out"
echo "check-layers: passes on the tree, names each broken rule"
