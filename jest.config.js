/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true } }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/__stubs__/office-addin-manifest.js",
    "\\.(css)$": "<rootDir>/test/__stubs__/style.js",
  },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
};
