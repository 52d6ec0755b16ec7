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
    plugins: { "office-addins": officePlugin },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-office-initialize": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
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
