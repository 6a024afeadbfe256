/** `reja next-year`, `reja approve`, `reja unlock` on the Jondor example workbook (spec §10). */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { FACT_DONE_MARKS, PLAN_COL } from "../../src/core/layout/plan-sheet";
import type { ApproveJson } from "../../src/cli/approve";
import type { InspectJson } from "../../src/cli/inspect";
import { isSheetProtected } from "../../src/xlsx/protect";
import { readXlsx, run, runJson, tempDir } from "./helpers";

const EXAMPLE = join(__dirname, "..", "..", "examples", "jondor-2026-namuna.xlsx");
const dir = tempDir("reja-year-");
const FACT_LETTERS = ["I", "J", "K", "L"];
const EDITABLE = new Set<number>([...PLAN_COL.facts, PLAN_COL.note]);

/** A fact cell as the test reads it: a number, a done mark (1), or nothing. */
function factOf(v: ExcelJS.CellValue): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "string") {
    const t = v.trim().toLowerCase();
    if ((FACT_DONE_MARKS as readonly string[]).includes(t)) return 1;
    const n = Number(t.replace(/\s/g, "").replace(",", "."));
    return t !== "" && Number.isFinite(n) ? n : null;
  }
  return null;
}

describe("reja next-year", () => {
  const out = join(dir, "2027.xlsx");
  let before: InspectJson;
  let after: InspectJson;
  let source: ExcelJS.Workbook;

  beforeAll(async () => {
    const r = await run(["next-year", EXAMPLE, "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    before = (await runJson<InspectJson>(["inspect", EXAMPLE, "--json"])).json;
    after = (await runJson<InspectJson>(["inspect", out, "--json"])).json;
    source = await readXlsx(EXAMPLE);
  });

  it("is the plan of the next year with the same 48 items and sections", () => {
    expect(before.year).toBe(2026);
    expect(after.year).toBe(2027);
    expect(after.items).toHaveLength(48);
    expect(after.items.map((i) => i.number)).toEqual(before.items.map((i) => i.number));
    expect(after.sections).toEqual(before.sections);
    expect(after.items.map((i) => i.indicators.length)).toEqual(before.items.map((i) => i.indicators.length));
  });

  it("takes each indicator's 2026 facts to date as its previous fact, and leaves the plan empty", () => {
    const ws = source.getWorksheet("Ish reja")!;
    let withFacts = 0;
    before.items.forEach((item, i) => {
      item.indicators.forEach((_ind, k) => {
        const row = item.row + k; // the structured sheet has one row per indicator
        let sum: number | null = null;
        for (const c of FACT_LETTERS) {
          const f = factOf(ws.getCell(`${c}${row}`).value);
          if (f !== null) sum = (sum ?? 0) + f;
        }
        if (sum !== null) withFacts++;
        expect({ item: item.number, k, previousFact: after.items[i].indicators[k].previousFact }).toEqual({
          item: item.number,
          k,
          previousFact: sum,
        });
        expect(after.items[i].indicators[k].plan).toBeNull();
      });
    });
    expect(withFacts).toBeGreaterThan(20);
    // second indicator rows too (item 19 has two)
    expect(before.items.some((it) => it.indicators.length > 1)).toBe(true);
  });

  it("moves the plan's year words on and leaves decree dates alone", async () => {
    const wb = await readXlsx(out);
    const texts: string[] = [];
    wb.getWorksheet("Ish reja")!.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
    const all = texts.join("\n");
    expect(all).toContain("2027-yil uchun mo'ljallangan ISH REJASI");
    expect(all).toContain("2026-yil (fakt)");
    expect(all).toContain("2027-yil (reja)");
    expect(all).toContain("2027-yil “ _____ ” _____");
    expect(all).not.toMatch(/2026-yil davomida|2026-yil har chorak|2026-yilning/);
    expect(after.items.find((i) => i.number === "1")?.deadline).toBe("2027-yil davomida");
    // decrees of 2026 keep their dates; spans of years stay
    expect(all).toContain("Prezidentining 2026-yil 15-yanvarda");
    expect(all).toContain("2026-yil 19-yanvardagi 2-sonli");
    expect(all).toContain("2026-2030-yillarda");
    expect(all).toContain("2023-yil 21-dekabrda");
    // no tracking data and no approval
    const ws = wb.getWorksheet("Ish reja")!;
    for (let r = 13; r <= ws.rowCount; r++)
      for (const col of [...PLAN_COL.facts, PLAN_COL.totalFact, PLAN_COL.percent, PLAN_COL.note]) {
        const v = ws.getCell(r, col + 1).value;
        if (ws.getCell(r, 1).value !== null && !String(ws.getCell(r, 1).value).match(/^[IVX]+\./))
          expect(v === null || v === "").toBe(true);
      }
    expect(isSheetProtected(ws)).toBe(false);
    const settings: string[] = [];
    wb.getWorksheet("Reja sozlamalari")!.eachRow((row) => void settings.push(String(row.getCell(1).value)));
    expect(settings).not.toContain("approvedOn");
  });

  it("is checked like any plan", async () => {
    const r = await run(["check", out, "--json"]);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).diagnostics).toBeDefined();
  });

  it("--suggest writes suggestions in Izoh, never in the plan column", async () => {
    const suggested = join(dir, "2027-taklif.xlsx");
    expect((await run(["next-year", EXAMPLE, "-o", suggested, "--suggest"])).code).toBe(0);
    const json = (await runJson<InspectJson>(["inspect", suggested, "--json"])).json;
    expect(json.items.every((i) => i.indicators.every((ind) => ind.plan === null))).toBe(true);
    const wb = await readXlsx(suggested);
    const ws = wb.getWorksheet("Ish reja")!;
    const item19 = json.items.find((i) => i.number === "19")!;
    const note = String(ws.getCell(item19.row, PLAN_COL.note + 1).value);
    // 2026: plan 300, facts to date below it → the suggestion is the plan
    expect(note).toMatch(/^Reja taklifi: 300 \(2026-yil rejasi 300, fakti \d+\)/);
    // item 1 is tracked by done marks alone: no suggestion
    const item1 = json.items.find((i) => i.number === "1")!;
    expect(item1.indicators[0].previousFact).toBeGreaterThan(0);
    expect(ws.getCell(item1.row, PLAN_COL.note + 1).value ?? "").toBe("");
  });
});

describe("reja approve / unlock", () => {
  const plan = join(dir, "approved.xlsx");

  beforeAll(async () => {
    copyFileSync(EXAMPLE, plan);
    const r = await run(["approve", plan, "--by", "R. Halimov", "--date", "2026-01-12"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2026-01-12, R. Halimov");
  });

  it("locks every cell but the fact columns and Izoh (ExcelJS read-back)", async () => {
    const wb = await readXlsx(plan);
    const ws = wb.getWorksheet("Ish reja")!;
    expect(isSheetProtected(ws)).toBe(true);
    const { json } = await runJson<InspectJson>(["inspect", plan, "--json"]);
    const lastRow = json.items[json.items.length - 1].row + 1;
    for (let r = 13; r <= lastRow; r++)
      for (let c = 0; c <= PLAN_COL.note; c++) {
        const locked = ws.getCell(r, c + 1).protection?.locked !== false;
        if (locked === EDITABLE.has(c)) throw new Error(`${ws.getCell(r, c + 1).address}: locked ${locked}`);
      }
    // the header stays locked
    expect(ws.getCell(11, PLAN_COL.facts[0] + 1).protection?.locked).not.toBe(false);
    const settings = new Map<string, unknown>();
    wb.getWorksheet("Reja sozlamalari")!.eachRow(
      (row) => void settings.set(String(row.getCell(1).value), row.getCell(2).value)
    );
    expect(settings.get("approvedOn")).toBe("2026-01-12");
    expect(settings.get("approvedBy")).toBe("R. Halimov");
    expect(settings.get("approvalState")).toBe("approved");
  });

  it("fill and report still work on the approved plan, which stays locked", async () => {
    const filled = join(dir, "approved-filled.xlsx");
    const f = await run(["fill", plan, "--quarter", "2", "-o", filled]);
    expect(f.code).toBe(0);
    const wb = await readXlsx(filled);
    const ws = wb.getWorksheet("Ish reja")!;
    expect(isSheetProtected(ws)).toBe(true);
    const { json } = await runJson<InspectJson>(["inspect", filled, "--json"]);
    const row19 = json.items.find((i) => i.number === "19")!.row;
    expect(typeof ws.getCell(row19, PLAN_COL.totalFact + 1).value).toBe("number");
    expect(ws.getCell(row19, PLAN_COL.facts[0] + 1).protection?.locked).toBe(false);
    const rep = await run(["report", filled, "--quarter", "2", "-o", join(dir, "approved-report.xlsx")]);
    expect(rep.code).toBe(0);
  });

  it("unlock says what changes; the next approve names every change made meanwhile", async () => {
    const u = await run(["unlock", plan, "--lang", "en"]);
    expect(u.code).toBe(0);
    expect(u.stdout).toContain("Plan unlocked (approval of 2026-01-12, R. Halimov)");
    expect(u.stdout).toContain("next approval lists every change");
    let wb = await readXlsx(plan);
    expect(isSheetProtected(wb.getWorksheet("Ish reja")!)).toBe(false);

    // edit the plan while unlocked: a quantity, a deadline, one item removed, one added
    const { json } = await runJson<InspectJson>(["inspect", plan, "--json"]);
    const row = (n: string): number => json.items.find((i) => i.number === n)!.row;
    const ws = wb.getWorksheet("Ish reja")!;
    ws.getCell(row("19"), PLAN_COL.plan + 1).value = 320;
    ws.getCell(row("26"), PLAN_COL.deadline + 1).value = "2026-yil II chorak";
    const last = json.items[json.items.length - 1];
    ws.getCell(last.row, PLAN_COL.number + 1).value = "99.";
    await wb.xlsx.writeFile(plan);

    const a = await runJson<ApproveJson>([
      "approve",
      plan,
      "--by",
      "R. Halimov",
      "--date",
      "2026-03-01",
      "--json",
      "--lang",
      "en",
    ]);
    expect(a.code).toBe(0);
    expect(a.json.previous).toEqual({ date: "2026-01-12", by: "R. Halimov" });
    const texts = a.json.changes.map((c) => c.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "item 19: planned quantity 300 → 320",
        'item 26: deadline "2026-yil davomida" → "2026-yil II chorak"',
        "item 99 added",
        `item ${last.number} removed`,
      ])
    );
    expect(texts).toHaveLength(4);
    wb = await readXlsx(plan);
    expect(isSheetProtected(wb.getWorksheet("Ish reja")!)).toBe(true);

    // approving again without a change says so, and unlocks no more rows than before
    const rowsBefore = wb.getWorksheet("Ish reja")!.rowCount;
    const again = await run(["approve", plan, "--by", "R. Halimov", "--date", "2026-03-02", "--lang", "en"]);
    expect(again.stdout).toContain("No change to the plan since the approval of 2026-03-01");
    expect((await readXlsx(plan)).getWorksheet("Ish reja")!.rowCount).toBe(rowsBefore);
  });

  it("unlock of a plan never approved says so and writes nothing", async () => {
    const r = await run(["unlock", EXAMPLE, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("has not been approved");
  });

  it("approve needs --by", async () => {
    const r = await run(["approve", plan]);
    expect(r.code).toBe(2);
  });
});
