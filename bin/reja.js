#!/usr/bin/env node
// The compiled command line (npm run build:cli, also run by `npm ci` through "prepare").
"use strict";
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("lib/cli/main.js")) {
    process.stderr.write("reja: the command line is not built yet; run `npm run build:cli` first\n");
    process.exit(2);
  }
  throw e;
}
cli.run();
