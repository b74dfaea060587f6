#!/usr/bin/env bash
# Validates the Teams app manifest template and the built app package with the shared offline
# validator (official Teams JSON schemas + icon and zip-layout checks). Exits non-zero on any error.
#
#   manifest/check.sh
#
# The validator lives read-only in ../shared/tools/validators/manifest next to the repository, so
# it is copied to a temp folder and installed there (npm ci from its lock file).
# VALIDATORS_DIR (env) points elsewhere if your checkout is laid out differently.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
validators="${VALIDATORS_DIR:-$(dirname "$repo")/shared/tools/validators}"

if [[ ! -f "$validators/manifest/validate-manifest.mjs" ]]; then
  echo "manifest validator not found in $validators/manifest (set VALIDATORS_DIR)" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$validators/manifest" "$work/manifest"
chmod -R u+w "$work"
(cd "$work/manifest" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

# A fixed test GUID and domain: the check is about shape, not about a real registration.
test_id="7c9e6679-7425-40de-944b-e07fc1f90ae7"
test_domain="bot.example.gov.cn"
validate() { node "$work/manifest/validate-manifest.mjs" "$@"; }

echo "== manifest template (placeholders filled by --var)"
validate "$here/" --var "APP_ID=$test_id" --var "BOT_ID=$test_id" --var "BOT_DOMAIN=$test_domain"

echo "== app package built by build.sh"
"$here/build.sh" "$test_id" "$test_domain"
validate "$here/build/directive-tracker.zip"

echo "manifest check passed"
