/**
 * The browser tests (npm run test:browser): Debian's chromium through playwright-core on the production
 * build of the playground. Kept out of the default `jest` run (slow: a webpack build and a browser).
 */
const base = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/browser"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 600000,
};
