#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so `npx smartcity` needs no separate build step.
require("tsx/cjs");
require("../src/cli/main.ts");
