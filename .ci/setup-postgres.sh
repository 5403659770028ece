#!/usr/bin/env bash
# Installs PostgreSQL from the Debian archive (if missing), starts it on loopback only, creates the
# role and database verbatim uses in tests, and prints the URL on the last line of stdout:
#   export VERBATIM_PG_URL="$(.ci/setup-postgres.sh | tail -n 1)"
# Idempotent: a second run finds everything in place and prints the same URL.
set -euo pipefail

PG_USER="${VERBATIM_PG_USER:-verbatim}"
PG_PASSWORD="${VERBATIM_PG_PASSWORD:-verbatim}"
PG_DATABASE="${VERBATIM_PG_DATABASE:-verbatim}"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  echo "== installing postgresql from the Debian archive" >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
fi

# The newest cluster Debian created (e.g. "15 main").
read -r VERSION CLUSTER PORT _ < <(pg_lsclusters -h | sort -V | tail -n 1)
CONF="/etc/postgresql/${VERSION}/${CLUSTER}/postgresql.conf"

# Loopback only: tests and benches never need the server reachable from outside.
if ! grep -q "^listen_addresses = 'localhost'" "$CONF"; then
  echo "listen_addresses = 'localhost'" | $SUDO tee -a "$CONF" >/dev/null
fi

if ! pg_lsclusters -h | grep -q "^${VERSION} *${CLUSTER} .* online"; then
  echo "== starting postgresql ${VERSION}/${CLUSTER} on port ${PORT}" >&2
  $SUDO pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

# Wait until it accepts connections (a fresh start takes a moment).
for _ in $(seq 1 30); do
  if as_postgres psql -p "$PORT" -qAtc 'select 1' >/dev/null 2>&1; then break; fi
  sleep 1
done

psql_admin() { as_postgres psql -p "$PORT" -v ON_ERROR_STOP=1 -qAt "$@"; }

if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '${PG_USER}'")" != "1" ]; then
  psql_admin -c "create role \"${PG_USER}\" login password '${PG_PASSWORD}'" >&2
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname = '${PG_DATABASE}'")" != "1" ]; then
  psql_admin -c "create database \"${PG_DATABASE}\" owner \"${PG_USER}\"" >&2
fi
# The store test suite creates one schema per test run inside this database.
psql_admin -d "$PG_DATABASE" -c "grant create on database \"${PG_DATABASE}\" to \"${PG_USER}\"" >&2

echo "== postgresql ${VERSION} ready; export VERBATIM_PG_URL with the line below" >&2
echo "postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${PORT}/${PG_DATABASE}"
