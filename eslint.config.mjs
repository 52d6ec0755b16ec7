// Lint: typescript-eslint recommended plus the Office rules of eslint-plugin-office-addins (the rules
// office-addin-lint enables: no sync in loops, load before read, isNullObject checks, …). Prettier is
// not enforced here (formatting is not a lint failure in this repo).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const office = officeAddins.default ?? officeAddins;
const officePlugin = office.configs?.recommended?.find((c) => c.plugins?.["office-addins"])?.plugins["office-addins"] ?? { rules: office.rules };

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "dist-test/**", "out/**", "lib/**", "coverage/**", "test-output/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    // Registered everywhere so eslint-disable comments naming its rules resolve in every file.
    plugins: { "office-addins": officePlugin },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js habits where Office.js proxies live. Not in the ExcelJS code (src/xlsx, src/cli), where
    // `load`/`sync`-shaped names mean something else, nor in tests, which read unloaded properties on
    // purpose to check that the Excel stand-in fails like Excel.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/xlsx/**", "src/cli/**"],
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    // `any` is how a custom function declares "no conversion" (dimensionality any) to the metadata
    // generator (shared notes §2.1): it is the API here, not laziness.
    files: ["src/functions/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The Excel stand-in mimics proxy objects whose closures need the owning object.
    files: ["test/**", "e2e/**"],
    rules: { "@typescript-eslint/no-this-alias": "off" },
  },
  {
    // CommonJS build and config files.
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
