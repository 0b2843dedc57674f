#!/usr/bin/env bash
# Starts Debian's PostgreSQL server on loopback for the shared-mode tests, with a login role that may
# create the tests' throwaway databases and roles, and a password file for it:
#   scripts/postgres-test-server.sh PASSFILE
# prints the server address the tests take (CH_TEST_POSTGRES), e.g. postgresql://ch_test@127.0.0.1:5432/postgres
# The tests connect over TCP with a password (scram-sha-256, Debian's default for 127.0.0.1), read from
# PASSFILE through PGPASSFILE, as the program does in shared mode.
set -euo pipefail
passfile="${1:?usage: postgres-test-server.sh PASSFILE}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
as_postgres() { $sudo runuser -u postgres -- "$@"; }

version="$(pg_lsclusters -h | awk 'NR==1 {print $1}')"
cluster="$(pg_lsclusters -h | awk 'NR==1 {print $2}')"
port="$(pg_lsclusters -h | awk 'NR==1 {print $3}')"
if [ -z "$version" ]; then
  $sudo pg_createcluster 15 main >/dev/null
  version=15 cluster=main port=5432
fi
if ! pg_lsclusters -h | awk 'NR==1 {print $4}' | grep -q online; then
  # Its messages (such as "Removed stale pid file.") go to standard error: the caller takes standard
  # output whole as the address. The server it starts keeps none of the caller's pipes open.
  $sudo pg_ctlcluster "$version" "$cluster" start </dev/null >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$port" >/dev/null

# The same password as last time when the file has one (another build directory may still use it).
password=""
[ -f "$passfile" ] && password="$(awk -F: '$4 == "ch_test" {print $5; exit}' "$passfile")"
[ -n "$password" ] || password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 -v pw="$password" <<'SQL' >/dev/null
SELECT format('CREATE ROLE ch_test LOGIN CREATEDB CREATEROLE PASSWORD %L', :'pw')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ch_test') \gexec
SELECT format('ALTER ROLE ch_test LOGIN CREATEDB CREATEROLE PASSWORD %L', :'pw') \gexec
SQL
umask 077
printf '127.0.0.1:%s:*:ch_test:%s\n' "$port" "$password" > "$passfile"
chmod 600 "$passfile"
echo "postgresql://ch_test@127.0.0.1:${port}/postgres"
