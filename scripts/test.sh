#!/usr/bin/env bash
# The whole test suite, as the README and CI run it.
set -euo pipefail
npm run -s generate -- --check
npm run -s typecheck
npm run -s lint
npx vitest run
# Dead-socket detection again with the platform's WebSocket, which shows no ping frames (Node 22+,
# Bun, Deno, browsers): Node 20 needs --experimental-websocket for it.
BINANCE_RX_TEST_WEBSOCKET=global NODE_OPTIONS=--experimental-websocket npx vitest run \
  test/integration/resilience.test.ts test/runtime/heartbeat.test.ts test/runtime/supervisor-policy.test.ts
npm run -s build >/dev/null
echo "build: dist/ (ESM, CJS, .d.ts) written"
node --import tsx scripts/check-dependencies.ts
node --import tsx scripts/package-smoke.ts
node --import tsx scripts/check-package.ts
node --import tsx scripts/check-readme.ts
node --import tsx scripts/smoke.ts
