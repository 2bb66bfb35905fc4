#!/usr/bin/env bash
# Installs and starts the product: GraphQL and the editor on one port (PORT, default 4000), the SQLite file
# data/cunce.sqlite, migrated and seeded with Ningxia's divisions, the pilot villages and the policy years.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec pnpm start
