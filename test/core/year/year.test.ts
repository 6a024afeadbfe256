/** Year words, suggestions and the change list of approvals (pure engine). */
import { parseTsv } from "../../../src/core/tsv";
import { readPlan } from "../../../src/core/reader";
import type { Plan } from "../../../src/core/model";
import {
  approvalCellWrites,
  planChanges,
  planSnapshot,
  readApproval,
  SNAPSHOT_CHUNK,
} from "../../../src/core/year/approval";
import { YEAR_TEXTS } from "../../../src/core/year/messages";
import { moveYearWords, suggestedPlan } from "../../../src/core/year/next-year";
import type { Grid } from "../../../src/core/grid";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const SEED = readFileSync(join(__dirname, "..", "..", "..", "examples", "jondor-2026-ish-reja.txt"), "utf8");

function seedPlan(text = SEED): Plan {
  const read = readPlan(parseTsv(text));
  if (!read.ok) throw new Error("no plan");
  return read.plan;
}

describe("moveYearWords", () => {
  it.each([
    ["2026-yil davomida", "2027-yil davomida"],
    ["2026 yil davomida Ikki marotaba", "2027 yil davomida Ikki marotaba"],
    ["2026-yilning har oyida", "2027-yilning har oyida"],
    ["2026-yilda o'tkazish", "2027-yilda o'tkazish"],
    ["2026-yil IV-chorak", "2027-yil IV-chorak"],
    ["2026-йил давомида", "2027-йил давомида"],
  ])("moves %j", (from, to) => expect(moveYearWords(from, 2026)).toBe(to));

  it.each([
    "Prezidentining 2026-yil 15-yanvarda qabul qilingan PQ-9-son qarori",
    "Milliy kutubxonasining 2026-yil 19-yanvardagi 2-sonli buyrug'i",
    "2026-yil 20-apreldagi PQ-2909-son qarori",
    "2017-yil 20-apreldagi PQ-2909-son qarori",
    "2026-yildagi 5-son qarori",
    "2026-2030-yillarda",
    "2025-2026-yillarda",
    "11.09.2026-yildagi PF-158-son",
    "“Central Asia – 2026: fan, ta’lim”",
    "2025-yil davomida",
  ])("leaves %j alone", (text) => expect(moveYearWords(text, 2026)).toBe(text));

  it("moves only the year words of a text holding both", () => {
    expect(moveYearWords("2026-yil 15-yanvardagi qaror ijrosi 2026-yil davomida", 2026)).toBe(
      "2026-yil 15-yanvardagi qaror ijrosi 2027-yil davomida"
    );
  });
});

describe("suggestedPlan", () => {
  it("takes the larger of plan and facts, rounded up", () => {
    expect(suggestedPlan(300, 140)).toBe(300);
    expect(suggestedPlan(300, 317)).toBe(320);
    expect(suggestedPlan(null, 23)).toBe(25);
    expect(suggestedPlan(4, 3)).toBe(4);
    expect(suggestedPlan(null, null)).toBeNull();
    expect(suggestedPlan(0, 0)).toBeNull();
  });
});

describe("approval snapshot and changes", () => {
  it("finds no change in the same plan", () => {
    const s = planSnapshot(seedPlan());
    expect(planChanges(s, planSnapshot(seedPlan()))).toEqual([]);
  });

  it("names each change: added, removed, quantity, deadline, name, responsible", () => {
    const before = seedPlan();
    const after = seedPlan();
    const item = (p: Plan, n: string) => p.items.find((i) => i.number === n)!;
    item(after, "19").indicators[0].plan = { text: "320", value: 320, error: null };
    item(after, "26").deadlineText = "2026-yil II chorak";
    item(after, "1").name = "Boshqa nom";
    item(after, "5").responsible = ["Kadrlar bo'yicha inspektor"];
    after.items = after.items.filter((i) => i.number !== "7");
    after.items.push({ ...item(after, "48"), number: "49" });
    const changes = planChanges(planSnapshot(before), planSnapshot(after));
    const en = changes.map((c) => YEAR_TEXTS.en.change(c));
    expect(en).toEqual([
      "item 1: name changed",
      "item 5: responsible services changed",
      "item 19: planned quantity 300 → 320",
      'item 26: deadline "2026-yil davomida" → "2026-yil II chorak"',
      "item 49 added",
      "item 7 removed",
    ]);
    // every language has a text for every change
    for (const lang of ["uz", "uz-Cyrl", "ru"] as const)
      for (const c of changes) expect(YEAR_TEXTS[lang].change(c)).toMatch(/\d/);
  });

  it("round-trips through the settings sheet, split into cell-sized rows", () => {
    const plan = seedPlan();
    const snapshot = planSnapshot(plan);
    // a big plan: the snapshot spreads over several rows
    const big = {
      ...snapshot,
      items: Array.from({ length: 600 }, (_, i) => ({ ...snapshot.items[i % 48], n: String(i + 1) })),
    };
    const grid: Grid = [
      ["Kalit", "Qiymat", "Izoh"],
      ["year", 2026, "Reja yili"],
    ];
    const writes = approvalCellWrites(
      { date: "2026-01-12", by: "R. Halimov", state: "approved", snapshot: big },
      grid
    );
    const out: (string | number | null)[][] = grid.map((r) => [...(r as (string | number | null)[])]);
    for (const w of writes) {
      while (out.length <= w.row) out.push([]);
      out[w.row][w.col] = w.v as string | number | null;
    }
    const snapshotRows = out.filter((r) => r[0] === "approvalSnapshot");
    expect(snapshotRows.length).toBeGreaterThan(1);
    expect(snapshotRows.every((r) => String(r[1]).length <= SNAPSHOT_CHUNK)).toBe(true);
    const record = readApproval(out);
    expect(record).toMatchObject({ date: "2026-01-12", by: "R. Halimov", state: "approved" });
    expect(record?.snapshot).toEqual(big);
    // a smaller snapshot later empties the rows left over
    const again = approvalCellWrites({ state: "approved", snapshot }, out);
    for (const w of again) {
      while (out.length <= w.row) out.push([]);
      out[w.row][w.col] = w.v as string | number | null;
    }
    expect(readApproval(out)?.snapshot).toEqual(snapshot);
  });
});
