#!/usr/bin/env bash
# Idempotent set-up of what the test suite needs on a fresh Debian machine.
# The embedded default needs nothing but Java 17; later services (PostgreSQL, Chromium) are added here.
set -euo pipefail

need_java() {
  if ! command -v java >/dev/null || ! java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])'; then
    echo "setup: Java 17 or newer is required" >&2
    exit 1
  fi
}

need_java
echo "setup: ok"
