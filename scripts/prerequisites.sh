#!/usr/bin/env bash
# Installs what the system needs on a Debian/Ubuntu machine that has only the .NET SDK, and nothing else:
# PostgreSQL and RabbitMQ (run by the AppHost as private servers on their own ports), Chromium and CJK fonts
# (browser tests, Japanese UI), curl, the CA certificates (NuGet), kubectl and Node/npm with deploy/validate's packages
# (the Kubernetes manifests' test), and the pinned dotnet tools. Safe to run again: it installs only what is missing.
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

# Extra apt options, e.g. "-o Dir::State::Lists=<dir> -o Dir::Cache=<dir>" to decide against other package lists
# (tests/Onboarding.Setup.Tests checks the decision against empty lists, as on a fresh machine).
read -r -a apt_options <<< "${PREREQUISITES_APT_OPTIONS:-}"

# --plan: decide as on a fresh machine (nothing installed), print the packages, and only simulate their installation.
plan=false
[ "${1:-}" = "--plan" ] && plan=true
# apt too must forget what is installed here: apt-cache finds an installed package in dpkg's status even when the
# package lists are empty, which would hide exactly the fresh machine's problem.
if $plan; then apt_options+=(-o Dir::State::status=/dev/null); fi
# In --plan mode nothing counts as present.
present() { ! $plan && "$@"; }
has_package() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
has_postgres() { has_package postgresql || ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; }
has_rabbitmq() { has_package rabbitmq-server || [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; }
has_chromium() { has_package chromium || has_package chromium-browser; }
has_command() { command -v "$1" >/dev/null 2>&1; }

# "chromium" stands for whichever package provides Chromium here; the name is decided after apt-get update (below).
missing=()
present has_postgres || missing+=(postgresql)
present has_rabbitmq || missing+=(rabbitmq-server)
present has_chromium || missing+=(chromium)
present has_package fonts-noto-cjk || missing+=(fonts-noto-cjk)
present has_command curl || missing+=(curl)
present has_command setpriv || missing+=(util-linux)
# The CA certificates: NuGet (dotnet tool restore, dotnet build) needs them, and a minimal Debian has none.
present has_package ca-certificates || missing+=(ca-certificates)
# kubectl renders deploy/'s overlays (its built-in kustomize; Debian's is 1.20, kustomize v2.0.3, which the manifests
# are written for); any kubectl already installed will do. npm installs deploy/validate's schema validator (Node).
present has_command kubectl || missing+=(kubernetes-client)
present has_command npm || missing+=(npm)

if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || fail "Missing ${missing[*]}, and this is not a Debian/Ubuntu machine (no apt-get): install them yourself."
  if [ "$(id -u)" -ne 0 ] && [ "${#as_root[@]}" -eq 0 ]; then
    fail "Missing ${missing[*]}; run this script as root or install sudo."
  fi
  # The package lists first: on a fresh machine they are empty, and apt-cache knows no package at all.
  say "Updating the package lists"
  # Error-Mode=any: by default apt-get update only warns, and exits 0, when it cannot fetch a list, which leaves a fresh
  # machine's lists empty. Older apt ignores the option; the Chromium check below then still refuses empty lists.
  "${as_root[@]}" apt-get "${apt_options[@]}" -o APT::Update::Error-Mode=any update -qq \
    || fail "apt-get update failed: apt cannot fetch its package lists (see above, and /etc/apt/sources.list*)."
  # Debian ships Chromium as "chromium"; older Ubuntu only as "chromium-browser" (a snap wrapper). Never guess: lists
  # that know neither are empty, and guessing chromium-browser then only fails later with a misleading message.
  if [[ " ${missing[*]} " == *" chromium "* ]] && ! apt-cache "${apt_options[@]}" show chromium >/dev/null 2>&1; then
    apt-cache "${apt_options[@]}" show chromium-browser >/dev/null 2>&1 \
      || fail "apt's package lists know neither chromium nor chromium-browser: are they empty (see /etc/apt/sources.list*)?"
    missing=("${missing[@]/#chromium/chromium-browser}")
  fi
  if $plan; then
    echo "packages: ${missing[*]}"
    # Simulated on an empty system, so that every dependency must resolve from the lists alone.
    apt-get "${apt_options[@]}" -o Dir::State::status=/dev/null -s -qq install "${missing[@]}" >/dev/null \
      || fail "apt-get cannot install ${missing[*]} from these package lists."
    exit 0
  fi
  say "Installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get "${apt_options[@]}" install -y --no-install-recommends "${missing[@]}"
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

# The Kubernetes API schemas the manifests' test validates against (deploy/validate/package-lock.json pins them).
if [ ! -d "$repo_root/deploy/validate/node_modules/kubernetes-models" ] \
  || [ "$repo_root/deploy/validate/package-lock.json" -nt "$repo_root/deploy/validate/node_modules/.package-lock.json" ]; then
  say "Installing deploy/validate's packages (npm ci)"
  (cd "$repo_root/deploy/validate" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm ci in deploy/validate failed."
fi

say "Ready."
