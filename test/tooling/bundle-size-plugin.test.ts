import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import webpack from "webpack";
import { BundleSizePlugin } from "../../scripts/bundle-size-plugin";

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reja-bundle-size-"));
  fs.writeFileSync(
    path.join(dir, "entry.js"),
    `export const words = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `word-${i}`))};\n` +
      "console.log(words.join(' '));\n"
  );
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function build(budget: number): Promise<webpack.Stats> {
  const compiler = webpack({
    mode: "production",
    context: dir,
    entry: { page: "./entry.js" },
    output: { path: path.join(dir, `dist-${budget}`), filename: "[name].js" },
    plugins: [new BundleSizePlugin({ budgets: { page: budget } })],
    infrastructureLogging: { level: "none" },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats) reject(err ?? new Error("no stats"));
      else resolve(stats);
    })
  );
}

describe("BundleSizePlugin", () => {
  let log: jest.SpyInstance;
  beforeEach(() => {
    log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => log.mockRestore());

  it("reports raw and gzipped sizes of an entry's initial JS", async () => {
    const stats = await build(1024 * 1024);
    expect(stats.hasErrors()).toBe(false);
    const out = path.join(dir, "dist-1048576");
    const report = JSON.parse(fs.readFileSync(path.join(out, "bundle-sizes.json"), "utf8"));
    const bundle = fs.readFileSync(path.join(out, "page.js"));
    expect(report.entries).toEqual([
      {
        entry: "page",
        files: ["page.js"],
        raw: bundle.length,
        gzip: zlib.gzipSync(bundle, { level: 9 }).length,
        budget: 1024 * 1024,
      },
    ]);
  }, 30000);

  it("fails the build when an entry is over its gzip budget", async () => {
    const stats = await build(100);
    expect(stats.hasErrors()).toBe(true);
    expect(stats.compilation.errors.map((e) => e.message).join("\n")).toMatch(/BundleSizePlugin.*"page"/);
  }, 30000);
});
