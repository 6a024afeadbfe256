import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeFacts, writeNotes } from "../../src/xlsx/facts";
import { cellMap, diffKeys, readXlsx, run, runJson, SEED, tempDir, withFacts } from "./helpers";

const dir = tempDir();
const plan = join(dir, "plan.xlsx");
const facts = join(dir, "facts.xlsx");
const filled = join(dir, "filled.xlsx");
// columns of the structured plan sheet (1-based): M Jami fakt, N Bajarilish %, O..R I..IV chorak holati
const TRACKING_OUTPUT_COLUMNS = ["M", "N", "O", "P", "Q", "R"];

beforeAll(async () => {
  expect((await run(["import", SEED, "-o", plan])).code).toBe(0);
  await withFacts(plan, facts, (ws, p) => {
    writeFacts(ws, p, [
      { item: "19", quarter: 1, value: 80 },
      { item: "19", quarter: 2, value: 60 },
      { item: "19", indicator: 1, quarter: 1, value: 1500 },
      { item: "19", indicator: 1, quarter: 2, value: "1 600" },
      { item: "26", quarter: 1, value: 100 },
      { item: "34", quarter: 1, value: 1 },
      { item: "34", quarter: 2, value: 2 },
      { item: "41", quarter: 1, value: "✓" },
    ]);
    writeNotes(ws, p, [{ item: "26", note: "Kitoblar II chorakda kelmadi" }]);
  });
});

function rowOf(ws: ExcelJS.Worksheet, number: string, indicator = 0): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (v !== null && String(v).replace(/\.$/, "") === number) return r + indicator;
  }
  throw new Error(`no row for ${number}`);
}

/** [Jami fakt, Bajarilish %, I..IV chorak holati] of an indicator row. */
function tracking(ws: ExcelJS.Worksheet, number: string, indicator = 0): unknown[] {
  const r = rowOf(ws, number, indicator);
  return TRACKING_OUTPUT_COLUMNS.map((c) => ws.getCell(`${c}${r}`).value);
}

describe("reja fill", () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  beforeAll(async () => {
    const r = await run(["fill", facts, "--quarter", "2", "-o", filled]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    before = await readXlsx(facts);
    after = await readXlsx(filled);
  });

  it("writes total fact, annual % and the quarter statuses of docs/domain.md §7", () => {
    const ws = after.getWorksheet("Ish reja")!;
    // 300 a year, monthly → 75 a quarter: I 80 done, II 60 partial; annual 140/300
    expect(tracking(ws, "19")).toEqual([
      140,
      46.7,
      "Bajarildi",
      "Qisman bajarildi",
      "Muddati kelmagan",
      "Muddati kelmagan",
    ]);
    expect(tracking(ws, "19", 1)).toEqual([
      3100,
      51.7,
      "Bajarildi",
      "Bajarildi",
      "Muddati kelmagan",
      "Muddati kelmagan",
    ]);
    // 790 a year → 197.5 a quarter: I 100 partial, II nothing → not done
    expect(tracking(ws, "26")).toEqual([
      100,
      12.7,
      "Qisman bajarildi",
      "Bajarilmadi",
      "Muddati kelmagan",
      "Muddati kelmagan",
    ]);
    expect(tracking(ws, "34")).toEqual([
      3,
      75,
      "Bajarildi",
      "Bajarildi",
      "Muddati kelmagan",
      "Muddati kelmagan",
    ]);
    // no quantity: statuses only, no percentage
    const i35 = tracking(ws, "35");
    expect(i35[1]).toBeNull();
    expect(i35.slice(2)).toEqual(["—", "Jarayonda", "Muddati kelmagan", "—"]);
    expect(tracking(ws, "41").slice(1)).toEqual([null, "Bajarildi", "—", "—", "—"]);
    expect(tracking(ws, "36").slice(2)).toEqual(["—", "Bajarilmadi", "—", "—"]);
    expect(tracking(ws, "4.3").slice(2)).toEqual(["—", "—", "—", "Muddati kelmagan"]);
  });

  it("colours the statuses", () => {
    const ws = after.getWorksheet("Ish reja")!;
    const fill = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    const r19 = rowOf(ws, "19");
    const r26 = rowOf(ws, "26");
    expect(fill(`O${r19}`)).toBe("FFC6EFCE"); // done: green
    expect(fill(`P${r26}`)).toBe("FFFFC7CE"); // not done: red
    expect(fill(`O${r26}`)).toBe("FFFFE699"); // partial: amber
    expect(fill(`Q${r19}`)).toBe("FFE7E6E6"); // not due: grey
  });

  it("changes no cell outside the tracking output columns (value and format, every sheet)", () => {
    for (const ws of before.worksheets) {
      const diff = diffKeys(cellMap(ws), cellMap(after.getWorksheet(ws.name)!));
      const outside = diff.filter(
        (a) => ws.name !== "Ish reja" || !TRACKING_OUTPUT_COLUMNS.includes(a.replace(/\d+$/, ""))
      );
      expect({ sheet: ws.name, outside }).toEqual({ sheet: ws.name, outside: [] });
    }
    expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
    const p = after.getWorksheet("Ish reja")!;
    expect(p.pageSetup.printTitlesRow).toBe(before.getWorksheet("Ish reja")!.pageSetup.printTitlesRow);
    expect(p.views[0]).toMatchObject(before.getWorksheet("Ish reja")!.views[0]);
  });

  it("gives the same cells when run a second time (in place)", async () => {
    const once = await readXlsx(filled);
    expect((await run(["fill", filled, "--quarter", "2"])).code).toBe(0);
    const twice = await readXlsx(filled);
    for (const ws of once.worksheets)
      expect(diffKeys(cellMap(ws), cellMap(twice.getWorksheet(ws.name)!))).toEqual([]);
  });

  it("moves on with the quarter: R = 3 closes III", async () => {
    const q3 = join(dir, "q3.xlsx");
    expect((await run(["fill", filled, "--quarter", "3", "-o", q3])).code).toBe(0);
    const ws = (await readXlsx(q3)).getWorksheet("Ish reja")!;
    expect(tracking(ws, "19").slice(2)).toEqual([
      "Bajarildi",
      "Qisman bajarildi",
      "Bajarilmadi",
      "Muddati kelmagan",
    ]);
  });

  it("refuses what it cannot fill", async () => {
    expect((await run(["fill", facts])).code).toBe(2); // no --quarter
    expect((await run(["fill", SEED, "--quarter", "2"])).code).toBe(2); // exported text: no tracking columns
    expect((await run(["fill", join(dir, "none.xlsx"), "--quarter", "2"])).code).toBe(2);
  });
});

interface ReportJson {
  quarter: number;
  period: string;
  district: string;
  year: number;
  rows: {
    number: string;
    unit: string;
    plan: number | null;
    periodTarget: number | null;
    quarterFact: number | null;
    factToDate: number | null;
    periodPercent: number | null;
    annualPercent: number | null;
    status: string;
  }[];
  summary: {
    byStatus: Record<string, number>;
    sections: { number: string; byStatus: Record<string, number> }[];
  };
}

describe("reja report", () => {
  const out = join(dir, "report.xlsx");
  let report: ReportJson;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const r = await runJson<ReportJson>([
      "report",
      facts,
      "--quarter",
      "2",
      "-o",
      out,
      "--json",
      "--date",
      "2026-07-05",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    report = r.json;
    wb = await readXlsx(out);
  });
  const rows = (n: string) => report.rows.filter((r) => r.number === n);

  it("prints the report JSON: period, one row per indicator, ratios with one decimal", () => {
    expect(report).toMatchObject({ quarter: 2, period: "yarim yillik", district: "Jondor", year: 2026 });
    expect(rows("19")).toEqual([
      expect.objectContaining({
        plan: 300,
        periodTarget: 150,
        quarterFact: 60,
        factToDate: 140,
        periodPercent: 93.3,
        annualPercent: 46.7,
        status: "partial",
      }),
      expect.objectContaining({
        plan: 6000,
        periodTarget: 3000,
        quarterFact: 1600,
        factToDate: 3100,
        periodPercent: 103.3,
        annualPercent: 51.7,
        status: "done",
      }),
    ]);
    expect(rows("26")[0]).toMatchObject({
      plan: 790,
      periodTarget: 395,
      quarterFact: null,
      factToDate: 100,
      periodPercent: 25.3,
      annualPercent: 12.7,
      status: "partial",
    });
    expect(rows("35")[0]).toMatchObject({
      plan: null,
      periodPercent: null,
      annualPercent: null,
      status: "in_progress",
    });
    expect(rows("41")[0]).toMatchObject({ status: "done", periodPercent: null });
    expect(rows("4.3")[0]).toMatchObject({ status: "not_due" });
    expect(report.rows.length).toBe(49);
  });

  it("counts the statuses per section and in total", () => {
    const total = Object.values(report.summary.byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBe(report.rows.length);
    for (const s of ["done", "partial", "not_done", "in_progress", "not_due"]) {
      expect(report.summary.byStatus[s]).toBe(report.rows.filter((r) => r.status === s).length);
      const bySection = report.summary.sections.reduce((a, sec) => a + sec.byStatus[s], 0);
      expect(bySection).toBe(report.summary.byStatus[s]);
    }
    expect(report.summary.sections.map((s) => s.number)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "V",
      "VI",
      "VII",
      "VIII",
    ]);
  });

  it("writes the report sheet beside the plan, print-ready, leaving the other sheets as they were", async () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Ish reja",
      "Reja lug'atlari",
      "Reja sozlamalari",
      "Hisobot 2026 II chorak",
    ]);
    const input = await readXlsx(facts);
    for (const ws of input.worksheets)
      expect(diffKeys(cellMap(ws), cellMap(wb.getWorksheet(ws.name)!))).toEqual([]);
    const rep = wb.getWorksheet("Hisobot 2026 II chorak")!;
    expect(rep.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(rep.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    const texts: string[] = [];
    rep.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
    expect(
      texts.some((t) =>
        /Jondor tuman axborot-kutubxona markazining 2026-yil yarim yillik ish rejasi ijrosi to'g'risida HISOBOT/.test(
          t
        )
      )
    ).toBe(true);
    expect(texts).toContain("Jondor tuman axborot-kutubxona markazi direktori");
    expect(texts.some((t) => /^_+ R\. Halimov$/.test(t))).toBe(true);
    expect(texts).toContain("M.O'.");
    expect(texts).toContain("2026-yil 5-iyul");
    const header = texts.indexOf("Yillik reja");
    expect(texts.slice(header - 3, header + 9)).toEqual([
      "№",
      "Nomi",
      "O'lchov birligi",
      "Yillik reja",
      "Davr rejasi",
      "Chorak fakti",
      "Yil boshidan fakt",
      "Bajarilish %",
      "Yillik bajarilish %",
      "Holati",
      "Mas'ul",
      "Izoh",
    ]);
    const r19 = rowOf(rep, "19");
    expect([4, 5, 6, 7, 8, 9, 10].map((c) => rep.getCell(r19, c).value)).toEqual([
      300,
      150,
      60,
      140,
      93.3,
      46.7,
      "Qisman bajarildi",
    ]);
  });

  it("generating again replaces only that quarter's sheet", async () => {
    const again = join(dir, "report2.xlsx");
    expect((await run(["report", out, "--quarter", "2", "-o", again, "--date", "2026-07-06"])).code).toBe(0);
    expect((await run(["report", again, "--quarter", "1", "-o", again, "--date", "2026-04-06"])).code).toBe(
      0
    );
    const wb2 = await readXlsx(again);
    expect(wb2.worksheets.map((w) => w.name)).toEqual([
      "Ish reja",
      "Reja lug'atlari",
      "Reja sozlamalari",
      "Hisobot 2026 II chorak",
      "Hisobot 2026 I chorak",
    ]);
    const texts: string[] = [];
    wb2
      .getWorksheet("Hisobot 2026 II chorak")!
      .eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
    expect(texts).toContain("2026-yil 6-iyul");
    expect(texts).not.toContain("2026-yil 5-iyul");
  });

  it("needs --quarter and -o", async () => {
    expect((await run(["report", facts, "-o", join(dir, "x.xlsx")])).code).toBe(2);
    expect((await run(["report", facts, "--quarter", "2"])).code).toBe(2);
  });
});
