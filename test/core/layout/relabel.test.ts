/**
 * The workbook's language changed: relabelWrites rewrites the plan sheet's cells that hold exactly one of Reja's
 * own texts (in any language) into the new one, and nothing else.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { fillWrites } from "../../../src/core/layout/fill";
import { PLAN_COL, planSheet } from "../../../src/core/layout/plan-sheet";
import { relabelWrites } from "../../../src/core/layout/relabel";
import { defaultSettings } from "../../../src/core/layout/settings-sheet";
import { LANGS } from "../../../src/core/languages";
import { PLAN_SHEET_TEXTS } from "../../../src/core/messages/plan-sheet-texts";
import { STATUS_NAMES } from "../../../src/core/messages/status";
import { TRACKING_HEADER_TEXTS } from "../../../src/core/messages/tracking-headers";
import type { Lang, Plan, PlanSettings } from "../../../src/core/model";
import { readPlan } from "../../../src/core/reader";
import { parseTsv } from "../../../src/core/tsv";
import { applyWrites, specToGrid } from "./sheet-grid";

function read(grid: Parameters<typeof readPlan>[0]): Plan {
  const r = readPlan(grid);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

const source = parseTsv(readFileSync(join(__dirname, "../../fixtures/jondor-2026.txt"), "utf8"));
const seed = read(source);
/** The seed without its own approvers' positions and centre line: every title text is then Reja's own. */
const bare: Plan = { ...seed, centre: null, agreedBy: null, approvedBy: null };

function settingsIn(lang: Lang): PlanSettings {
  return { ...defaultSettings(seed), region: REGION, lang, quarter: 2 };
}

const REGION = "Buxoro viloyati AKM";
/** The district and region the settings name: the texts of the title with a name inside hold these. */
const NAMES = { districts: [defaultSettings(seed).district], regions: [REGION] };

/** The plan sheet as set up and filled in `lang`. */
function filledSheet(plan: Plan, lang: Lang): unknown[][] {
  const grid = specToGrid(planSheet(plan, source, settingsIn(lang)));
  return applyWrites(grid, fillWrites(read(grid), settingsIn(lang)));
}

function headerRowOf(grid: unknown[][]): number {
  return read(grid as never).headerRow;
}

const PAIRS = LANGS.flatMap((from) => LANGS.filter((to) => to !== from).map((to) => [from, to] as const));

describe("relabelWrites", () => {
  it.each(PAIRS)("%s → %s: the sheet becomes the one set up and filled in the new language", (from, to) => {
    const before = filledSheet(bare, from);
    const after = applyWrites(before as never, relabelWrites(before as never, to, NAMES));
    expect(after).toEqual(filledSheet(bare, to));
    expect(after).not.toEqual(before);
  });

  it.each(PAIRS)("%s → %s: the plan reads back the same, and a second run writes nothing", (from, to) => {
    const before = filledSheet(seed, from);
    const after = applyWrites(before as never, relabelWrites(before as never, to, NAMES));
    const a = read(before as never);
    const b = read(after as never);
    expect(b.items).toEqual(a.items);
    expect(b.sections).toEqual(a.sections);
    // the seed's own approving position ("_____ tuman … direktori") is word for word Reja's uz text: it follows
    // the language like the rest of Reja's words; the names and the regional position (the person's) stay
    expect([b.year, b.district, b.districtKind, b.agreedBy, b.approvedBy?.name]).toEqual([
      a.year,
      a.district,
      a.districtKind,
      a.agreedBy,
      a.approvedBy?.name,
    ]);
    expect(relabelWrites(after as never, to, NAMES)).toEqual([]);
  });

  it("the same language writes nothing", () => {
    for (const lang of LANGS) {
      const grid = filledSheet(bare, lang);
      expect(relabelWrites(grid as never, lang, NAMES)).toEqual([]);
    }
  });

  it("keeps a header a person renamed, and a near-miss of a catalogue text", () => {
    const grid = filledSheet(bare, "uz");
    const h = headerRowOf(grid);
    grid[h][PLAN_COL.name] = "Tadbirlar nomi";
    grid[h][PLAN_COL.mechanism] = "Amalga oshirish mexanizmi "; // a trailing space: not Reja's text any more
    grid[h][PLAN_COL.note] = "izoh";
    grid[h + 1][PLAN_COL.plan] = "2026-yil rejasi";
    const writes = relabelWrites(grid as never, "ru", NAMES);
    const cols = writes.filter((w) => w.row === h || w.row === h + 1).map((w) => [w.row - h, w.col]);
    for (const kept of [
      [0, PLAN_COL.name],
      [0, PLAN_COL.mechanism],
      [0, PLAN_COL.note],
      [1, PLAN_COL.plan],
    ])
      expect(cols).not.toContainEqual(kept);
    const after = applyWrites(grid as never, writes);
    expect(after[h][PLAN_COL.unit]).toBe(PLAN_SHEET_TEXTS.ru.unit);
    expect(after[h + 1][PLAN_COL.previousFact]).toBe(PLAN_SHEET_TEXTS.ru.previousFact(2026));
    expect(after[h][PLAN_COL.statuses[0]]).toBe(TRACKING_HEADER_TEXTS.ru[6]);
  });

  it("leaves the plan's own texts alone, even when they equal a header or a status name", () => {
    const grid = filledSheet(seed, "uz");
    const h = headerRowOf(grid);
    const row = h + 3;
    grid[row][PLAN_COL.note] = "Bajarildi";
    grid[row][PLAN_COL.mechanism] = "Nomi";
    const writes = relabelWrites(grid as never, "en", NAMES);
    expect(
      writes.filter((w) => w.row > h + 1 && !(PLAN_COL.statuses as readonly number[]).includes(w.col))
    ).toEqual([]);
    // the title's lines that came from the seed (its own positions and centre) are not Reja's texts
    const title = writes.filter((w) => w.row < h).map((w) => w.v);
    expect(title).toContain(PLAN_SHEET_TEXTS.en.agreed);
    expect(title).toContain(PLAN_SHEET_TEXTS.en.title(seed.year));
    expect(title).not.toContain(expect.stringContaining("Abu Ali"));
  });

  it("rewrites a status cell only when it holds a status name exactly", () => {
    const grid = filledSheet(seed, "uz");
    const h = headerRowOf(grid);
    const rows: number[] = [];
    for (let r = h + 2; r < grid.length && rows.length < 3; r++)
      if (typeof grid[r][PLAN_COL.number] === "string" || typeof grid[r][PLAN_COL.number] === "number")
        if (grid[r][PLAN_COL.statuses[0]] !== null) rows.push(r);
    const [a, b, c] = rows;
    grid[a][PLAN_COL.statuses[0]] = STATUS_NAMES.ru.partial; // a status in another language: rewritten
    grid[b][PLAN_COL.statuses[0]] = "bajarildi, lekin kech"; // a person's words: kept
    grid[c][PLAN_COL.statuses[0]] = "—";
    const after = applyWrites(grid as never, relabelWrites(grid as never, "uz-Cyrl", NAMES));
    expect(after[a][PLAN_COL.statuses[0]]).toBe(STATUS_NAMES["uz-Cyrl"].partial);
    expect(after[b][PLAN_COL.statuses[0]]).toBe("bajarildi, lekin kech");
    expect(after[c][PLAN_COL.statuses[0]]).toBe("—");
  });

  it("writes values only: the cells keep their formats", () => {
    const grid = filledSheet(seed, "uz");
    const writes = relabelWrites(grid as never, "ru", NAMES);
    expect(writes.length).toBeGreaterThan(20);
    for (const w of writes) expect(w.style).toBeUndefined();
  });

  it("a title line with a name inside is rewritten only with the workbook's own district or region", () => {
    const grid = filledSheet(bare, "uz");
    const h = headerRowOf(grid);
    const agreed = grid.findIndex((row) => row[0] === PLAN_SHEET_TEXTS.uz.agreedPosition(REGION));
    const centre = grid.findIndex(
      (row, r) => r < h && row[0] === PLAN_SHEET_TEXTS.uz.centre(NAMES.districts[0], "tuman")
    );
    expect(agreed).toBeGreaterThanOrEqual(0);
    expect(centre).toBeGreaterThanOrEqual(0);
    // the district comes from the title itself when the settings name none
    const withoutNames = applyWrites(grid as never, relabelWrites(grid as never, "ru"));
    expect(withoutNames[centre][0]).toBe(PLAN_SHEET_TEXTS.ru.centre(NAMES.districts[0], "tuman"));
    expect(withoutNames[agreed][0]).toBe(PLAN_SHEET_TEXTS.uz.agreedPosition(REGION));
    // a person's own position shaped like Reja's, for another region, stays
    grid[agreed][0] = PLAN_SHEET_TEXTS.uz.agreedPosition("Samarqand viloyati AKM");
    const after = applyWrites(grid as never, relabelWrites(grid as never, "ru", NAMES));
    expect(after[agreed][0]).toBe(PLAN_SHEET_TEXTS.uz.agreedPosition("Samarqand viloyati AKM"));
    expect(after[centre][0]).toBe(PLAN_SHEET_TEXTS.ru.centre(NAMES.districts[0], "tuman"));
  });

  it("writes nothing on a sheet without a plan header", () => {
    expect(relabelWrites([["Nomi"], ["Bajarildi"]], "ru")).toEqual([]);
  });
});
