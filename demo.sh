#!/usr/bin/env bash
# Starts the whole Kharita system with demo data on this machine, with nothing installed by hand:
#   1. builds everything (SPA, dev stack, API) with the Maven Wrapper,
#   2. starts the project's own PostgreSQL (embedded binaries from Maven Central; data kept in .kharita/pgdata),
#   3. starts Keycloak (its distribution from Maven Central, unpacked into .kharita/keycloak) with the kharita realm,
#   4. starts the API in the demo profile on :8080; it migrates the schema, loads the demo roadmap once, serves the SPA.
# Ctrl-C (or SIGTERM) stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"

STATE_DIR="$PWD/.kharita"
PG_PORT=${KHARITA_PG_PORT:-5433}
API_PORT=${KHARITA_API_PORT:-8080}
KC_PORT=${KHARITA_KEYCLOAK_PORT:-8180}
KC_MANAGEMENT_PORT=${KHARITA_KEYCLOAK_MANAGEMENT_PORT:-9180}
mkdir -p "$STATE_DIR/logs"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$PG_PORT" "$API_PORT" "$KC_PORT" "$KC_MANAGEMENT_PORT"; do
  if port_in_use "$port"; then
    echo "Port $port is already in use: stop what runs there (an earlier ./demo.sh?) or set KHARITA_*_PORT (see README)." >&2
    exit 1
  fi
done

pids=()
stop_all() {
  trap - EXIT INT TERM
  echo "Stopping Kharita..."
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
}
trap stop_all EXIT INT TERM

wait_for() { # description, seconds, command...
  local what=$1 seconds=$2; shift 2
  for ((t = 0; t < seconds; t++)); do
    if "$@"; then return 0; fi
    sleep 1
  done
  echo "$what did not become ready within ${seconds}s; see $STATE_DIR/logs/" >&2
  return 1
}

echo "Building Kharita (first run downloads dependencies; a few minutes)..."
./mvnw -q -B -DskipTests install
./mvnw -q -B -pl devstack dependency:build-classpath -Dmdep.outputFile="$STATE_DIR/devstack.classpath"
DEVSTACK_CP="devstack/target/classes:$(cat "$STATE_DIR/devstack.classpath")"
KC_VERSION=$(./mvnw -q -B -N help:evaluate -Dexpression=keycloak.version -DforceStdout)
KC_HOME="$STATE_DIR/keycloak/keycloak-$KC_VERSION"
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  echo "Unpacking Keycloak $KC_VERSION from Maven Central (176 MB, once)..."
  ./mvnw -q -B -N dependency:unpack -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$STATE_DIR/keycloak"
fi

echo "Starting PostgreSQL on port $PG_PORT..."
java -cp "$DEVSTACK_CP" iq.kharita.devstack.PostgresLauncher \
  "$STATE_DIR/pgdata" "$PG_PORT" kharita > "$STATE_DIR/logs/postgres.log" 2>&1 &
pids+=($!)

echo "Starting Keycloak on port $KC_PORT (the first start takes about a minute)..."
java -cp "$DEVSTACK_CP" iq.kharita.devstack.KeycloakLauncher "$KC_HOME" "$KC_PORT" "$KC_MANAGEMENT_PORT" \
  keycloak/kharita-realm.json "$STATE_DIR/logs/keycloak.log" > "$STATE_DIR/logs/keycloak-launcher.log" 2>&1 &
pids+=($!)
wait_for "PostgreSQL" 120 grep -q "PostgreSQL ready" "$STATE_DIR/logs/postgres.log"
wait_for "Keycloak" 300 grep -q "Keycloak ready" "$STATE_DIR/logs/keycloak-launcher.log"

echo "Starting the API on port $API_PORT..."
KHARITA_PG_PORT=$PG_PORT KHARITA_OIDC_URL="http://localhost:$KC_PORT/realms/kharita" KHARITA_KEYCLOAK_URL="http://localhost:$KC_PORT" \
  KHARITA_PUBLIC_KEYCLOAK_URL="http://localhost:$KC_PORT" java -Dquarkus.profile=demo -Dquarkus.http.port="$API_PORT" \
  -jar api/target/quarkus-app/quarkus-run.jar > "$STATE_DIR/logs/api.log" 2>&1 &
pids+=($!)
wait_for "The API" 120 curl -fs -o /dev/null "http://localhost:$API_PORT/q/health/ready"

cat <<INFO

Kharita is running with demo data.
  App (SPA)      http://localhost:$API_PORT/
  API            http://localhost:$API_PORT/api/v1/measures?pillar=DOC
  API contract   http://localhost:$API_PORT/q/swagger-ui
  Health         http://localhost:$API_PORT/q/health/ready
  Keycloak       http://localhost:$KC_PORT/admin (master realm admin/admin, demo only)
  PostgreSQL     localhost:$PG_PORT, database kharita, user postgres (demo only)
  Demo users     coordinator, secretariat, lead-doc, lead-psy, focal-moi, donor; password <username>-demo
  Logs           .kharita/logs/
Press Ctrl-C to stop.
INFO
wait -n "${pids[@]}"
echo "A Kharita process stopped unexpectedly; see $STATE_DIR/logs/." >&2
exit 1
