#!/usr/bin/env bash
# Runs the whole system on this machine: installs what is missing, then starts the Aspire AppHost, which starts
# PostgreSQL, RabbitMQ, the mail server, the migrations and every service. Ctrl+C stops all of it.
#
# Ports (override by environment): DASHBOARD_PORT 18888, GATEWAY_PORT 8080 (member UI), CONSOLE_PORT 8090 (operator
# console), MAIL_PORT 5080 (inbox).
# Infrastructure: Infrastructure__Mode=auto|containers|local|external (default auto), Infrastructure__DataDirectory,
# Infrastructure__PostgresPort, Infrastructure__RabbitMqPort.
# Usage: ./run.sh [--no-build] [AppHost arguments...]   (--no-build: start what was built last, e.g. to restart quickly)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

run_options=()
if [ "${1:-}" = "--no-build" ]; then
  run_options+=(--no-build)
  shift
fi

dashboard_port="${DASHBOARD_PORT:-18888}"
gateway_port="${GATEWAY_PORT:-8080}"
console_port="${CONSOLE_PORT:-8090}"
mail_port="${MAIL_PORT:-5080}"

./scripts/prerequisites.sh

# A plain-http dashboard on fixed ports that needs no login token (local development only; the same values as the
# "http" profile in AppHost/Properties/launchSettings.json).
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
export ASPNETCORE_URLS="http://localhost:${dashboard_port}"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://localhost:${OTLP_PORT:-18889}"
export ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://localhost:${OTLP_HTTP_PORT:-18890}"
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="http://localhost:${RESOURCE_SERVICE_PORT:-18887}"
export ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-$ASPNETCORE_ENVIRONMENT}"
export Gateway__HttpPort="$gateway_port"
export OperatorConsole__HttpPort="$console_port"
export Mail__HttpPort="$mail_port"

# Prints the URLs once the gateway answers (it starts last, after every migration and service). Asked twice a second:
# every second of polling would be a second added to the start people wait for.
announce() {
  local apphost_pid="$1" deadline=$((SECONDS + 1800))
  until curl -fs -o /dev/null --max-time 2 "http://localhost:${gateway_port}/health"; do
    kill -0 "$apphost_pid" 2>/dev/null || return 0
    if [ "$SECONDS" -ge "$deadline" ]; then
      printf '\n\033[1;33mThe gateway is not up after 30 minutes; see the dashboard: http://localhost:%s\033[0m\n' "$dashboard_port"
      return 0
    fi
    sleep 0.5
  done
  printf '\n\033[1;32mOnboarding is up.\033[0m\n'
  printf '  Dashboard   http://localhost:%s\n' "$dashboard_port"
  printf '  Member UI   http://localhost:%s\n' "$gateway_port"
  printf '  Console     http://localhost:%s  (user admin; password: dashboard > Parameters > operator-console-admin-password)\n' "$console_port"
  printf '  Mail inbox  http://localhost:%s\n\n' "$mail_port"
}
announce "$$" &

# The orchestrator starts each project through `dotnet run --no-build`; scripts/direct-run/dotnet starts the built
# executable instead (the launcher costs 1–2 CPU-seconds and ~135 MB per process; see that script).
ONBOARDING_REAL_DOTNET="$(command -v dotnet)"
export ONBOARDING_REAL_DOTNET
export PATH="$PWD/scripts/direct-run:$PATH"

# exec, not a background job: the AppHost must stay in the foreground so that Ctrl+C (SIGINT) reaches it and it
# stops every resource it started.
# With --no-build the AppHost itself is started by the same script, i.e. directly too.
exec dotnet run --project AppHost/Onboarding.AppHost.csproj --configuration Debug --no-launch-profile "${run_options[@]}" -- "$@"
