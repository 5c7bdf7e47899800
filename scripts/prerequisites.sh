#!/usr/bin/env bash
# Installs what the system needs on a Debian/Ubuntu machine that has only the .NET SDK, and nothing else:
# PostgreSQL and RabbitMQ (run by the AppHost as private servers on their own ports), Chromium and CJK fonts
# (browser tests, Japanese UI), curl, and the pinned dotnet tools. Safe to run again: it installs only what is missing.
# Works as root, or as a user with sudo.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Ports of the AppHost's local servers (its Infrastructure:* settings; keep the defaults in sync with AppHost/appsettings.json).
postgres_port="${Infrastructure__PostgresPort:-54329}"
rabbitmq_port="${Infrastructure__RabbitMqPort:-56729}"
rabbitmq_dist_port="${Infrastructure__RabbitMqDistributionPort:-$((rabbitmq_port + 1))}"

say() { printf '\033[1m[prerequisites]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[prerequisites]\033[0m %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  as_root=()
fi

command -v dotnet >/dev/null 2>&1 || fail "The .NET SDK is not installed (see global.json for the version)."

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# Debian ships Chromium as "chromium"; older Ubuntu only as "chromium-browser" (a snap wrapper).
chromium_package=chromium
if ! installed chromium && ! installed chromium-browser && command -v apt-cache >/dev/null 2>&1 \
   && ! apt-cache show chromium >/dev/null 2>&1; then
  chromium_package=chromium-browser
fi

missing=()
installed postgresql || ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
installed rabbitmq-server || [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
installed chromium || installed chromium-browser || missing+=("$chromium_package")
installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v setpriv >/dev/null 2>&1 || missing+=(util-linux)

if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || fail "Missing ${missing[*]}, and this is not a Debian/Ubuntu machine (no apt-get): install them yourself."
  if [ "$(id -u)" -ne 0 ] && [ "${#as_root[@]}" -eq 0 ]; then
    fail "Missing ${missing[*]}; run this script as root or install sudo."
  fi
  say "Installing ${missing[*]}"
  "${as_root[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Our servers use their own ports, so the OS's default services (5432, 5672) can keep running. Only when one of them
# holds a port we need is it stopped and disabled; anything else on such a port is probably a running ./run.sh.
free_port() {
  local port="$1" unit="$2"
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltn "sport = :${port}" 2>/dev/null | grep -q . || return 0
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "${unit}" 2>/dev/null; then
    say "Stopping the OS service ${unit}: it holds port ${port}, which the AppHost's ${unit%%.*} needs"
    "${as_root[@]}" systemctl disable --now "${unit}"
  else
    say "Port ${port} is already in use (is ./run.sh already running?). Set Infrastructure__* ports to run a second copy."
  fi
}
free_port "$postgres_port" postgresql.service
free_port "$rabbitmq_port" rabbitmq-server.service
free_port "$rabbitmq_dist_port" rabbitmq-server.service

# The pinned tools (.config/dotnet-tools.json): smtp4dev (the development mail server) and dotnet-ef.
(cd "$repo_root" && dotnet tool restore >/dev/null) || fail "dotnet tool restore failed."

say "Ready."
