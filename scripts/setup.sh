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

need_java
need_postgres
echo "setup: ok"
