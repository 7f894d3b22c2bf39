/** Jest: unit tests under test/ (node), browser tests under test/browser (Playwright + Debian chromium). */
const tsJest = ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } }];

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleFileExtensions: ["ts", "tsx", "js", "json"],
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test/browser"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleFileExtensions: ["ts", "tsx", "js", "json"],
    },
  ],
};
