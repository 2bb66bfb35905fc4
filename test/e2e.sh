#!/usr/bin/env bash
# The end-to-end suites, as `pnpm --filter @cunce/test test` runs them: the server and the editor are built once
# (when stale); the HTTP suites run on SQLite and on PostgreSQL side by side (within each, files one after
# another, each with a server of its own; lines prefixed [sqlite] and [postgres]); then the browser suite.
# Fails if any of them fails. `test:sqlite`, `test:pg` and `test:browser` run one of them.
set -uo pipefail
cd "$(dirname "$0")"
node --import tsx -e "
  const { buildServer } = await import('./support/build.ts');
  const { buildEditor } = await import('./browser/support/editorBuild.ts');
  buildServer();
  buildEditor();
" || exit 1
export CUNCE_E2E_SKIP_BUILD=1
(vitest run 2>&1 | sed -u 's/^/[sqlite] /'; exit "${PIPESTATUS[0]}") &
sqlite=$!
(CUNCE_E2E_DB=postgres vitest run 2>&1 | sed -u 's/^/[postgres] /'; exit "${PIPESTATUS[0]}") &
postgres=$!
wait $sqlite; sqlite_status=$?
wait $postgres; postgres_status=$?
vitest run -c vitest.browser.config.ts; browser_status=$?
echo "end-to-end: sqlite exit $sqlite_status, postgres exit $postgres_status, browser exit $browser_status"
[ $sqlite_status -eq 0 ] && [ $postgres_status -eq 0 ] && [ $browser_status -eq 0 ]
