/** Plan text that looks like a formula stays the same literal string in every sheet the layout produces. */
import { consolidate } from "../../../src/core/consolidate";
import { consolidationSheets } from "../../../src/core/layout/consolidate-sheets";
import { reportSheet } from "../../../src/core/layout/report";
import { buildReport } from "../../../src/core/report";
import { planSheet } from "../../../src/core/layout/plan-sheet";
import { settingsSheet } from "../../../src/core/layout/settings-sheet";
import type { SheetSpec } from "../../../src/core/layout/sheet";
import { vocabularySheet } from "../../../src/core/layout/vocabulary-sheet";
import type { PlanSettings } from "../../../src/core/model";
import { DEFAULT_VOCABULARY } from "../../../src/core/vocabulary";
import { item, plan, section } from "./builders";

const NASTY = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)"];

function cellStrings(spec: SheetSpec): unknown[] {
  return spec.rows.flatMap((r) => r.map((c) => c?.v)).filter((v) => v !== null && v !== undefined);
}

describe("formula-looking text", () => {
  const p = plan([
    section("I", NASTY[0]),
    ...NASTY.map((t, i) =>
      item(`${i + 1}.`, {
        name: t,
        mechanism: t,
        note: t,
        plan: 4,
        facts: [1, 1],
        responsible: [t],
        responsibleText: t,
        deadlineText: t,
        more: [{ plan: 2, mechanism: `${t} `.trim(), note: t, responsible: [NASTY[(i + 1) % 4]] }],
      })
    ),
  ]);
  p.items[0].indicators[0].unit = NASTY[3];
  p.items[0].indicators[0].unitText = NASTY[3];
  const settings: PlanSettings = {
    year: 2026,
    district: NASTY[1],
    districtKind: "tuman",
    region: NASTY[0],
    director: NASTY[2],
    approver: NASTY[3],
    tolerance: 0.1,
    quarter: 2,
    lang: "uz",
  };
  const vocab = {
    units: [...DEFAULT_VOCABULARY.units, { canonical: NASTY[0], variants: [NASTY[1]] }],
    responsible: [{ canonical: NASTY[2], variants: [NASTY[3]] }],
    deadlines: [NASTY[1]],
  };
  const report = buildReport(p, settings);
  const sheets: SheetSpec[] = [
    planSheet(p, [], settings),
    vocabularySheet(vocab),
    settingsSheet(settings),
    reportSheet(report, settings, new Date(2026, 6, 10)),
    ...consolidationSheets(
      consolidate(
        [
          { name: NASTY[0], plan: p, error: null },
          { name: NASTY[2], plan: null, error: NASTY[1] },
        ],
        2
      )
    ).filter((s) => !s.name.startsWith("Ayrimlarida")), // no item is in only some districts here
  ];

  it.each(sheets.map((s) => [s.name, s] as const))("%s keeps each string exactly", (_name, spec) => {
    const values = cellStrings(spec);
    const found = NASTY.filter((t) => values.includes(t));
    expect(found.length).toBeGreaterThan(0);
    // anything else starting like a formula is composed around the plan's text (e.g. the addressee + "ga")
    for (const v of values)
      if (typeof v === "string" && /^[=+\-@]/.test(v)) expect(NASTY.some((t) => v.startsWith(t))).toBe(true);
  });

  it("writes every piece of plan text into the plan sheet and the report", () => {
    const planValues = cellStrings(sheets[0]);
    const reportValues = cellStrings(sheets[3]);
    for (const t of NASTY) {
      expect(planValues).toContain(t);
      expect(reportValues).toContain(t);
    }
  });

  it("names the consolidation's district columns with the text as given", () => {
    const values = cellStrings(sheets[4]);
    expect(values).toContain(NASTY[0]);
    const problems = cellStrings(sheets[6]);
    expect(problems).toContain(NASTY[2]);
    expect(problems.some((v) => typeof v === "string" && v.endsWith(`: ${NASTY[1]}`))).toBe(true);
  });
});
