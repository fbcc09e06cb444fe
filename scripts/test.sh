#!/usr/bin/env bash
# The whole test suite, as the README and CI run it.
set -euo pipefail
npm run -s generate -- --check
npm run -s typecheck
npm run -s lint
npx vitest run
npm run -s build >/dev/null
echo "build: dist/ (ESM, CJS, .d.ts) written"
node --import tsx scripts/check-package.ts
node --import tsx scripts/check-readme.ts
node --import tsx scripts/smoke.ts
