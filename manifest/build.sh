#!/usr/bin/env bash
# Builds the Teams app package manifest/build/directive-tracker.zip from manifest.json and the icons.
#
#   manifest/build.sh APP_ID [BOT_DOMAIN]
#
# APP_ID      the bot's Microsoft App ID (Entra application client id, a GUID). It fills {{BOT_ID}}
#             and, unless TEAMS_APP_ID is set, also {{APP_ID}} (the Teams app id).
# BOT_DOMAIN  host name the bot serves pages from (e.g. bot.example.gov.cn), no scheme or path.
#             Fills {{BOT_DOMAIN}} in validDomains, the board tab's contentUrl (https://HOST/tab/board)
#             and its Teams SSO resource (webApplicationInfo: api://HOST/APP_ID). When omitted the
#             package is the bot alone: validDomains empty, no board tab, no webApplicationInfo.
# TEAMS_APP_ID (env, optional) a separate GUID for the Teams app itself.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 APP_ID [BOT_DOMAIN]" >&2
  exit 2
fi
bot_id="$1"
bot_domain="${2:-}"
app_id="${TEAMS_APP_ID:-$bot_id}"

if ! [[ "$bot_id" =~ $guid ]]; then
  echo "APP_ID must be a GUID (the Azure Bot's Microsoft App ID), got: $bot_id" >&2
  exit 2
fi
if ! [[ "$app_id" =~ $guid ]]; then
  echo "TEAMS_APP_ID must be a GUID, got: $app_id" >&2
  exit 2
fi
# Teams rejects validDomains with a scheme, path or port-less wildcards; catch the usual slip early.
if [[ -n "$bot_domain" && ! "$bot_domain" =~ ^[A-Za-z0-9*]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?$ ]]; then
  echo "BOT_DOMAIN must be a host name only (no https://, no path), got: $bot_domain" >&2
  exit 2
fi

out="$here/build"
stage="$out/package"
rm -rf "$stage" "$out/directive-tracker.zip"
mkdir -p "$stage"

# Substitute in parsed JSON rather than with sed so values can never break the document.
python3 - "$here/manifest.json" "$stage/manifest.json" "$app_id" "$bot_id" "$bot_domain" <<'PY'
import json, re, sys
src, dst, app_id, bot_id, bot_domain = sys.argv[1:6]
text = open(src, encoding="utf-8").read()
text = text.replace("{{APP_ID}}", app_id).replace("{{BOT_ID}}", bot_id)
manifest = json.loads(text)
domains = [d for d in manifest.get("validDomains", []) if d != "{{BOT_DOMAIN}}"]
if bot_domain:
    domains.insert(0, bot_domain)
manifest["validDomains"] = domains
if bot_domain:
    # The board tab's page and its SSO resource (api://host/app-id) live on the bot's host.
    manifest = json.loads(json.dumps(manifest, ensure_ascii=False).replace("{{BOT_DOMAIN}}", bot_domain))
else:
    # No host, no page: the package is the bot alone (its chat), without the board tab or its sign-in.
    tabs = [t for t in manifest.get("staticTabs", []) if "{{BOT_DOMAIN}}" not in json.dumps(t)]
    if any(t.get("contentUrl") for t in tabs):
        manifest["staticTabs"] = tabs
    else:
        manifest.pop("staticTabs", None)
    manifest.pop("webApplicationInfo", None)
# A placeholder's shape, not any "}}": nested objects end in "}}" once serialised.
if re.search(r"\{\{[A-Z_]+\}\}", json.dumps(manifest, ensure_ascii=False)):
    sys.exit("unfilled placeholder left in manifest.json")
with open(dst, "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
    f.write("\n")
PY

cp "$here/color.png" "$here/outline.png" "$stage/"

# Teams wants the three files at the zip root, no folders.
zip_path="$out/directive-tracker.zip"
if command -v zip >/dev/null 2>&1; then
  (cd "$stage" && zip -q -X -D "$zip_path" manifest.json color.png outline.png)
else
  python3 - "$stage" "$zip_path" <<'PY'
import os, sys, zipfile
stage, zip_path = sys.argv[1:3]
with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(stage, name), name)
PY
fi

echo "built $zip_path (app id $app_id, bot id $bot_id${bot_domain:+, domain $bot_domain})"
[[ -n "$bot_domain" ]] || echo "no BOT_DOMAIN: the board tab is left out of the package" >&2
