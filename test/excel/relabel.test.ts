/**
 * The pane saves a new workbook language: the plan sheet's own words (headers, marks and title, status names)
 * follow it in the same write as the settings; a header a person renamed stays as typed.
 */
import { toA1 } from "../../src/core/grid";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { PLAN_COL } from "../../src/core/layout/plan-sheet";
import { PLAN_SHEET_TEXTS } from "../../src/core/messages/plan-sheet-texts";
import { NOT_SCHEDULED_MARK, STATUS_NAMES } from "../../src/core/messages/status";
import { TRACKING_HEADER_TEXTS } from "../../src/core/messages/tracking-headers";
import type { Plan } from "../../src/core/model";
import { readPlan } from "../../src/core/reader";
import { approvePlan, fillStatuses, readWorkbookSettings, saveSettings } from "../../src/excel";
import type { StandinWorkbook } from "../../src/standin";
import { comparable, setUpSeedBook, snapshotAll } from "./helpers";

const PLAN = SHEET_NAMES.plan;

function read(book: StandinWorkbook): Plan {
  const r = readPlan(book.snapshot(PLAN).values as never);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

function statusTexts(book: StandinWorkbook): unknown[] {
  const plan = read(book);
  return book
    .snapshot(PLAN)
    .values.slice(plan.headerRow + 2)
    .flatMap((row) => PLAN_COL.statuses.map((c) => row[c]))
    .filter((v) => v !== null && v !== "" && v !== undefined);
}

async function filledSeedBook(): Promise<StandinWorkbook> {
  const book = await setUpSeedBook();
  const filled = await book.run((ctx) => fillStatuses(ctx));
  if (!filled.ok) throw new Error(filled.reason);
  book.resetStats();
  return book;
}

describe("saving a new workbook language", () => {
  test("uz → ru: the plan sheet's headers and statuses in Russian, a renamed header kept, the same plan, one read more", async () => {
    const book = await filledSeedBook();
    const before = read(book);
    const h = before.headerRow;
    const renamed = toA1(h, PLAN_COL.mechanism);
    await book.userEdit(PLAN, renamed, "Amalga oshirish mexanizmlari");
    book.resetStats();
    const saved = await book.run((ctx) => saveSettings(ctx, { lang: "ru" }));
    // the settings are read, then (the language changed) the plan sheet; both written in one write
    expect(book.stats.syncs).toBe(3);
    expect(saved.syncs).toBe(3);
    expect(saved.settings.lang).toBe("ru");
    expect(saved.relabelled).toBeGreaterThan(20);
    const values = book.snapshot(PLAN).values;
    const ru = PLAN_SHEET_TEXTS.ru;
    expect(values[h][PLAN_COL.name]).toBe(ru.name);
    expect(values[h][PLAN_COL.unit]).toBe(ru.unit);
    expect(values[h][PLAN_COL.previousFact]).toBe(ru.quantity);
    expect(values[h + 1][PLAN_COL.plan]).toBe(ru.plan(2026));
    expect(values[h][PLAN_COL.mechanism]).toBe("Amalga oshirish mexanizmlari");
    expect(values[h][PLAN_COL.note]).toBe(TRACKING_HEADER_TEXTS.ru[10]);
    expect(values.slice(0, h).flat()).toContain(ru.title(2026));
    const ruNames = new Set<unknown>([NOT_SCHEDULED_MARK, ...Object.values(STATUS_NAMES.ru)]);
    const statuses = statusTexts(book);
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(ruNames.has(s)).toBe(true);
    const after = read(book);
    expect(after.items).toEqual(before.items);
    expect(after.sections).toEqual(before.sections);
    expect([after.year, after.district]).toEqual([before.year, before.district]);
  });

  test("Fill after it writes Russian statuses and changes nothing else; saving twice gives the same workbook", async () => {
    const book = await filledSeedBook();
    await book.run((ctx) => saveSettings(ctx, { lang: "ru" }));
    const once = snapshotAll(book);
    const again = await book.run((ctx) => saveSettings(ctx, { lang: "ru" }));
    expect(again.relabelled).toBe(0);
    for (const [n, s] of Object.entries(snapshotAll(book)))
      expect(comparable(s)).toEqual(comparable(once[n]));
    await book.run((ctx) => saveSettings(ctx, { quarter: 2 }));
    const filled = await book.run((ctx) => fillStatuses(ctx));
    expect(filled.ok).toBe(true);
    const ruNames = new Set<unknown>([NOT_SCHEDULED_MARK, ...Object.values(STATUS_NAMES.ru)]);
    const statuses = statusTexts(book);
    expect(statuses.some((s) => s !== NOT_SCHEDULED_MARK)).toBe(true);
    for (const s of statuses) expect(ruNames.has(s)).toBe(true);
  });

  test("one Ctrl+Z takes back both the language and the rewritten headers", async () => {
    const book = await filledSeedBook();
    const before = snapshotAll(book);
    await book.run((ctx) => saveSettings(ctx, { lang: "en" }));
    expect(book.snapshot(PLAN).values[read(book).headerRow][PLAN_COL.name]).toBe(PLAN_SHEET_TEXTS.en.name);
    expect(book.undoStack().steps.slice(-1)).toEqual(["addin"]);
    expect(book.userUndo()).toBe("addin");
    for (const [n, s] of Object.entries(snapshotAll(book)))
      expect(comparable(s)).toEqual(comparable(before[n]));
    expect((await book.run((ctx) => readWorkbookSettings(ctx))).settings.lang).toBe("uz");
  });

  test("an approved (protected) plan: the headers follow the language and the protection stays", async () => {
    const book = await filledSeedBook();
    const approved = await book.run((ctx) =>
      approvePlan(ctx, { by: "R. Halimov", date: new Date(2026, 0, 15) })
    );
    expect(approved.ok).toBe(true);
    await book.run((ctx) => saveSettings(ctx, { lang: "uz-Cyrl" }));
    const values = book.snapshot(PLAN).values;
    expect(values[read(book).headerRow][PLAN_COL.name]).toBe(PLAN_SHEET_TEXTS["uz-Cyrl"].name);
    const protection = await book.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem(PLAN).protection;
      p.load("protected");
      await ctx.sync();
      return p.protected;
    });
    expect(protection).toBe(true);
  });

  test("saving other settings reads no plan sheet and rewrites nothing", async () => {
    const book = await filledSeedBook();
    const plan = comparable(book.snapshot(PLAN));
    const saved = await book.run((ctx) => saveSettings(ctx, { quarter: 3 }));
    expect(saved.relabelled).toBe(0);
    expect(comparable(book.snapshot(PLAN))).toEqual(plan);
  });

  test("the form's save sends the unchanged language too: no plan sheet travels, one read and one write", async () => {
    const book = await filledSeedBook();
    book.resetStats();
    const same = await book.run((ctx) => saveSettings(ctx, { lang: "uz", quarter: 3 }));
    expect([same.relabelled, same.syncs, book.stats.syncs]).toEqual([0, 2, 2]);
    const received = () => book.stats.requests.reduce((n, r) => n + r.responseBytes, 0);
    const ordinary = received();
    book.resetStats();
    await book.run((ctx) => saveSettings(ctx, { lang: "ru" }));
    // the plan's values come over the wire only when the language really changed
    expect(received()).toBeGreaterThan(ordinary * 5);
  });
});
