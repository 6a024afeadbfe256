/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "CommonJS", moduleResolution: "Node10", ignoreDeprecations: "5.0", jsx: "react-jsx", isolatedModules: true } }],
  },
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  testTimeout: 60000,
};
