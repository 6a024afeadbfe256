import { checkPlan, translateFindings } from "../../src/core/checks";
import { SEVERITY } from "../../src/core/codes";
import type { Finding } from "../../src/core/model";
import { plan, PlanBuilder } from "./plan-builder";

const OK = { unit: "Tadbir", deadline: "2026-yil davomida", responsible: "AKM direktori" };

/** "code item cell" lines, in the order checkPlan returns them. */
function lines(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.item} ${f.cell}`);
}

describe("a clean plan", () => {
  it("gives no findings", () => {
    const p = plan()
      .item("1.", OK)
      .item("4.", { ...OK, unit: "Nusxa", prev: "1 000", plan: "1 200" })
      .item("4.1", { unit: "Nusxa", plan: 700 })
      .item("4.2.", { unit: "nusxalar", plan: "500 ta" })
      .item("8.", { ...OK, unit: "Тадбир" })
      .build();
    expect(checkPlan(p)).toEqual([]);
  });
});

describe("numbers", () => {
  const p = plan() // section on row 3, items from row 4
    .item("1.", OK) // A4
    .item("2", OK) // A5
    .item("2.", OK) // A6 duplicate of 2
    .item("5", OK) // A7
    .item("3", OK) // A8 lower than 5
    .item("4.1", OK) // A9 no 4 above
    .item("1-band", OK) // A10 not a dotted number
    .item("7", OK) // A11
    .item("7.2", OK) // A12
    .item("7.1", OK) // A13 lower than 7.2
    .item("9", OK) // A14 a gap: normal
    .item("9.1", OK) // A15
    .item("10.1", OK) // A16 orphan; first of its parent, so not out of order
    .build();
  const findings = checkPlan(p);

  it("finds invalid, duplicate, out-of-order and orphan numbers on the № cell", () => {
    expect(lines(findings)).toEqual([
      "number.duplicate 2 A6",
      "number.order 3 A8",
      "subitem.orphan 4.1 A9",
      "number.invalid 1-band A10",
      "number.order 7.1 A13",
      "subitem.orphan 10.1 A16",
    ]);
  });

  it("names the first occurrence of a duplicate and the number before an out-of-order one", () => {
    expect(findings[0].params).toEqual({ number: "2", first: "A5" });
    expect(findings[1].params).toEqual({ number: "3", previous: "5" });
    expect(findings[2].params).toEqual({ number: "4.1", parent: "4" });
  });

  it("gives each finding its severity from the table", () => {
    for (const f of findings) expect(f.severity).toBe(SEVERITY[f.code as keyof typeof SEVERITY]);
    expect(findings.map((f) => f.severity)).toEqual([
      "error",
      "warning",
      "warning",
      "error",
      "warning",
      "warning",
    ]);
  });
});

describe("units", () => {
  const p = plan()
    .item("1", { ...OK, unit: "Nusxalr" }) // row 4
    .item("2", { ...OK, unit: "kg" }) // row 5
    .item("3", { ...OK, unit: "" }) // row 6
    .item("4", { ...OK, unit: "Bibliografik yozuvlar (dona)", prev: 5, plan: 6 }) // row 7
    .extra({ prev: 1, plan: 2 }) // row 8: inherits the unit
    .extra({ unit: "Nusxa qo'shish", plan: 3 }) // row 9
    .build();
  const findings = checkPlan(p);

  it("flags unknown units with the closest known one, and missing units, on the unit cell", () => {
    expect(lines(findings)).toEqual([
      "unit.unknown 1 C4",
      "unit.unknown 2 C5",
      "unit.missing 3 C6",
      "unit.unknown 4 C9",
    ]);
    expect(findings[0].params).toEqual({ unit: "Nusxalr", suggestion: "Nusxa" });
    expect(findings[0].message).toBe(`"Nusxalr" o'lchov birligi lug'atda yo'q. "Nusxa" nazarda tutilganmi?`);
    expect(findings[1].params.unit).toBe("kg");
  });

  it("is an error", () => {
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(["error"]));
  });
});

describe("quantities", () => {
  const p = plan()
    .item("1", { ...OK, unit: "Nusxa", plan: "-5" }) // row 4
    .item("2", { ...OK, unit: "Nusxa", prev: "ko'p", plan: 10 }) // row 5
    .item("3", { ...OK, unit: "Nusxa", plan: "1,5" }) // row 6
    .item("4", { ...OK, unit: "kg", plan: "2,5" }) // row 7: unknown unit, may be fractional
    .item("5", { ...OK, unit: "Bibliografik yozuv", prev: 365, plan: 300 }) // row 8
    .extra({ prev: "5 167", plan: "6 000" }) // row 9
    .item("6", { ...OK, unit: "Nusxa", plan: 100 }) // row 10: 40 + 50 ≠ 100
    .item("6.1", { unit: "Nusxa", plan: 40 })
    .item("6.2", { unit: "Nusxa", plan: 50 })
    .item("7", { ...OK, unit: "Nusxa", plan: 100 }) // row 13: a sub-item without plan → no sum check
    .item("7.1", { unit: "Nusxa", plan: 60 })
    .item("7.2", { unit: "Nusxa" })
    .item("8", { ...OK, unit: "Nusxa" }) // row 16: parent without plan → no sum check
    .item("8.1", { unit: "Nusxa", plan: 60 })
    .item("9", { ...OK, unit: "Nusxa", plan: "1 000" }) // row 18: adds up
    .item("9.1", { unit: "Nusxa", plan: 400 })
    .item("9.2", { unit: "Nusxa", plan: "600" })
    .item("10", { ...OK, unit: "Nafar", plan: 10 }) // row 21: sub-item in another unit → not comparable
    .item("10.1", { unit: "Tadbir", plan: 3 })
    .build();
  const findings = checkPlan(p);

  it("flags negative, non-numeric and fractional counts, plan below fact and sums that do not add up", () => {
    expect(lines(findings)).toEqual([
      "quantity.invalid 1 E4",
      "quantity.invalid 2 D5",
      "quantity.invalid 3 E6",
      "unit.unknown 4 C7",
      "plan.below_fact 5 E8",
      "subitems.sum_mismatch 6 E10",
    ]);
    expect(findings.slice(0, 3).map((f) => f.params.reason)).toEqual([
      "negative",
      "not_a_number",
      "fractional",
    ]);
    expect(findings[1].params.field).toBe("previous_fact");
    expect(findings[4].params).toEqual({ plan: 300, fact: 365, year: 2026, previousYear: 2025 });
    expect(findings[5].params).toMatchObject({ number: "6", sum: 90, plan: 100 });
  });
});

describe("deadlines", () => {
  const p = plan()
    .item("1", { ...OK, deadline: "" }) // row 4
    .item("2", { ...OK, deadline: "tez orada" }) // row 5
    .item("3", { ...OK, deadline: "2025-yil davomida" }) // row 6
    .item("4", { ...OK, deadline: "Har choraqda" }) // row 7: a typo
    .item("4.1", { unit: "Tadbir" }) // row 8: inherits the parent's problem, reported once
    .item("5", { ...OK, deadline: "2026-yil II – III chorak" }) // row 9
    .build();
  const findings = checkPlan(p);

  it("flags missing, unknown and wrong-year deadlines on the deadline cell, once per written deadline", () => {
    expect(lines(findings)).toEqual([
      "deadline.missing 1 G4",
      "deadline.unknown 2 G5",
      "deadline.wrong_year 3 G6",
      "deadline.unknown 4 G7",
    ]);
    expect(findings[2].params).toMatchObject({ year: 2025, planYear: 2026 });
    expect(findings[2].severity).toBe("warning");
    expect(findings[3].params.suggestion).toBeTruthy();
  });
});

describe("responsible", () => {
  const p = plan()
    .item("1", { ...OK, responsible: "" }) // row 4
    .item("2", { ...OK, responsible: "Axborot-kutubxona markazi" }) // row 5
    .item("2.1", { unit: "Tadbir" }) // row 6: inherits; judged on 2
    .item("3", { ...OK, responsible: "AKM direktori Kadrlar bo'yicha inspektor" }) // row 7
    .item("4", { ...OK, unit: "Nusxa", plan: 5 }) // row 8
    .extra({ plan: 6, responsible: "Bosh hisobchi" }) // row 9
    .extra({ plan: 7, responsible: "Fondlarni to'ldirish saqlash va ularga ishlov berish" }) // row 10
    .build();
  const findings = checkPlan(p);

  it("flags nobody named and unknown names on the responsible cell", () => {
    expect(lines(findings)).toEqual([
      "responsible.missing 1 H4",
      "responsible.unknown 2 H5",
      "responsible.unknown 4 H9",
    ]);
    expect(findings[1].params).toEqual({
      name: "Axborot-kutubxona markazi",
      suggestion: "Axborot-kutubxona markazi direktori",
    });
    expect(findings.map((f) => f.severity)).toEqual(["error", "warning", "warning"]);
  });
});

describe("facts (tracking columns, report quarter)", () => {
  const build = () =>
    PlanBuilder.tracked()
      .sec("IV")
      // row 4: 1200 davomida, I 350, II none → II missing; period 350/600 behind → note missing
      .item("1", { ...OK, unit: "Nusxa", plan: 1200, facts: [350] })
      // row 5: the spec's worked example: 91,7 % is within the 10 % tolerance → no note
      .item("2", { ...OK, unit: "Nusxa", plan: 1200, facts: [350, 200] })
      // row 6: IV chorak, nothing entered, R = 2 → nothing due
      .item("3", { ...OK, plan: 1, deadline: "2026-yil IV chorak" })
      // row 7: typo: 2000 against a plan of 100
      .item("4", { ...OK, unit: "Nusxa", plan: 100, facts: [20, 2000] })
      // row 8: invalid fact entries
      .item("5", { ...OK, unit: "Nusxa", plan: 40, facts: ["-3", "ko'p"], note: "Sababi yozilgan" })
      // row 9: behind, with a note
      .item("6", { ...OK, unit: "Nusxa", plan: 40, facts: [1, 1], note: "Ta'mir" })
      // row 10: II – III chorak, done mark in III (not yet due at R = 2): II open but scheduled → missing
      .item("7", { ...OK, deadline: "2026-yil II – III chorak" })
      .build();

  it("flags missing facts, suspicious totals, invalid entries and missing notes", () => {
    expect(lines(checkPlan(build(), { reportQuarter: 2 }))).toEqual([
      "fact.missing 1 J4",
      "note.missing 1 S4",
      "fact.suspicious 4 J7",
      "quantity.invalid 5 I8",
      "quantity.invalid 5 J8",
      "fact.missing 7 J10",
    ]);
  });

  it("asks for the reason in the note column as the workbook names it, in the message's own language", () => {
    const note = (lang: "uz" | "uz-Cyrl" | "ru", sheetLang: "uz" | "uz-Cyrl" | "ru") =>
      checkPlan(build(), { reportQuarter: 2, lang, sheetLang }).find((f) => f.code === "note.missing")!;
    expect(note("uz-Cyrl", "uz-Cyrl").message).toContain('"Изоҳ" устунида');
    expect(note("uz-Cyrl", "uz").message).toContain('"Izoh" устунида');
    expect(note("ru", "ru").message).toContain('в графе "Примечание"');
    expect(note("uz", "uz").params.note).toBe("Izoh");
  });

  it("judges only the closed quarters (invalid entries are errors whenever they are)", () => {
    // R = 1: item 4 has 20 of the quarter's 25 (80 %), the 2000 in II is not counted yet
    expect(lines(checkPlan(build(), { reportQuarter: 1 }))).toEqual([
      "note.missing 4 S7",
      "quantity.invalid 5 I8",
      "quantity.invalid 5 J8",
    ]);
  });

  it("without a report quarter, checks no fact is missing and no note", () => {
    expect(lines(checkPlan(build()))).toEqual([
      "fact.suspicious 4 J7",
      "quantity.invalid 5 I8",
      "quantity.invalid 5 J8",
    ]);
  });

  it("a more lenient tolerance lets a small shortfall pass", () => {
    const p = PlanBuilder.tracked()
      .sec("I")
      .item("1", { ...OK, unit: "Nusxa", plan: 400, facts: [80] })
      .build();
    expect(lines(checkPlan(p, { reportQuarter: 1 }))).toEqual(["note.missing 1 S4"]);
    expect(lines(checkPlan(p, { reportQuarter: 1, tolerance: 0.25 }))).toEqual([]);
  });

  it("without tracking columns, nothing about facts", () => {
    const p = plan()
      .item("1", { ...OK, unit: "Nusxa", plan: 1200 })
      .build();
    expect(checkPlan(p, { reportQuarter: 4 })).toEqual([]);
  });
});

describe("findings", () => {
  const p = plan()
    .item("3", { unit: "Nusxalr", deadline: "tez orada", responsible: "", prev: 10, plan: "-1" }) // row 4
    .item("2", { ...OK }) // row 5
    .build();

  it("are sorted by row, then column", () => {
    const findings = checkPlan(p);
    expect(lines(findings)).toEqual([
      "unit.unknown 3 C4",
      "quantity.invalid 3 E4",
      "deadline.unknown 3 G4",
      "responsible.missing 3 H4",
      "number.order 2 A5",
    ]);
    for (const f of findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it("carry messages in the chosen language, Uzbek (Latin) by default", () => {
    const uz = checkPlan(p);
    const en = checkPlan(p, { lang: "en" });
    const cyrl = checkPlan(p, { lang: "uz-Cyrl" });
    expect(en.map((f) => f.code)).toEqual(uz.map((f) => f.code));
    expect(uz[0].message).toContain("lug'atda yo'q");
    expect(en[0].message).toContain("not in the vocabulary");
    expect(cyrl[0].message).toMatch(/[\u0400-\u04FF]/);
    expect(translateFindings(uz, "en")).toEqual(en);
  });
});
