#!/usr/bin/env bash
# Runs every test: unit tests (surefire), then integration tests (failsafe) against a real started server.
# Installs whatever the tests need first (scripts/setup.sh is idempotent), so it passes on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

CAIRN_TEST_DB_FRESH=1 ./scripts/setup.sh
# CAIRN_TEST_POSTGRES_* written by scripts/postgres.sh: they switch on the PostgreSQL *IT tests.
set -a
# shellcheck source=/dev/null
. target/postgres.env
set +a
./mvnw -B -ntp verify "$@"
