/*
 * Webpack plugin: measures each entry's initial JavaScript (every .js file the entry's HTML page must load
 * before it runs: runtime, vendor and entry chunks, not lazy chunks), raw and gzipped, after minification.
 *
 * - prints a table when the build is done;
 * - emits `bundle-sizes.json` next to the bundles (read by the bench);
 * - fails the build (a compilation error) when an entry's gzipped size exceeds its budget.
 *
 *   new BundleSizePlugin({ budgets: { taskpane: 250 * 1024 }, reportFile: "bundle-sizes.json" })
 */
"use strict";

const zlib = require("node:zlib");

const PLUGIN_NAME = "BundleSizePlugin";

function formatKiB(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * Sizes of every entry's initial JS in a compilation.
 * @returns {Array<{entry: string, files: string[], raw: number, gzip: number}>}
 */
function measureEntries(compilation) {
  const results = [];
  for (const [entry, entrypoint] of compilation.entrypoints) {
    const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const asset = compilation.getAsset(file);
      if (!asset) continue;
      const buffer = asset.source.buffer();
      raw += buffer.length;
      gzip += zlib.gzipSync(buffer, { level: 9 }).length;
    }
    results.push({ entry, files, raw, gzip });
  }
  return results.sort((a, b) => a.entry.localeCompare(b.entry));
}

class BundleSizePlugin {
  /**
   * @param {{budgets?: Record<string, number>, reportFile?: string | false}} [options]
   *   budgets: gzipped bytes allowed per entry name; reportFile: JSON asset name, false for none.
   */
  constructor(options = {}) {
    this.budgets = options.budgets || {};
    this.reportFile = options.reportFile === undefined ? "bundle-sizes.json" : options.reportFile;
    this.lastReport = [];
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;

    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        // REPORT runs after minification, so these are the sizes that ship.
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const report = measureEntries(compilation).map((row) => ({
            ...row,
            budget: this.budgets[row.entry] ?? null,
          }));
          this.lastReport = report;
          for (const row of report) {
            if (row.budget !== null && row.gzip > row.budget) {
              compilation.errors.push(
                new WebpackError(
                  `${PLUGIN_NAME}: entry "${row.entry}" loads ${formatKiB(row.gzip)} of gzipped JS ` +
                    `initially, over its budget of ${formatKiB(row.budget)} (files: ${row.files.join(", ")})`
                )
              );
            }
          }
          if (this.reportFile) {
            const json = JSON.stringify({ entries: report }, null, 2) + "\n";
            compilation.emitAsset(this.reportFile, new sources.RawSource(json));
          }
        }
      );
    });

    compiler.hooks.done.tap(PLUGIN_NAME, () => {
      if (this.lastReport.length === 0) return;
      const lines = ["Initial JS per entry (minified):"];
      for (const row of this.lastReport) {
        const budget = row.budget === null ? "" : `  budget ${formatKiB(row.budget)} gzip`;
        const over = row.budget !== null && row.gzip > row.budget ? "  OVER BUDGET" : "";
        lines.push(
          `  ${row.entry.padEnd(12)} ${formatKiB(row.raw).padStart(11)} raw ` +
            `${formatKiB(row.gzip).padStart(11)} gzip${budget}${over}`
        );
      }
      console.log(lines.join("\n"));
    });
  }
}

module.exports = { BundleSizePlugin, measureEntries };
