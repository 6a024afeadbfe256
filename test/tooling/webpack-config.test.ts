import * as fs from "node:fs";
import * as path from "node:path";
import createConfig from "../../webpack.config";
import { checkManifest } from "../manifest/manifest-checks";

const ROOT = path.resolve(__dirname, "..", "..");

describe("webpack.config.js", () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it("builds the task pane, the command page and its dialog page, and the playground only when asked", () => {
    const build = createConfig({}, { mode: "production" });
    expect(Object.keys(build.entry as object).sort()).toEqual(["commands", "dialog", "taskpane"]);
    expect(build.devServer).toBeUndefined();
    const playground = createConfig({ playground: true, WEBPACK_SERVE: true }, { mode: "development" });
    expect(Object.keys(playground.entry as object).sort()).toEqual([
      "commands",
      "dialog",
      "playground",
      "taskpane",
    ]);
    // The playground is served over plain http: no certificates needed.
    expect(playground.devServer?.server).toEqual({ type: "http" });
  });

  it("keeps React and Fluent out of the ribbon command page and its dialog", () => {
    const build = createConfig({}, { mode: "production" });
    const vendor = (
      build.optimization?.splitChunks as {
        cacheGroups: Record<string, { chunks: (c: { name: string }) => boolean }>;
      }
    ).cacheGroups.vendor;
    expect(vendor.chunks({ name: "commands" })).toBe(false);
    expect(vendor.chunks({ name: "dialog" })).toBe(false);
    expect(vendor.chunks({ name: "taskpane" })).toBe(true);
  });

  it("serves the dialog as its own page with only its own script, and budgets it", () => {
    const build = createConfig({}, { mode: "production" });
    const pages = (build.plugins ?? [])
      .map((p) => (p as { userOptions?: { filename?: string; chunks?: string[] } }).userOptions)
      .filter((o): o is { filename: string; chunks: string[] } => Boolean(o?.filename));
    expect(pages.find((o) => o.filename === "dialog.html")?.chunks).toEqual(["dialog"]);
    const sizes = (build.plugins ?? []).find(
      (p) => p?.constructor.name === "BundleSizePlugin"
    ) as unknown as {
      budgets: Record<string, number>;
    };
    expect(Object.keys(sizes.budgets).sort()).toEqual(["commands", "dialog", "taskpane"]);
    expect(sizes.budgets.dialog).toBeLessThan(sizes.budgets.commands);
  });

  it("points a production manifest at the deployment URL and leaves it valid", () => {
    const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const prod = createConfig.rewriteManifestUrls(xml, "https://reja.example.uz/app/");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain('<SourceLocation DefaultValue="https://reja.example.uz/app/taskpane.html"/>');
    expect(prod).toContain("<AppDomain>https://reja.example.uz</AppDomain>");
    const problems = checkManifest(prod, {
      devUrl: "https://reja.example.uz/app/",
      serves: () => true,
      pngSize: (p) => {
        const size = Number(/icon-(\d+)\.png$/.exec(p)?.[1]);
        return size ? { width: size, height: size } : undefined;
      },
      registeredActions: ["generateReport"],
      requiredLocales: ["ru-RU", "en-US"],
    });
    expect(problems).toEqual([]);
  });
});
