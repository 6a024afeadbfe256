/**
 * Task pane size and first render.
 *
 * Size: the shipped production build (`webpack --mode production`, into a temporary directory so the
 * shared dist/ is left alone) writes bundle-sizes.json (scripts/bundle-size-plugin.js): each page's initial
 * JavaScript, raw and gzipped.
 *
 * First render: headless Debian chromium (playwright-core) loads the built page from a tiny http server on
 * 127.0.0.1. taskpane.html loads Office.js from Microsoft's CDN, which cannot be reached offline, so that
 * request is answered with a small stub (Office.onReady resolves at once, Office.context gives a display
 * language and theme, Excel.run never settles, as while a workbook is still opening). The pane is the real
 * bundle; only the host is stubbed. Time to first render = navigation start → the first moment #container
 * holds rendered text (a MutationObserver in the page); first contentful paint is reported beside it.
 * The playground page (the pane over the stand-in, no Office.js) is measured the same way.
 */
import { spawn } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { log, median, round } from "./measure";
import { ROOT } from "./plans";

export interface BundleEntry {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
  budget: number | null;
}

export interface RenderResult {
  page: string;
  runs: number;
  firstRenderMs: number;
  firstContentfulPaintMs: number | null;
  /** text the page showed, cut short (to tell a real pane from a placeholder) */
  shows: string;
  error: string | null;
}

export interface PaneResult {
  build: { fresh: boolean; seconds: number; dir: string; error: string | null };
  entries: BundleEntry[];
  render: RenderResult[];
}

const CHROMIUM = "/usr/bin/chromium";

const OFFICE_STUB = `
window.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: {
    displayLanguage: "uz-Latn-UZ",
    officeTheme: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
    requirements: { isSetSupported: function () { return true; } },
    document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (cb) { cb && cb({ status: "succeeded" }); } } }
  },
  onReady: function (cb) {
    var info = { host: "Excel", platform: "OfficeOnline" };
    if (cb) cb(info);
    return Promise.resolve(info);
  },
  actions: { associate: function () {} }
};
window.Excel = { run: function () { return new Promise(function () {}); } };
`;

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
  ".xml": "application/xml",
};

export function serve(dir: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(/^([/\\])+/, "");
    const file = join(dir, path || "index.html");
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, port: (server.address() as { port: number }).port })
    )
  );
}

function build(outDir: string, playground: boolean): Promise<{ seconds: number; error: string | null }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const webpack = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
    const child = spawn(
      process.execPath,
      [
        webpack,
        "--mode",
        "production",
        ...(playground ? ["--env", "playground"] : []),
        "--output-path",
        outDir,
      ],
      { cwd: ROOT }
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => void (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => void (out += d.toString()));
    child.on("close", (code) =>
      resolve({
        seconds: (Date.now() - t0) / 1000,
        error: code === 0 ? null : `webpack exit ${code}: ${out.slice(-800)}`,
      })
    );
  });
}

/** The production build with the playground page (`webpack --mode production --env playground`) into `outDir`. */
export function buildPlaygroundInto(outDir: string): Promise<{ seconds: number; error: string | null }> {
  return build(outDir, true);
}

/** Records when #container first holds rendered text, relative to navigation start. */
const RENDER_PROBE = `
(() => {
  window.__rejaFirstRender = null;
  const check = () => {
    const c = document.getElementById("container");
    if (window.__rejaFirstRender === null && c && c.firstElementChild && (c.textContent || "").trim().length > 0) {
      window.__rejaFirstRender = performance.now();
      return true;
    }
    return false;
  };
  const start = () => {
    if (check()) return;
    const obs = new MutationObserver(() => { if (check()) obs.disconnect(); });
    obs.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
`;

async function measureRender(baseUrl: string, page: string, runs: number): Promise<RenderResult> {
  // playwright-core is a dev dependency of the project; required lazily so the other parts run without it
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const renders: number[] = [];
  const fcps: number[] = [];
  let shows = "";
  let error: string | null = null;
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
      // one handler (a later route would take precedence): Office.js from the CDN gets the stub, anything else off-machine is refused
      await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
        new URL(route.request().url()).hostname === "appsforoffice.microsoft.com"
          ? route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB })
          : route.abort()
      );
      await context.addInitScript(RENDER_PROBE);
      const p = await context.newPage();
      const errors: string[] = [];
      p.on("pageerror", (e) => errors.push(String(e)));
      await p.goto(`${baseUrl}/${page}`, { waitUntil: "load" });
      const ms = await p
        .waitForFunction(
          () => (window as unknown as { __rejaFirstRender: number | null }).__rejaFirstRender,
          null,
          { timeout: 20_000 }
        )
        .then((h) => h.jsonValue() as Promise<number>)
        .catch(() => null);
      const fcp = await p.evaluate(
        () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null
      );
      shows = ((await p.textContent("#container").catch(() => "")) ?? "")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, 80);
      await context.close();
      if (ms === null) {
        error = `no render within 20 s${errors.length ? `: ${errors[0]}` : ""}`;
        break;
      }
      if (i === 0) continue; // the first load warms the browser itself
      renders.push(ms);
      if (fcp !== null) fcps.push(fcp);
    }
  } finally {
    await browser.close();
  }
  return {
    page,
    runs: renders.length,
    firstRenderMs: renders.length ? round(median(renders), 0) : NaN,
    firstContentfulPaintMs: fcps.length ? round(median(fcps), 0) : null,
    shows,
    error,
  };
}

async function renderPages(dir: string, pages: string[], runs: number): Promise<RenderResult[]> {
  const out: RenderResult[] = [];
  const { server, port } = await serve(dir);
  try {
    for (const page of pages) {
      if (!existsSync(join(dir, page))) continue;
      log(`pane: first render of ${page}`);
      out.push(await measureRender(`http://127.0.0.1:${port}`, page, runs));
    }
  } finally {
    server.close();
  }
  return out;
}

/**
 * Sizes and the task pane's render from the shipped build (`npm run build`: no playground entry, whose
 * vendor modules would otherwise share the pane's vendor chunk); the playground's render from a second
 * build with it.
 */
export async function benchPane(options: {
  fresh: boolean;
  runs: number;
  playground: boolean;
  /** a production build with the playground already made (shared with the latency part) */
  playgroundDir?: string;
}): Promise<PaneResult> {
  const dir = options.fresh ? mkdtempSync(join(tmpdir(), "reja-bench-dist-")) : join(ROOT, "dist");
  const playDir = options.playgroundDir ?? mkdtempSync(join(tmpdir(), "reja-bench-playground-"));
  try {
    let buildInfo = { seconds: 0, error: null as string | null };
    if (options.fresh) {
      log(`pane: production build into ${dir}`);
      buildInfo = await build(dir, false);
    }
    const sizesFile = join(dir, "bundle-sizes.json");
    const entries: BundleEntry[] = existsSync(sizesFile)
      ? (JSON.parse(readFileSync(sizesFile, "utf8")) as { entries: BundleEntry[] }).entries
      : [];
    const render = await renderPages(dir, ["taskpane.html"], options.runs);
    if (options.playground) {
      if (!options.playgroundDir) log(`pane: production build with the playground into ${playDir}`);
      const b = options.playgroundDir ? { error: null } : await build(playDir, true);
      if (b.error)
        render.push({
          page: "playground.html",
          runs: 0,
          firstRenderMs: NaN,
          firstContentfulPaintMs: null,
          shows: "",
          error: b.error,
        });
      else render.push(...(await renderPages(playDir, ["playground.html"], options.runs)));
    }
    return {
      build: {
        fresh: options.fresh,
        seconds: round(buildInfo.seconds, 1),
        dir: options.fresh ? "(temporary)" : "dist/",
        error: buildInfo.error,
      },
      entries,
      render,
    };
  } finally {
    if (options.fresh) rmSync(dir, { recursive: true, force: true });
    if (!options.playgroundDir) rmSync(playDir, { recursive: true, force: true });
  }
}
