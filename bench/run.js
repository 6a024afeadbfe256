#!/usr/bin/env node
/*
 * `npm run bench`: compiles bench/**.ts (and the src modules they import) with tsc into out/bench-build/,
 * then runs the bench in a child node with --expose-gc (for the memory figures).
 *
 *   npm run bench                      everything; writes docs/benchmarks.md and docs/benchmarks.json
 *   npm run bench -- --only engine,roundtrips   some parts (engine, roundtrips, cli, pane, latency)
 *   npm run bench -- --quick           fewer runs and smaller sizes (a smoke run; docs are not written)
 *   npm run bench -- --no-build        pane part: use the existing dist/ instead of a fresh production build
 *   npm run bench -- --no-playground   pane part: skip the second build (the playground's first render)
 *   npm run bench -- --playground-dir=DIR   pane and latency parts: use this production build of the playground
 *                                      (webpack --mode production --env playground --output-path DIR)
 *   npm run bench -- --from-json       rewrite the Markdown from docs/benchmarks.json, measuring nothing
 */
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
const tsc = require.resolve("typescript/bin/tsc");
const compiled = spawnSync(process.execPath, [tsc, "-p", path.join(__dirname, "tsconfig.json")], {
  cwd: root,
  encoding: "utf8",
});
const output = `${compiled.stdout}${compiled.stderr}`.trim();
if (compiled.status !== 0) {
  // Type errors in our own files stop the bench; errors elsewhere (work in progress in src/) only warn,
  // since tsc still emits JavaScript for them.
  const own = output.split("\n").filter((l) => /^bench[\\/]/.test(l));
  if (own.length > 0 || !/error TS/.test(output)) {
    console.error(output);
    process.exit(1);
  }
  console.warn(`bench: tsc reported errors outside bench/ (emitted anyway):\n${output}\n`);
}
const main = path.join(root, "out", "bench-build", "bench", "main.js");
const run = spawnSync(
  process.execPath,
  ["--expose-gc", "--max-old-space-size=3072", main, ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit" }
);
process.exit(run.status === null ? 1 : run.status);
