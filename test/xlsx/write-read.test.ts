import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import JSZip from "jszip";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { factValidationFormula } from "../../src/core/layout/plan-sheet";
import type { SheetSpec } from "../../src/core/layout/sheet";
import { cellValue, loadWorkbook, sheetGrid } from "../../src/xlsx/read";
import { applyCellWrites, newWorkbook, saveWorkbook, writeSheet } from "../../src/xlsx/write";

const dir = mkdtempSync(join(tmpdir(), "reja-xlsx-"));
const INJECTIONS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)"];

function spec(name: string, overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name,
    rows: [
      [{ v: "Sarlavha", style: "title" }],
      [
        { v: "№", style: "header" },
        { v: "Nomi", style: "header" },
        { v: "Birlik", style: "header" },
      ],
      [
        { v: "1", style: "text" },
        { v: INJECTIONS[0], style: "text" },
        { v: 1200, style: "number" },
      ],
      [{ v: "2", style: "text" }, { v: INJECTIONS[1] }, { v: 45.8, style: "percent" }],
      [{ v: INJECTIONS[2] }, { v: INJECTIONS[3] }, null, { v: true }],
      [null, { v: "Bajarildi", style: "status.done" }],
    ],
    columns: [{ width: 6 }, { width: 40 }, { width: 12 }, { width: 8, hidden: true }],
    merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
    freeze: { rows: 2, cols: 1 },
    print: {
      orientation: "landscape",
      paper: "A4",
      titleRows: { from: 1, to: 1 },
      fitToWidth: true,
      breaksBefore: [3],
    },
    validations: [
      {
        row: 2,
        col: 2,
        rows: 3,
        cols: 1,
        source: "'Reja lug''atlari'!$A$2:$A$200",
        allowBlank: true,
        strict: false,
      },
      {
        kind: "custom",
        row: 2,
        col: 3,
        rows: 2,
        cols: 2,
        formula: factValidationFormula("D3"),
        message: "Fakt: son yoki belgi",
        allowBlank: true,
        strict: false,
      },
    ],
    tabColor: "#1F4E78",
    ...overrides,
  };
}

async function roundTrip(wb: ExcelJS.Workbook, file: string): Promise<ExcelJS.Workbook> {
  const path = join(dir, file);
  await saveWorkbook(wb, path);
  return loadWorkbook(path);
}

describe("writeSheet", () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = newWorkbook();
    writeSheet(wb, spec("Ish reja"));
    writeSheet(wb, { ...spec("Hidden"), visibility: "hidden" });
    const back = await roundTrip(wb, "spec.xlsx");
    ws = back.getWorksheet("Ish reja")!;
    expect(back.getWorksheet("Hidden")!.state).toBe("hidden");
  });

  it("writes strings that look like formulas as literal text", () => {
    const cells = [ws.getCell("B3"), ws.getCell("B4"), ws.getCell("A5"), ws.getCell("B5")];
    expect(cells.map((c) => c.value)).toEqual(INJECTIONS);
    for (const c of cells) {
      expect(c.formula).toBeUndefined();
      expect(c.type).toBe(ExcelJS.ValueType.String);
    }
  });

  it("keeps numbers and booleans as such", () => {
    expect(ws.getCell("C3").value).toBe(1200);
    expect(ws.getCell("C4").value).toBe(45.8);
    expect(ws.getCell("D5").value).toBe(true);
  });

  it("maps the named styles", () => {
    const header = ws.getCell("B2");
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(header.alignment).toMatchObject({ wrapText: true, horizontal: "center", vertical: "middle" });
    expect(header.border?.top?.style).toBe("thin");
    expect(ws.getCell("C3").numFmt).toBe("#,##0");
    expect(ws.getCell("C4").numFmt).toBe("0.0");
    expect(ws.getCell("B6").fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
    expect(ws.getCell("A1").font?.size).toBe(14);
  });

  it("sets widths, hidden columns, merges and frozen panes", () => {
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getColumn(4).hidden).toBe(true);
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getCell("B1").master.address).toBe("A1");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
  });

  it("sets the print setup (A4 landscape, fit to width, repeated header rows)", () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.printTitlesRow).toBe("2:2");
  });

  it("puts a manual page break above the row the sheet asks for", async () => {
    const wb = newWorkbook();
    writeSheet(wb, spec("Breaks"));
    const file = join(dir, "breaks.xlsx");
    await saveWorkbook(wb, file);
    // ExcelJS does not read rowBreaks back, so look at the sheet XML itself
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // <brk id="3"> is a break after 1-based row 3, that is above zero-based row 3
    expect(xml).toMatch(/<rowBreaks[^>]*><brk id="3"[^>]*man="1"/);
  });

  it("adds list validations fed from the sheet-qualified source", () => {
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    for (const a of ["C3", "C4", "C5"]) {
      expect(dv[a]).toMatchObject({
        type: "list",
        allowBlank: true,
        formulae: ["'Reja lug''atlari'!$A$2:$A$200"],
        errorStyle: "warning",
      });
    }
    expect(dv["C6"]).toBeUndefined();
  });

  it("adds a custom formula validation with a warning, its formula relative to the top-left cell", async () => {
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    for (const a of ["D3", "E3", "D4", "E4"]) {
      expect(dv[a]).toMatchObject({
        type: "custom",
        allowBlank: true,
        formulae: [factValidationFormula("D3")],
        showErrorMessage: true,
        errorStyle: "warning",
      });
    }
    expect(dv["D5"]).toBeUndefined();
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "spec.xlsx")));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const rule = xml.match(/<dataValidation [^>]*type="custom"[^>]*>[\s\S]*?<\/dataValidation>/)?.[0] ?? "";
    expect(rule).toMatch(/errorStyle="warning"/);
    expect(rule).toMatch(/sqref="D3:E4"/);
    expect(rule).toContain("<formula1>OR(ISBLANK(D3),");
    expect(rule).toContain("D3=&quot;✓&quot;");
  });

  it("saving a loaded workbook keeps each validation one block anchored at its top-left cell", async () => {
    const wb = newWorkbook();
    writeSheet(
      wb,
      spec("Ish reja", {
        validations: [
          {
            kind: "custom",
            row: 12,
            col: 8,
            rows: 120,
            cols: 4,
            formula: factValidationFormula("I13"),
            allowBlank: true,
            strict: false,
          },
          {
            row: 12,
            col: 2,
            rows: 120,
            cols: 1,
            source: "'Reja lug''atlari'!$A$2:$A$200",
            allowBlank: true,
            strict: false,
          },
        ],
      })
    );
    const loaded = await roundTrip(wb, "resave-1.xlsx");
    await roundTrip(loaded, "resave-2.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "resave-2.xlsx")));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const blocks = [
      ...xml.matchAll(/<dataValidation [^>]*type="(\w+)"[^>]*sqref="([^"]+)"[^>]*><formula1>([^<]*)</g),
    ].map((m) => [m[1], m[2], m[3]]);
    expect(blocks.sort()).toEqual([
      ["custom", "I13:L132", expect.stringMatching(/^OR\(ISBLANK\(I13\),/)],
      ["list", "C13:C132", "&apos;Reja lug&apos;&apos;atlari&apos;!$A$2:$A$200"],
    ]);
  });

  it("sets the tab colour", () => {
    expect(ws.properties.tabColor).toMatchObject({ argb: "FF1F4E78" });
  });
});

describe("writeSheet replacing a sheet", () => {
  it("replaces the sheet of that name at the same position and leaves the others alone", async () => {
    const wb = newWorkbook();
    wb.addWorksheet("A").getCell("A1").value = "a";
    writeSheet(wb, spec("B"));
    wb.addWorksheet("C").getCell("A1").value = "c";
    writeSheet(wb, spec("B", { rows: [[{ v: "new" }]], merges: [], validations: [] }));
    const back = await roundTrip(wb, "replace.xlsx");
    expect(back.worksheets.map((w) => w.name)).toEqual(["A", "B", "C"]);
    expect(back.getWorksheet("B")!.getCell("A1").value).toBe("new");
    expect(back.getWorksheet("B")!.getCell("B3").value).toBeNull();
    expect(back.getWorksheet("A")!.getCell("A1").value).toBe("a");
    expect(back.getWorksheet("C")!.getCell("A1").value).toBe("c");
  });
});

describe("applyCellWrites", () => {
  it("changes only the cells written", async () => {
    const wb = newWorkbook();
    writeSheet(wb, spec("S"));
    const before = await roundTrip(wb, "before.xlsx");
    const snapshot = cellMap(before.getWorksheet("S")!);
    const ws = before.getWorksheet("S")!;
    applyCellWrites(ws, [
      { row: 2, col: 2, v: 999 },
      { row: 5, col: 1, v: "Bajarilmadi", style: "status.not_done" },
      { row: 6, col: 4, v: "+x" },
    ]);
    const after = await roundTrip(before, "after.xlsx");
    const changed = cellMap(after.getWorksheet("S")!);
    const keys = new Set([...snapshot.keys(), ...changed.keys()]);
    const diff = [...keys].filter((k) => snapshot.get(k) !== changed.get(k)).sort();
    expect(diff).toEqual(["B6", "C3", "E7"]);
    const s = after.getWorksheet("S")!;
    expect(s.getCell("C3").value).toBe(999);
    expect(s.getCell("C3").numFmt).toBe("#,##0"); // no style named: the old format stays
    expect(s.getCell("B6").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(s.getCell("E7").value).toBe("+x");
    expect(s.getCell("E7").formula).toBeUndefined();
  });
});

function cellMap(ws: ExcelJS.Worksheet): Map<string, string> {
  const m = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const style = JSON.stringify(cell.style ?? {});
      if (cell.value === null && style === "{}") return; // blank and unformatted: as good as absent
      m.set(cell.address, JSON.stringify([cell.value, style]));
    })
  );
  return m;
}

describe("sheetGrid", () => {
  it("gives what a cell shows: rich text, cached formula results, hyperlink text, dates, errors; merged cells blank", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("G");
    ws.getCell("A1").value = { richText: [{ text: "Jondor " }, { font: { bold: true }, text: "tuman" }] };
    ws.getCell("B1").value = { formula: "1+1", result: 2 };
    ws.getCell("C1").value = { text: "sayt", hyperlink: "http://example.org" };
    ws.getCell("D1").value = new Date(Date.UTC(2026, 3, 10));
    ws.getCell("E1").value = { error: "#DIV/0!" };
    ws.getCell("A3").value = "merged";
    ws.mergeCells("A3:C3");
    ws.getCell("E3").value = 5;
    const back = await roundTrip(wb, "grid.xlsx");
    const grid = sheetGrid(back.getWorksheet("G")!);
    expect(grid[0].slice(0, 3)).toEqual(["Jondor tuman", 2, "sayt"]);
    expect(grid[0][3]).toBeInstanceOf(Date);
    expect((grid[0][3] as Date).toISOString().slice(0, 10)).toBe("2026-04-10");
    expect(grid[0][4]).toBe("#DIV/0!");
    expect(grid[1]).toEqual([]);
    expect(grid[2]).toEqual(["merged", null, null, null, 5]);
    expect(cellValue(back.getWorksheet("G")!.getCell("B3"))).toBeNull();
  });
});
