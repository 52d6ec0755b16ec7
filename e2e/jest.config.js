/** End-to-end tests: the built pane (npm run build:test -> dist-test/) in headless Debian Chromium. */
const base = require("../jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: "..",
  roots: ["<rootDir>/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testTimeout: 180000,
};
