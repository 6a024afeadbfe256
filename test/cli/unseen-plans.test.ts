/**
 * Plans the repo was not built on, run through the command line as the acceptance checks will:
 * - an .xlsx plan exported by another district (test/fixtures/unseen/workbooks.ts) through inspect and check;
 * - a plan imported into a structured workbook, facts entered, then `reja fill` and `reja report --json` for
 *   report quarters I–IV, compared with statuses and percentages worked out by hand from docs/domain.md §7.
 */
import { join } from "node:path";
import { writeFacts } from "../../src/xlsx/facts";
import { buildKarmana } from "../fixtures/unseen/workbooks";
import { readXlsx, run, runJson, tempDir, withFacts } from "./helpers";

const UNSEEN = join(__dirname, "..", "fixtures", "unseen");
const dir = tempDir("reja-unseen-");

interface InspectJson {
  year: number | null;
  district: string | null;
  sections: { number: string; title: string }[];
  items: {
    number: string;
    unit: string;
    windows: [number, number][];
    responsible: string[];
    indicators: { unit: string; previousFact: number | null; plan: number | null }[];
    row: number;
  }[];
}
interface CheckJson {
  diagnostics: { severity: string; code: string; item: string | null; cell: string }[];
}

function keys(d: CheckJson["diagnostics"]): string[] {
  return d.map((f) => `${f.cell} ${f.code} ${f.item}`).sort();
}

describe("an .xlsx plan of Karmana tuman (one-row header, empty column A, numbers as Excel numbers)", () => {
  const file = join(dir, "karmana.xlsx");
  beforeAll(() => buildKarmana(file));

  it("inspect --json reads it", async () => {
    const { code, json } = await runJson<InspectJson>(["inspect", file, "--json"]);
    expect(code).toBe(0);
    expect(json.year).toBe(2026);
    expect(json.district).toBe("Karmana");
    expect(json.sections.map((s) => s.number)).toEqual(["I", "II"]);
    expect(json.items.map((i) => i.number)).toEqual([
      "1",
      "2",
      "4",
      "4.1",
      "4.2",
      "4.2.1",
      "4.2.2",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "12a",
    ]);
    const by = new Map(json.items.map((i) => [i.number, i]));
    expect(by.get("4.1")).toMatchObject({
      row: 14,
      unit: "Nusxa",
      windows: [
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
      ],
    });
    expect(by.get("4.2.1")!.responsible).toEqual([
      "Fondlarni to'ldirish, saqlash va ularga ishlov berish xizmati",
    ]);
    expect(by.get("5")!.indicators).toEqual([{ unit: "Nafar", previousFact: 12500, plan: 13000 }]);
    expect(by.get("2")!.windows).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(by.get("7")!.windows).toEqual([[2, 3]]);
    expect(by.get("9")).toMatchObject({
      windows: [[1, 1]],
      responsible: ["Axborot-kutubxona markazi direktori"],
    });
    expect(by.get("10")!.windows).toEqual([[3, 3]]);
    expect(by.get("11")!.windows).toEqual([[1, 2]]);
  });

  it("check --json names every mistake on its item and cell, exit 1", async () => {
    const { code, json } = await runJson<CheckJson>(["check", file, "--json"]);
    expect(code).toBe(1);
    expect(keys(json.diagnostics)).toEqual(
      keys([
        { severity: "warning", code: "subitems.sum_mismatch", item: "4.2", cell: "F15" },
        { severity: "error", code: "quantity.invalid", item: "6", cell: "F19" },
        { severity: "warning", code: "deadline.wrong_year", item: "8", cell: "H21" },
        { severity: "error", code: "unit.unknown", item: "12", cell: "D25" },
        { severity: "warning", code: "responsible.unknown", item: "12", cell: "I25" },
        { severity: "error", code: "number.invalid", item: "12a", cell: "B26" },
      ])
    );
  });
});

type S = "done" | "partial" | "not_done" | "in_progress" | "not_due" | "not_scheduled";
const LABEL: Record<S, string> = {
  done: "Bajarildi",
  partial: "Qisman bajarildi",
  not_done: "Bajarilmadi",
  in_progress: "Jarayonda",
  not_due: "Muddati kelmagan",
  not_scheduled: "—",
};
/** [item/indicator, I..IV quarter statuses, period status, period %, annual %], worked out by hand (docs/domain.md §7). */
type Row = [string, S, S, S, S, S, number | null, number | null];
const [D, P, N, I, U, X] = [
  "done",
  "partial",
  "not_done",
  "in_progress",
  "not_due",
  "not_scheduled",
] as const;

// Kattaqo'rg'on 2026 facts: 1: I 350 II 200 · 2: III ✓ · 3: I 1 · 4: none · 5: I 100 II 100 III 50 ·
// 6: I 4 II 7 · 7: I + · 8: I ha II x · 9: I 30 II 40 · 10: I 20 II 20 III 20 · 11: I 2 II 0 III 1 IV 1 ·
// 12: I 75 II 75, second indicator I 1000 II "1 000"
const EXPECTED: Record<1 | 2 | 3 | 4, Row[]> = {
  1: [
    ["1", D, U, U, U, D, 116.7, 29.2],
    ["2", X, U, U, X, U, null, null],
    ["3", D, U, U, U, D, null, 50.0],
    ["4", X, X, X, U, U, null, 0.0],
    ["5", D, U, U, U, D, 100.0, 25.0],
    ["6", I, U, X, X, I, null, 40.0],
    ["7", D, X, X, X, D, 100.0, 100.0],
    ["8", D, U, U, U, D, null, null],
    ["9", I, U, X, X, I, null, 30.0],
    ["10", I, U, U, X, I, null, 22.2],
    ["11", D, U, U, U, D, 200.0, 50.0],
    ["12", D, U, U, U, D, 100.0, 25.0],
    ["12/1", P, U, U, U, P, 66.7, 16.7],
  ],
  2: [
    ["1", D, P, U, U, P, 91.7, 45.8],
    ["2", X, I, U, X, I, null, null],
    ["3", D, D, U, U, D, 100.0, 50.0],
    ["4", X, X, X, U, U, null, 0.0],
    ["5", D, D, U, U, D, 100.0, 50.0],
    ["6", I, D, X, X, D, 110.0, 110.0],
    ["7", D, X, X, X, D, 100.0, 100.0],
    ["8", D, D, U, U, D, null, null],
    ["9", I, P, X, X, P, 70.0, 70.0],
    ["10", I, I, U, X, I, null, 44.4],
    ["11", D, N, U, U, D, 100.0, 50.0],
    ["12", D, D, U, U, D, 100.0, 50.0],
    ["12/1", P, P, U, U, P, 66.7, 33.3],
  ],
  3: [
    ["1", D, P, N, U, P, 61.1, 45.8],
    ["2", X, I, D, X, D, null, null],
    ["3", D, D, I, U, D, 100.0, 50.0],
    ["4", X, X, X, U, U, null, 0.0],
    ["5", D, D, P, U, P, 83.3, 62.5],
    ["6", I, D, X, X, D, 110.0, 110.0],
    ["7", D, X, X, X, D, 100.0, 100.0],
    ["8", D, D, N, U, P, null, null],
    ["9", I, P, X, X, P, 70.0, 70.0],
    ["10", I, I, P, X, P, 66.7, 66.7],
    ["11", D, N, D, U, D, 100.0, 75.0],
    ["12", D, D, N, U, P, 66.7, 50.0],
    ["12/1", P, P, N, U, P, 44.4, 33.3],
  ],
  4: [
    ["1", D, P, N, N, P, 45.8, 45.8],
    ["2", X, I, D, X, D, null, null],
    ["3", D, D, I, N, P, 50.0, 50.0],
    ["4", X, X, X, N, N, 0.0, 0.0],
    ["5", D, D, P, N, P, 62.5, 62.5],
    ["6", I, D, X, X, D, 110.0, 110.0],
    ["7", D, X, X, X, D, 100.0, 100.0],
    ["8", D, D, N, N, P, null, null],
    ["9", I, P, X, X, P, 70.0, 70.0],
    ["10", I, I, P, X, P, 66.7, 66.7],
    ["11", D, N, D, D, D, 100.0, 100.0],
    ["12", D, D, N, N, P, 50.0, 50.0],
    ["12/1", P, P, N, N, P, 33.3, 33.3],
  ],
};

interface ReportJson {
  quarter: number;
  rows: {
    number: string;
    plan: number | null;
    periodPercent: number | null;
    annualPercent: number | null;
    status: S;
  }[];
  summary: { byStatus: Record<string, number> };
}

describe("statuses and percentages on an unseen plan with facts (Kattaqo'rg'on tuman)", () => {
  const plan = join(dir, "kattaqorgon.xlsx");
  const facts = join(dir, "kattaqorgon-facts.xlsx");
  beforeAll(async () => {
    const r = await run(["import", join(UNSEEN, "kattaqorgon-2026-facts.txt"), "-o", plan]);
    expect(r.stderr).toBe("");
    await withFacts(plan, facts, (ws, p) =>
      writeFacts(ws, p, [
        { item: "1", quarter: 1, value: 350 },
        { item: "1", quarter: 2, value: 200 },
        { item: "2", quarter: 3, value: "✓" },
        { item: "3", quarter: 1, value: 1 },
        { item: "5", quarter: 1, value: 100 },
        { item: "5", quarter: 2, value: 100 },
        { item: "5", quarter: 3, value: 50 },
        { item: "6", quarter: 1, value: 4 },
        { item: "6", quarter: 2, value: 7 },
        { item: "7", quarter: 1, value: "+" },
        { item: "8", quarter: 1, value: "ha" },
        { item: "8", quarter: 2, value: "x" },
        { item: "9", quarter: 1, value: 30 },
        { item: "9", quarter: 2, value: 40 },
        { item: "10", quarter: 1, value: 20 },
        { item: "10", quarter: 2, value: 20 },
        { item: "10", quarter: 3, value: 20 },
        { item: "11", quarter: 1, value: 2 },
        { item: "11", quarter: 2, value: 0 },
        { item: "11", quarter: 3, value: 1 },
        { item: "11", quarter: 4, value: 1 },
        { item: "12", quarter: 1, value: 75 },
        { item: "12", quarter: 2, value: 75 },
        { item: "12", indicator: 1, quarter: 1, value: 1000 },
        { item: "12", indicator: 1, quarter: 2, value: "1 000" },
      ])
    );
  });

  describe.each([1, 2, 3, 4] as const)("report quarter %d", (R) => {
    it("report --json: period status, period % and annual % of every indicator", async () => {
      const { json } = await runJson<ReportJson>([
        "report",
        facts,
        "--quarter",
        String(R),
        "-o",
        join(dir, `r${R}.xlsx`),
        "--json",
      ]);
      expect(json.quarter).toBe(R);
      const got = json.rows.map((r) => [r.status, r.periodPercent, r.annualPercent]);
      expect(got).toEqual(EXPECTED[R].map((e) => [e[5], e[6], e[7]]));
      expect(json.rows.map((r) => r.number)).toEqual(EXPECTED[R].map((e) => e[0].replace(/\/1$/, "")));
    });

    it("fill: the four quarter statuses of every indicator", async () => {
      const out = join(dir, `f${R}.xlsx`);
      expect((await run(["fill", facts, "--quarter", String(R), "-o", out])).code).toBe(0);
      const ws = (await readXlsx(out)).worksheets[0];
      const header = new Map<string, number>();
      for (let r = 1; r <= 15 && header.size === 0; r++) {
        ws.getRow(r).eachCell((c, col) => {
          if (typeof c.value === "string" && /chorak holati$/.test(c.value)) header.set(c.value, col);
        });
      }
      const statusCols = ["I", "II", "III", "IV"].map((q) => header.get(`${q} chorak holati`)!);
      const rows: string[][] = [];
      for (let r = 1; r <= ws.rowCount; r++) {
        const cells = statusCols.map((c) => String(ws.getCell(r, c).value ?? ""));
        if (cells.some((v) => Object.values(LABEL).includes(v))) rows.push(cells);
      }
      expect(rows).toEqual(EXPECTED[R].map((e) => [e[1], e[2], e[3], e[4]].map((s) => LABEL[s as S])));
    });
  });
});

describe("reja check on the unseen text plans gives the hand-written findings and exit code", () => {
  it.each([
    "navoiy-shahar-2026",
    "qiziltepa-2026-cyrillic",
    "zarafshon-shahar-2026",
    "kattaqorgon-2026-facts",
  ])("%s", async (name) => {
    const { readFileSync } = await import("node:fs");
    const expected = JSON.parse(readFileSync(join(UNSEEN, `${name}.expected.json`), "utf8")) as {
      findings: CheckJson["diagnostics"];
    };
    const { code, json } = await runJson<CheckJson>(["check", join(UNSEEN, `${name}.txt`), "--json"]);
    expect(keys(json.diagnostics)).toEqual(keys(expected.findings));
    expect(code).toBe(json.diagnostics.some((d) => d.severity === "error") ? 1 : 0);
  });
});
