// Lint: the Office add-in rules (office-addin-lint's own set, with React), plus the module
// boundaries of the one-way flow source → records → analysis → plan → workbook.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const noDom = {
  "no-restricted-globals": ["error", "window", "document", "navigator", "Office", "Excel", "localStorage"],
};

/** Forbid imports of these path fragments from a folder. */
const forbid = (...patterns) => ({
  "no-restricted-imports": [
    "error",
    { patterns: patterns.map((group) => ({ group: [group], message: "Crosses a module boundary (see README, Architecture)." })) },
  ],
});

export default [
  { ignores: ["dist/**", "dist-preview/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module", globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly" } },
    rules: { "react/react-in-jsx-scope": "off", "no-undef": "off", "no-redeclare": "off" },
  },
  // Domain: pure TypeScript. No Office, React, DOM, Node, HyperFormula.
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      ...noDom,
      ...forbid("**/excel/**", "**/taskpane/**", "**/workbook-sim/**", "**/cli/**", "**/preview/**", "react", "react-dom", "@fluentui/*", "hyperformula", "fs", "node:*", "path"),
    },
  },
  // Excel layer: talks to Office through a host; never to the UI, the simulator or HyperFormula.
  {
    files: ["src/excel/**/*.ts"],
    rules: forbid("**/taskpane/**", "**/workbook-sim/**", "**/cli/**", "**/preview/**", "react", "react-dom", "@fluentui/*", "hyperformula"),
  },
  // Task pane: ships in the production bundle: no simulator, no HyperFormula (GPL).
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: forbid("**/workbook-sim/**", "**/cli/**", "**/preview/**", "hyperformula"),
  },
];
