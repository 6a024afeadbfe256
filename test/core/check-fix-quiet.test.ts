import { checkPlan, planTracked } from "../../src/core/checks";
import { PlanBuilder } from "./plan-builder";

const OK = { unit: "Tadbir", deadline: "2026-yil davomida", responsible: "AKM direktori" };

describe("fix: the one-cell correction a finding carries", () => {
  const plan = () =>
    PlanBuilder.tracked()
      .sec("IV")
      .item("1", { ...OK, unit: "Tadbirlr" })
      .item("2", { ...OK, deadline: "Yil davomda" })
      .item("3", { ...OK, responsible: "AKM direktori, Kutubxonachii" })
      .item("4", { ...OK, unit: "qqqqzzzz" })
      .build();

  it("a misspelt unit, deadline phrase or service gets the cell's whole corrected text", () => {
    const findings = checkPlan(plan());
    const byCode = (code: string) => findings.filter((f) => f.code === code);
    const unit = byCode("unit.unknown").find((f) => f.item === "1");
    expect(unit?.fix).toEqual({ cell: unit?.cell, value: unit?.params.suggestion });
    expect(unit?.fix?.value).toBe("Tadbir");
    const deadline = byCode("deadline.unknown")[0];
    expect(deadline.fix?.value).toBe(deadline.params.suggestion);
    const responsible = byCode("responsible.unknown")[0];
    if (responsible.params.suggestion !== undefined) {
      // only the unknown name changes; the known one stays as written
      expect(responsible.fix?.value).toBe(`AKM direktori, ${String(responsible.params.suggestion)}`);
    }
  });

  it("no suggestion, no fix", () => {
    const far = checkPlan(plan()).find((f) => f.item === "4" && f.code === "unit.unknown");
    expect(far).toBeDefined();
    if (far?.params.suggestion === undefined) expect(far?.fix).toBeUndefined();
    for (const f of checkPlan(plan())) if (f.fix) expect(f.fix.cell).toBe(f.cell);
  });
});

describe("quietUntilTracked", () => {
  const untracked = () =>
    PlanBuilder.tracked()
      .sec("IV")
      .item("1", { ...OK, plan: 12 })
      .item("2", { ...OK, plan: 4, unit: "Tadbirlr" })
      .build();

  it("a plan without any fact says nothing about missing facts or notes, but keeps its errors", () => {
    const p = untracked();
    expect(planTracked(p)).toBe(false);
    const loud = checkPlan(p, { reportQuarter: 2 });
    expect(loud.some((f) => f.code === "fact.missing")).toBe(true);
    const quiet = checkPlan(p, { reportQuarter: 2, quietUntilTracked: true });
    expect(quiet.map((f) => f.code)).toEqual(
      loud.filter((f) => f.code !== "fact.missing" && f.code !== "note.missing").map((f) => f.code)
    );
    expect(quiet.some((f) => f.code === "unit.unknown")).toBe(true);
  });

  it("once one fact is entered, the missing ones are reported again", () => {
    const p = PlanBuilder.tracked()
      .sec("IV")
      .item("1", { ...OK, plan: 12, facts: [3] })
      .item("2", { ...OK, plan: 4 })
      .build();
    expect(planTracked(p)).toBe(true);
    const quiet = checkPlan(p, { reportQuarter: 2, quietUntilTracked: true });
    expect(quiet.filter((f) => f.code === "fact.missing").length).toBeGreaterThan(0);
  });
});
