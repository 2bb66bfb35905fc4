#!/usr/bin/env bash
# Installs everything and runs every test: unit and server tests (Vitest), the rule test harness over the
# pilot villages, the migration check, and the end-to-end suites (HTTP and browser) on SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
bash scripts/postgres.sh || echo "PostgreSQL is not reachable: the PostgreSQL end-to-end run will fail." >&2
pnpm test
