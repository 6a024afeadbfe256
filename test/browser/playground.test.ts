/**
 * The playground in Debian's chromium (playwright-core): the real task pane over the in-browser workbook.
 * Builds the playground (production), serves it on 127.0.0.1, and drives it like a person would.
 * Screenshots go to test-artifacts/.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { reportSheetName } from "../../src/core/layout/names";
import { STATUS_LABELS } from "../../src/core/status";
import { ru } from "../../src/taskpane/i18n/ru";
import { uz } from "../../src/taskpane/i18n/uz";
import { SEEDED_MISTAKE } from "../../src/playground/seed";
import { buildPlayground, serveStatic, type StaticServer } from "./build-playground";

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const CHROMIUM = "/usr/bin/chromium";

let dist: string;
let userData: string;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

async function shot(name: string): Promise<void> {
  // the pointer rests where the last click was: move it away so no hover hint covers the pane
  await page.mouse.move(5, 300);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}

async function pane(): Promise<ReturnType<Page["locator"]>> {
  return page.locator('[data-testid="pane"]');
}

async function openPlayground(query: string): Promise<void> {
  await page.goto(`${server.url}/playground.html${query}`);
  await page.locator('[data-testid="pane"] button[data-action="check"]:not([disabled])').waitFor();
}

async function runAction(action: string): Promise<void> {
  const p = await pane();
  await p.locator(`button[data-action="${action}"]`).click();
  // the pane shows a spinner while the action runs, then a message
  await p.locator(`button[data-action="${action}"]:not([disabled])`).waitFor();
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "reja-playground-"));
  userData = fs.mkdtempSync(path.join(os.tmpdir(), "reja-chromium-"));
  await buildPlayground(dist);
  server = await serveStatic(dist);
  context = await chromium.launchPersistentContext(userData, {
    executablePath: CHROMIUM,
    headless: true,
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

test("Check lists the seeded mistakes, and clicking one selects its cell", async () => {
  await openPlayground("?date=2026-07-10");
  await shot("00-start");
  await runAction("check");
  const p = await pane();
  const seeded = p.locator(`li[data-item="${SEEDED_MISTAKE.item}"] button[data-code="unit.unknown"]`);
  await seeded.waitFor();
  await p.locator('li[data-item="19"] button[data-code="plan.below_fact"]').first().waitFor();
  await p.locator('li[data-item="48"] button[data-code="responsible.unknown"]').first().waitFor();
  expect(await p.locator('[data-severity-count="error"]').count()).toBe(1);

  const cell = await seeded.getAttribute("data-cell");
  expect(cell).toMatch(/^[A-Z]+\d+$/);
  await seeded.click();
  const selected = page.locator('table[data-grid-sheet="Ish reja"] td[data-selected="true"]');
  await expect(selected.getAttribute("data-address")).resolves.toBe(cell);
  // Check highlighted the bad cell on the sheet (the conditional format over the mask sheet)
  expect(await selected.getAttribute("data-highlight")).toBeTruthy();
  await shot("01-check-selected");

  // keyboard: Enter on another finding selects its cell
  const other = p.locator('li[data-item="19"] button[data-code="plan.below_fact"]').first();
  const otherCell = await other.getAttribute("data-cell");
  await other.focus();
  await page.keyboard.press("Enter");
  await page
    .locator(`table[data-grid-sheet="Ish reja"] td[data-selected="true"][data-address="${otherCell}"]`)
    .waitFor();
});

test("live checking: fixing the misspelt unit in the grid removes the finding", async () => {
  const p = await pane();
  const seeded = p.locator(`li[data-item="${SEEDED_MISTAKE.item}"] button[data-code="unit.unknown"]`);
  const cell = (await seeded.getAttribute("data-cell")) as string;
  await page.locator(`table[data-grid-sheet="Ish reja"] td[data-address="${cell}"]`).click();
  await page.locator("#formula-bar").fill("Tadbir");
  await page.locator("#formula-bar").press("Enter");
  await seeded.waitFor({ state: "detached", timeout: 10000 });
  expect(await p.locator('[data-severity-count="error"]').count()).toBe(0);
  expect(
    await page
      .locator(`table[data-grid-sheet="Ish reja"] td[data-address="${cell}"]`)
      .getAttribute("data-highlight")
  ).toBeNull();
});

test("Fill writes statuses into the plan sheet", async () => {
  const statusCells = () =>
    page.locator('table[data-grid-sheet="Ish reja"] td').filter({
      hasText: new RegExp(`^(${STATUS_LABELS.done}|${STATUS_LABELS.not_done}|${STATUS_LABELS.partial})$`),
    });
  expect(await statusCells().count()).toBe(0);
  await runAction("fill");
  await (await pane()).locator(".fui-MessageBar").first().waitFor();
  await statusCells().first().waitFor();
  expect(await statusCells().count()).toBeGreaterThan(10);
  // status cells carry their colour
  expect(await statusCells().first().getAttribute("data-fill")).toMatch(/^#/);
  await shot("02-fill");
});

test("Generate makes the submission sheet", async () => {
  await runAction("report");
  const name = reportSheetName(2026, 2);
  await page.locator(`[data-sheet-tab="${name}"]`).waitFor();
  const table = page.locator(`table[data-grid-sheet="${name}"]`);
  await table.waitFor();
  const filled = table.locator("td").filter({ hasText: /\S/ });
  expect(await filled.count()).toBeGreaterThan(100);
  await shot("03-report");
});

test("switching the pane to Russian changes the labels", async () => {
  const p = await pane();
  expect(await p.locator('button[data-action="check"]').innerText()).toBe(uz["actions.check"]);
  await p.locator('select[aria-label="' + uz["lang.label"] + '"]').selectOption("ru");
  await expect(p.locator('button[data-action="check"]').innerText()).resolves.toBe(ru["actions.check"]);
  expect(await p.locator("h2").first().innerText()).toBe(ru["findings.title"]);
  await shot("04-russian");
});

test("the pane reads at its narrow width (320 px), in Excel's dark theme", async () => {
  await page.setViewportSize({ width: 900, height: 860 });
  await page.locator('[data-testid="theme"]').selectOption("dark");
  const box = await (await pane()).boundingBox();
  expect(box?.width).toBeLessThanOrEqual(321);
  // nothing in the pane is wider than the pane (no horizontal scrolling)
  const overflow = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="pane"]') as HTMLElement;
    return el.scrollWidth - el.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  await shot("05-dark-narrow");
});

test("Set up turns the pasted plan into the structured sheet", async () => {
  await page.setViewportSize({ width: 1360, height: 860 });
  await openPlayground("?mode=pasted");
  expect(await page.locator('[data-sheet-tab="Ish reja"]').count()).toBe(0);
  await runAction("setup");
  await page.locator('[data-sheet-tab="Ish reja"]').waitFor();
  await page.locator('table[data-grid-sheet="Ish reja"]').waitFor();
  await shot("06-setup");
});

test("consolidation from three picked district files writes the scorecard, items, problems and a chart", async () => {
  await openPlayground("?date=2026-07-10");
  const p = await pane();
  const panel = p.locator('[data-testid="consolidate"]');
  await panel.scrollIntoViewIfNeeded();
  await panel.locator('[data-testid="consolidate-quarter"]').selectOption("2");
  const examples = ["jondor", "qorakol", "vobkent"].map((d) =>
    path.resolve(__dirname, `../../examples/${d}-2026-namuna.xlsx`)
  );
  await panel.locator('[data-testid="consolidate-files"]').setInputFiles(examples);
  await panel.locator('[data-testid="consolidate-notice"]', { hasText: "3 ta tuman yig'ildi" }).waitFor();
  for (const name of [
    "Tumanlar 2026 II chorak",
    "Viloyat 2026 II chorak",
    "Muammolar 2026 II chorak",
    "Moslashtirish",
  ])
    await page.locator(`[data-sheet-tab="${name}"]`).waitFor();
  // the scorecard is the active sheet, with its chart of completion by district
  const chart = page.locator('figure[data-chart="BarClustered"]');
  await chart.waitFor();
  expect(await chart.getAttribute("data-chart-title")).toBe("Bajarilish % tumanlar bo'yicha");
  expect(
    await chart
      .locator("[data-chart-point]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-point")))
  ).toEqual(["Vobkent", "Jondor", "Qorako'l"]);
  await shot("20-consolidated");
});
