/**
 * "Word hujjati" in the playground, in Debian's chromium (playwright-core): the real pane over the in-browser
 * workbook asks about the seeded error, then makes the .docx in the page (the Word writer's own chunk, fetched
 * on the click) and downloads it; the file, read back with Reja's .docx reader, is the 48-item Jondor plan.
 * Also: the "download again" link, the object URL revoked with the notice, and the writer's chunk failing to
 * load (no connection) said plainly, the next click working. Screenshots go to test-artifacts/.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type BrowserContext, type Download, type Page } from "playwright-core";
import { readPlan } from "../../src/core/reader";
import { readDocxFile } from "../../src/docx-file/node";
import { exampleGrid, SEEDED_MISTAKE } from "../../src/playground/seed";
import { translator } from "../../src/taskpane/i18n";
import { itemSummary } from "../docx-file/plan-summary";
import { buildPlayground, serveStatic, type StaticServer } from "./build-playground";

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const CHROMIUM = "/usr/bin/chromium";
const FILE = "Jondor-2026-ish-reja.docx";
const t = translator("uz");

let dist: string;
let userData: string;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "reja-playground-"));
  userData = fs.mkdtempSync(path.join(os.tmpdir(), "reja-chromium-"));
  await buildPlayground(dist);
  server = await serveStatic(dist);
  context = await chromium.launchPersistentContext(userData, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    viewport: { width: 1360, height: 860 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => console.error("page error:", e));
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  for (const dir of [dist, userData]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const pane = () => page.locator('[data-testid="pane"]');

async function openPlayground(): Promise<void> {
  await page.goto(`${server.url}/playground.html?date=2026-07-10`);
  await pane().locator('button[data-action="docx"]:not([disabled])').waitFor();
}

async function shot(name: string): Promise<void> {
  await page.mouse.move(5, 300);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Clicks "Word hujjati" and answers the question about the seeded error with "go on". */
async function makeWordDocument(): Promise<void> {
  await pane().locator('button[data-action="docx"]').click();
  const ask = pane().locator('[data-testid="confirm-errors"]');
  await ask.waitFor();
  await expect(ask.innerText()).resolves.toContain(t("confirm.docx", { count: 1 }));
  await ask.locator('button[data-confirm="goon"]').click();
}

async function planOf(download: Download) {
  const file = await download.path();
  const r = readPlan((await readDocxFile(fs.readFileSync(file))).grid);
  if (!r.ok) throw new Error("the downloaded document has no plan table");
  return r.plan;
}

/** axe-core (the installed package's source, injected: nothing downloaded) over the pane: serious or critical. */
async function axeViolations(): Promise<{ id: string; impact: string; nodes: number }[]> {
  const source = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: source });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<unknown> } }).axe;
    const r = (await axe.run(document.querySelector('[data-testid="pane"]') as Element, {
      resultTypes: ["violations"],
    })) as { violations: { id: string; impact: string; nodes: unknown[] }[] };
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

function examplePlan() {
  const r = readPlan(exampleGrid());
  if (!r.ok) throw new Error("the example has no plan");
  return r.plan;
}

test("the writer's chunk not loading (no connection) is said plainly; the next click works", async () => {
  await openPlayground();
  const blocked: string[] = [];
  await page.route(/docx-writer\.[^/]*\.js$/, async (route) => {
    blocked.push(route.request().url());
    await route.abort("internetdisconnected");
  });
  await makeWordDocument();
  const notice = pane().locator('[data-notice="problem.writer_unavailable"]');
  await notice.waitFor();
  expect(blocked.length).toBeGreaterThan(0);
  await expect(notice.innerText()).resolves.toContain(t("problem.writer_unavailable"));
  expect(await notice.getAttribute("data-intent")).toBe("error");
  await shot("docx-01-writer-unavailable");

  // the connection is back: the same pane, the same button, and the file comes
  await page.unroute(/docx-writer\.[^/]*\.js$/);
  const downloaded = page.waitForEvent("download");
  await makeWordDocument();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe(FILE);
  expect((await planOf(download)).items).toHaveLength(48);
});

test("Word hujjati downloads the plan as .docx: the 48 Jondor items, read back with Reja's reader", async () => {
  await openPlayground();
  const loaded: string[] = [];
  page.on("request", (r) => void loaded.push(r.url()));
  const downloaded = page.waitForEvent("download");
  await makeWordDocument();
  const download = await downloaded;
  // the writer came on the click, as a chunk of its own
  expect(loaded.some((u) => /docx-writer\.[^/]*\.js$/.test(u))).toBe(true);
  expect(download.suggestedFilename()).toBe(FILE);
  expect(download.url()).toMatch(/^blob:/);

  const back = await planOf(download);
  const expected = examplePlan();
  expect(back.items).toHaveLength(48);
  expect(back.items.map((i) => i.number)).toEqual(expected.items.map((i) => i.number));
  expect(back.items.map(itemSummary)).toEqual(expected.items.map(itemSummary));
  expect(back.items.find((i) => i.number === SEEDED_MISTAKE.item)?.indicators[0].unitText).toBe(
    SEEDED_MISTAKE.unit
  );
  expect(back.year).toBe(2026);
  expect(back.district).toBe("Jondor");

  const notice = pane().locator('[data-notice="result.docx"]');
  await notice.waitFor();
  await expect(notice.innerText()).resolves.toContain(t("result.docx", { file: FILE, count: 48 }));
  await shot("docx-02-downloaded");
  // the notice with its link is as accessible as the rest of the pane
  expect(await axeViolations()).toEqual([]);

  // the link in the notice downloads the same file again (a click of the person's own)
  const link = notice.locator("a[data-download-link]");
  await expect(link.innerText()).resolves.toBe(t("download.again", { file: FILE }));
  const again = page.waitForEvent("download");
  await link.click();
  const second = await again;
  expect(second.suggestedFilename()).toBe(FILE);
  expect(fs.readFileSync(await second.path())).toEqual(fs.readFileSync(await download.path()));

  // the object URL lives as long as the notice: readable now, revoked once the notice is dismissed
  const url = (await link.getAttribute("href")) as string;
  expect(url).toMatch(/^blob:/);
  const fetchState = (u: string) =>
    page.evaluate(
      (href) =>
        fetch(href).then(
          (r) => (r.ok ? "readable" : "revoked"),
          () => "revoked"
        ),
      u
    );
  await expect(fetchState(url)).resolves.toBe("readable");
  await notice.locator("button", { hasText: t("actions.dismiss") }).click();
  await notice.waitFor({ state: "detached" });
  await expect(fetchState(url)).resolves.toBe("revoked");
});
