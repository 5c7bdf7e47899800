#!/usr/bin/env bash
# Regenerates docs/openapi/<service>.json from the running services: runs each service's published-contract test
# with UPDATE_OPENAPI=1, which writes the document instead of comparing it. Review the diff, then commit it.
# The tests host the real services, so they need what the integration tests need (PostgreSQL, RabbitMQ: started
# by the tests themselves, see tests/Onboarding.Testing).
set -euo pipefail
cd "$(dirname "$0")/.."
export UPDATE_OPENAPI=1
for project in Membership IdentityPortal Notification WalletLink; do
  dotnet test "tests/Onboarding.$project.Tests/Onboarding.$project.Tests.csproj" -c Release \
    --filter "FullyQualifiedName~PublishedContractTests.The_OpenAPI_document_is_the_checked_in_one"
done
git status --short docs/openapi
