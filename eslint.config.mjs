// ESLint 9 flat config. Correctness rules only: formatting is Prettier's job (eslint-config-prettier last).
import js from "@eslint/js";
import prettierConfig from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { builtinModules } from "node:module";
import tseslint from "typescript-eslint";

// Node's own modules, reachable without the node: prefix.
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith("_"));
// The adapters around the core (src/<dir>), which the core must not import.
const ADAPTER_DIRS = ["excel", "xlsx", "cli", "taskpane", "commands", "playground", "standin"];

// Excel JS API pitfalls: reading unloaded properties, reading before sync, sync in loops, null objects.
const officeRules = {
  "office-addins/load-object-before-read": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/call-sync-after-load": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

export default tseslint.config(
  {
    ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "out/**", "test-artifacts/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "warn",
      "@typescript-eslint/no-this-alias": "warn",
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
      // Stripping control characters from pasted/exported text is a real need here.
      "no-control-regex": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Code that talks to Excel through Office.js (the stand-in implements that API, so it is exempt).
    files: ["src/excel/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    files: ["**/*.tsx"],
    ...react.configs.flat.recommended,
    ...react.configs.flat["jsx-runtime"],
    languageOptions: {
      ...react.configs.flat.recommended.languageOptions,
      globals: { ...globals.browser },
    },
    settings: { react: { version: "detect" } },
  },
  {
    // .ts too: the pane's container hook (useReja) is plain TypeScript
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["src/cli/**/*.ts", "src/xlsx/**/*.ts", "test/**/*.{ts,tsx}", "bench/**/*.{ts,js}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    // The core is pure: no Office, ExcelJS, React, Fluent UI or node module, and no adapter.
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["exceljs", "exceljs/*", "react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"],
              message: "src/core is pure: no ExcelJS, React or Fluent UI.",
            },
            { group: ["office-*", "@microsoft/office-*"], message: "src/core is pure: no Office." },
            {
              group: ["node:*", ...NODE_BUILTINS.flatMap((m) => [m, `${m}/*`])],
              message: "src/core is pure: no node module.",
            },
            {
              group: ADAPTER_DIRS.map((d) => `**/${d}`).concat(ADAPTER_DIRS.map((d) => `**/${d}/**`)),
              message: "src/core imports no adapter.",
            },
          ],
        },
      ],
    },
  },
  {
    // Adapters enter the core through its index only.
    files: ["src/**/*.{ts,tsx}", "bench/**/*.ts"],
    ignores: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)*(src/)?core/(?!index$).+",
              message: "Import the core through its entrance (…/core), not its inner files.",
            },
          ],
        },
      ],
    },
  },
  {
    // Node scripts and configs written in CommonJS (webpack.config.js, scripts/, bin/).
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettierConfig
);
