#!/usr/bin/env bash
# Idempotent set-up of what the test suite needs on a fresh Debian machine.
# The embedded default needs nothing but Java 17; the *IT tests also need PostgreSQL with pgvector (scripts/postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

need_java() {
  if ! command -v java >/dev/null || ! java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])'; then
    echo "setup: Java 17 or newer is required" >&2
    exit 1
  fi
}

need_postgres() {
  if ! ./scripts/postgres.sh; then
    echo "setup: ERROR: PostgreSQL + pgvector set-up failed (scripts/postgres.sh, see above)" >&2
    exit 1
  fi
}

# The openai npm client drives OpenAiSdkIT; playwright-core drives Chromium in WidgetBrowserIT. Node.js comes from Debian (bookworm: Node 18, enough for openai 4.x),
# the client from the npm registry, at the exact versions of host-server/src/test/node/package-lock.json.
NODE_DIR=host-server/src/test/node

need_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "setup: Node.js and npm are missing; run as root to install them" >&2; exit 1; }
    echo "setup: apt-get install nodejs npm"
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)'; then
    echo "setup: Node.js 18 or newer is required, found $(node --version)" >&2
    exit 1
  fi
}

need_openai_client() {
  local stamp="$NODE_DIR/node_modules/.cairn-lock.sha256"
  local lock
  lock=$(sha256sum "$NODE_DIR/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock" ]; then
    echo "setup: npm ci in $NODE_DIR"
    npm ci --prefix "$NODE_DIR" --no-audit --no-fund --loglevel=error >/dev/null
    echo "$lock" >"$stamp"
  fi
}

# The widget's browser tests (WidgetBrowserIT) drive Debian's Chromium with playwright-core (from the same lockfile):
# no browser is ever downloaded by npm.
need_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    [ "$(id -u)" = 0 ] || { echo "setup: Chromium is missing; run as root to install it" >&2; exit 1; }
    echo "setup: apt-get install chromium"
    apt-get update -qq >/dev/null
    apt-get install -y -qq chromium >/dev/null
  fi
}

need_java
need_postgres
need_node
need_openai_client
need_chromium
echo "setup: ok"
