/** The Word layout of a plan, described in core: header, sections across, an item of two indicators merged down. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultSettings, parseTsv, readPlan } from "../../../src/core";
import { planDocument } from "../../../src/core/docx/plan-document";

const SEED = join(__dirname, "..", "..", "..", "examples", "jondor-2026-ish-reja.txt");

function seedPlan() {
  const r = readPlan(parseTsv(readFileSync(SEED, "utf8")));
  if (!r.ok) throw new Error("seed unreadable");
  return r.plan;
}

describe("planDocument", () => {
  const plan = seedPlan();
  const doc = planDocument(plan, defaultSettings(plan));

  it("has the approval blocks and the title of the plan's year and district", () => {
    expect(doc.agreed[0]).toBe("“KELISHILDI”");
    expect(doc.agreed.join(" ")).toContain(plan.agreedBy?.name ?? "?");
    expect(doc.approved[0]).toBe("“TASDIQLAYMAN”");
    expect(doc.approved.join(" ")).toContain(plan.approvedBy?.name ?? "?");
    expect(doc.title).toEqual([
      `${plan.district} tuman axborot-kutubxona markazining`,
      `${plan.year}-yil uchun mo'ljallangan ISH REJASI`,
    ]);
  });

  it("has the two-row header: Miqdori over two columns, the others merged down", () => {
    const [top, bottom] = doc.header;
    expect(top.map((c) => c.lines[0])).toEqual([
      "№",
      "Nomi",
      "O'lchov birligi",
      "Miqdori",
      "Amalga oshirish mexanizmi",
      "Bajarilish muddati",
      "Mas'ullar",
    ]);
    expect(top[3].span).toBe(2);
    expect(top.filter((c) => c.vMerge === "restart").length).toBe(6);
    expect(bottom[3].lines).toEqual([`${(plan.year ?? 0) - 1}-yil (fakt)`]);
    expect(bottom[4].lines).toEqual([`${plan.year}-yil (reja)`]);
    expect(bottom.filter((c) => c.vMerge === "continue").length).toBe(6);
  });

  it("puts every section as one row across the table and every indicator on its own row", () => {
    const across = doc.rows.filter((r) => r.length === 1);
    expect(across.map((r) => r[0].span)).toEqual(plan.sections.map(() => 8));
    const indicators = plan.items.reduce((n, i) => n + i.indicators.length, 0);
    expect(doc.rows.length).toBe(plan.sections.length + indicators);
  });

  it("merges an item's №, name and deadline down over its indicator rows", () => {
    const item = plan.items.find((i) => i.indicators.length > 1);
    if (!item) throw new Error("the seed has an item of two indicators");
    const start = doc.rows.findIndex((r) => r[0].lines[0] === item.numberText);
    const [first, second] = [doc.rows[start], doc.rows[start + 1]];
    for (const col of [0, 1, 6]) {
      expect(first[col].vMerge).toBe("restart");
      expect(second[col].vMerge).toBe("continue");
    }
    expect(first[3].lines).toEqual([item.indicators[0].previousFact.text]);
    expect(second[3].lines).toEqual([item.indicators[1].previousFact.text]);
    expect(second[4].lines).toEqual([item.indicators[1].plan.text]);
  });
});
