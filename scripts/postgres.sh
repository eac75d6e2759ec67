#!/usr/bin/env bash
# Idempotent set-up of the PostgreSQL 15 + pgvector database that the *IT tests use (Debian, run as root, no Docker).
# Checks before it acts, so a second run is a quick no-op. Prints the CAIRN_TEST_POSTGRES_* lines at the end and
# writes them to target/postgres.env for scripts/test.sh to source.
#
#   cairn_owner  owns the database, the public schema and every table (Flyway migrates as this role)
#   cairn_app    LOGIN, NOSUPERUSER, NOBYPASSRLS, owns nothing; DML on cairn_owner's tables through default privileges
#
# The passwords are fixed on purpose: these are throwaway roles on a local test cluster, not secrets.
set -euo pipefail

PG_MAJOR=15
PG_CLUSTER=main
PG_PORT=5432
PG_BIN=/usr/lib/postgresql/$PG_MAJOR/bin
DB=cairn_test
OWNER=cairn_owner
OWNER_PASSWORD=cairn-owner-test-password
APP=cairn_app
APP_PASSWORD=cairn-app-test-password
TRIXIE_SOURCES=/etc/apt/sources.list.d/debian-trixie-src.sources

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ENV_FILE=$ROOT/target/postgres.env

log() { echo "postgres: $*" >&2; }
die() { echo "postgres: ERROR: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root (it installs packages and administers the cluster)"

export DEBIAN_FRONTEND=noninteractive
apt_updated=false
apt_update_once() {
  if [ "$apt_updated" = false ]; then
    log "apt-get update"
    apt-get update -qq >/dev/null || die "apt-get update failed"
    apt_updated=true
  fi
}
apt_install() {
  apt_update_once
  log "apt-get install $*"
  local out
  out=$(apt-get install -y -qq --no-install-recommends "$@" 2>&1) || { echo "$out" >&2; die "apt-get install $* failed"; }
}

# psql as the postgres superuser over the local socket; -X ignores any ~/.psqlrc, ON_ERROR_STOP makes errors fatal.
psql_su() { (cd / && runuser -u postgres -- "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@"); }

# 1. PostgreSQL installed, cluster present and running.
ensure_server() {
  if [ ! -x "$PG_BIN/postgres" ] || ! command -v pg_lsclusters >/dev/null; then
    apt_install "postgresql-$PG_MAJOR" "postgresql-client-$PG_MAJOR"
  fi
  if ! pg_lsclusters -h "$PG_MAJOR" "$PG_CLUSTER" >/dev/null 2>&1; then
    log "creating cluster $PG_MAJOR/$PG_CLUSTER"
    pg_createcluster "$PG_MAJOR" "$PG_CLUSTER" --port "$PG_PORT" >/dev/null || die "pg_createcluster failed"
  fi
  if ! pg_lsclusters -h "$PG_MAJOR" "$PG_CLUSTER" | grep -q online; then
    log "starting cluster $PG_MAJOR/$PG_CLUSTER"
    # The server is a daemon: it must not inherit the caller's open files (a build lock held by flock, say), or it
    # would hold them for as long as it runs.
    pg_ctlcluster --skip-systemctl-redirect "$PG_MAJOR" "$PG_CLUSTER" start 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- \
      || die "could not start cluster $PG_MAJOR/$PG_CLUSTER (see /var/log/postgresql/postgresql-$PG_MAJOR-$PG_CLUSTER.log)"
  fi
  wait_for_tcp
}

wait_for_tcp() {
  local i
  for i in $(seq 1 60); do
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && return 0
    sleep 0.5
  done
  die "PostgreSQL does not accept TCP connections on 127.0.0.1:$PG_PORT after 30 s (check listen_addresses)"
}

# 2. pgvector: bookworm has no binary package, so build trixie's source package against this server.
vector_available() {
  [ "$(psql_su -tAc "SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")" = 1 ]
}

ensure_pgvector() {
  vector_available && return 0
  log "pgvector missing: building it from the Debian trixie source package"
  if [ ! -f "$TRIXIE_SOURCES" ]; then
    # deb-src only: nothing from trixie can be installed as a binary.
    cat >"$TRIXIE_SOURCES" <<'EOF'
# Added by cairn scripts/postgres.sh to build pgvector from source; deb-src only, so no trixie binaries get installed.
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  fi
  local need=()
  dpkg -s "postgresql-server-dev-$PG_MAJOR" >/dev/null 2>&1 || need+=("postgresql-server-dev-$PG_MAJOR")
  dpkg -s build-essential >/dev/null 2>&1 || need+=(build-essential)
  command -v dpkg-source >/dev/null || need+=(dpkg-dev)
  apt_update_once # also needed to read the trixie source index
  [ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"

  local build
  build=$(mktemp -d /tmp/cairn-pgvector.XXXXXX)
  # shellcheck disable=SC2064 # expand now: $build is local
  trap "rm -rf '$build'" EXIT
  (cd "$build" && apt-get source -qq pgvector >/dev/null 2>&1) || die "apt-get source pgvector failed (trixie deb-src in $TRIXIE_SOURCES)"
  local src
  src=$(find "$build" -mindepth 1 -maxdepth 1 -type d -name 'pgvector-*' | head -n 1)
  [ -n "$src" ] || die "apt-get source pgvector unpacked nothing in $build"
  log "building $(basename "$src")"
  # OPTFLAGS= drops -march=native, as Debian does, so the library also runs on a different CPU.
  make -s -C "$src" -j"$(nproc)" PG_CONFIG="$PG_BIN/pg_config" OPTFLAGS= >"$build/build.log" 2>&1 \
    || { tail -n 20 "$build/build.log" >&2; die "pgvector build failed"; }
  make -s -C "$src" install PG_CONFIG="$PG_BIN/pg_config" >>"$build/build.log" 2>&1 \
    || { tail -n 20 "$build/build.log" >&2; die "pgvector install failed"; }
  vector_available || die "pgvector installed but the server does not list the vector extension"
}

# 2b. Memory: PostgreSQL's default shared_buffers (128 MB) is sized for a small machine; an HNSW index that does not fit
# in it is read through the OS cache page by page, which made pgvector's 100,000-chunk vector search about 40% slower
# (docs/benchmarks.md, benchmark 2). A quarter of RAM, at most 8 GB, is the usual starting point, as pgvector's own
# documentation advises. Changed, and the server restarted, only when the running value is smaller.
ensure_memory() {
  local total_kb want_mb have_mb
  total_kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
  want_mb=$(( total_kb / 1024 / 4 ))
  [ "$want_mb" -gt 8192 ] && want_mb=8192
  [ "$want_mb" -lt 128 ] && return 0
  have_mb=$(psql_su -tAc "SELECT setting::bigint * 8 / 1024 FROM pg_settings WHERE name = 'shared_buffers'")
  [ "$have_mb" -ge "$want_mb" ] && return 0
  log "shared_buffers ${have_mb}MB -> ${want_mb}MB (a quarter of RAM, at most 8 GB); restarting the cluster"
  psql_su -c "ALTER SYSTEM SET shared_buffers = '${want_mb}MB'"
  restart_cluster
}

# 2c. The running server is the installed one. Installing postgresql-server-dev pulls the server package up to the
# same point release, and apt replaces its files under a server that keeps running (no systemd here to restart it):
# the old server then fails to load the new modules ("plpgsql.so: undefined symbol"). A fresh machine whose image is
# a point release behind Debian hits this on its first run.
ensure_installed_version_running() {
  local running installed
  running=$(psql_su -tAc 'SHOW server_version')
  installed=$("$PG_BIN/postgres" --version | sed -E 's/^postgres \(PostgreSQL\) //')
  [ "$running" = "$installed" ] && return 0
  log "the running server is $running but $installed is installed: restarting the cluster"
  restart_cluster
}

restart_cluster() {
  pg_ctlcluster --skip-systemctl-redirect "$PG_MAJOR" "$PG_CLUSTER" restart 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- \
    || die "could not restart cluster $PG_MAJOR/$PG_CLUSTER (see /var/log/postgresql/postgresql-$PG_MAJOR-$PG_CLUSTER.log)"
  wait_for_tcp
}

# 3. Roles, database, extension and privileges. Each statement runs only when its state is missing. CONNECT and
# USAGE are granted to cairn_app explicitly, not left to PUBLIC, so they survive a REVOKE ... FROM PUBLIC.
# With CAIRN_TEST_DB_FRESH=1 (set by scripts/test.sh) the test database is dropped first, so every test run starts from
# an empty schema, as on a fresh machine, instead of from whatever an earlier run or branch migrated.
drop_test_database_if_asked() {
  [ "${CAIRN_TEST_DB_FRESH:-0}" = 1 ] || return 0
  log "dropping database $DB for a fresh test run"
  psql_su -d postgres -v db="$DB" <<'SQL'
SELECT format('DROP DATABASE %I WITH (FORCE)', :'db') WHERE EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
}

ensure_roles_and_database() {
  psql_su -d postgres -v owner="$OWNER" -v app="$APP" -v db="$DB" \
    -v owner_pw="$OWNER_PASSWORD" -v app_pw="$APP_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS', :'owner', :'owner_pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS', :'app', :'app_pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
-- Repair attributes of roles that already existed (only when they differ).
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS', rolname) FROM pg_roles
 WHERE rolname IN (:'owner', :'app') AND (NOT rolcanlogin OR rolsuper OR rolbypassrls) \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'owner') FROM pg_database
 WHERE datname = :'db' AND pg_get_userbyid(datdba) <> :'owner' \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', :'db', :'app')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database d, aclexplode(d.datacl) a
   WHERE d.datname = :'db' AND a.grantee = :'app'::regrole AND a.privilege_type = 'CONNECT') \gexec
SQL

  # In PostgreSQL 15 the public schema belongs to pg_database_owner, that is cairn_owner, who may create in it.
  psql_su -d "$DB" -v owner="$OWNER" -v app="$APP" <<'SQL'
SELECT 'CREATE EXTENSION vector' WHERE NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') \gexec
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app')
 WHERE NOT EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) a
   WHERE n.nspname = 'public' AND a.grantee = :'app'::regrole AND a.privilege_type = 'USAGE') \gexec
-- Default privileges for what cairn_owner creates later (only if no such entry exists yet).
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', :'owner', :'app')
 WHERE NOT EXISTS (SELECT 1 FROM pg_default_acl d, aclexplode(d.defaclacl) a
   WHERE d.defaclrole = :'owner'::regrole AND d.defaclnamespace = 'public'::regnamespace AND d.defaclobjtype = 'r'
     AND a.grantee = :'app'::regrole AND a.privilege_type = 'DELETE') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', :'owner', :'app')
 WHERE NOT EXISTS (SELECT 1 FROM pg_default_acl d, aclexplode(d.defaclacl) a
   WHERE d.defaclrole = :'owner'::regrole AND d.defaclnamespace = 'public'::regnamespace AND d.defaclobjtype = 'S'
     AND a.grantee = :'app'::regrole AND a.privilege_type = 'USAGE') \gexec
-- Tables and sequences cairn_owner created before the default privileges existed.
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO %I', c.oid::regclass, :'app')
  FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
   AND c.relowner = :'owner'::regrole AND NOT (has_table_privilege(:'app', c.oid, 'SELECT') AND has_table_privilege(:'app', c.oid, 'INSERT')
        AND has_table_privilege(:'app', c.oid, 'UPDATE') AND has_table_privilege(:'app', c.oid, 'DELETE')) \gexec
SELECT format('GRANT USAGE, SELECT ON SEQUENCE %s TO %I', c.oid::regclass, :'app')
  FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
   AND c.relowner = :'owner'::regrole AND NOT (has_sequence_privilege(:'app', c.oid, 'USAGE') AND has_sequence_privilege(:'app', c.oid, 'SELECT')) \gexec
SQL
}

tcp_login() { # user password
  PGPASSWORD=$2 PGCONNECT_TIMEOUT=5 "$PG_BIN/psql" -X -q -w -h 127.0.0.1 -p "$PG_PORT" -U "$1" -d "$DB" -tAc 'SELECT 1' 2>/dev/null | grep -qx 1
}

# Password login over TCP 127.0.0.1. Debian's default pg_hba.conf already has scram-sha-256 for host 127.0.0.1/32;
# only when a login fails are the passwords reset and, failing that, a rule for these roles put first in pg_hba.conf.
ensure_tcp_login() {
  tcp_login "$OWNER" "$OWNER_PASSWORD" && tcp_login "$APP" "$APP_PASSWORD" && return 0
  log "TCP login failed: resetting the test role passwords"
  psql_su -d postgres -v owner="$OWNER" -v app="$APP" -v owner_pw="$OWNER_PASSWORD" -v app_pw="$APP_PASSWORD" <<'SQL'
SELECT format('ALTER ROLE %I PASSWORD %L', :'owner', :'owner_pw') \gexec
SELECT format('ALTER ROLE %I PASSWORD %L', :'app', :'app_pw') \gexec
SQL
  tcp_login "$OWNER" "$OWNER_PASSWORD" && tcp_login "$APP" "$APP_PASSWORD" && return 0
  local hba
  hba=$(psql_su -tAc 'SHOW hba_file')
  local rule="host    $DB    $OWNER,$APP    127.0.0.1/32    scram-sha-256"
  if ! grep -qF "$rule" "$hba"; then
    log "adding '$rule' at the top of $hba"
    cp -p "$hba" "$hba.cairn-backup"
    { echo "# Added by cairn scripts/postgres.sh: password login for the local test roles."; echo "$rule"; cat "$hba.cairn-backup"; } >"$hba"
    psql_su -tAc 'SELECT pg_reload_conf()' >/dev/null
    sleep 0.5
  fi
  tcp_login "$OWNER" "$OWNER_PASSWORD" && tcp_login "$APP" "$APP_PASSWORD" \
    || die "password login over TCP 127.0.0.1:$PG_PORT still fails for $OWNER/$APP (check $hba)"
}

# 4. The settings the *IT tests read (see adapters-jdbc PostgresTestDatabase).
write_env() {
  local url="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" content
  content="CAIRN_TEST_POSTGRES_URL=$url
CAIRN_TEST_POSTGRES_USER=$OWNER
CAIRN_TEST_POSTGRES_PASSWORD=$OWNER_PASSWORD
CAIRN_TEST_POSTGRES_APP_USER=$APP
CAIRN_TEST_POSTGRES_APP_PASSWORD=$APP_PASSWORD"
  mkdir -p "$(dirname "$ENV_FILE")"
  if [ ! -f "$ENV_FILE" ] || [ "$(cat "$ENV_FILE")" != "$content" ]; then
    printf '%s\n' "$content" >"$ENV_FILE"
  fi
  printf '%s\n' "$content"
}

ensure_server
ensure_pgvector
ensure_installed_version_running
ensure_memory
drop_test_database_if_asked
ensure_roles_and_database
ensure_tcp_login
log "ready: database $DB on 127.0.0.1:$PG_PORT, pgvector $(psql_su -d "$DB" -tAc "SELECT extversion FROM pg_extension WHERE extname = 'vector'")"
write_env
