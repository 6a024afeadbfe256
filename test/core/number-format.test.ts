/** A number cell as the person sees it: date formats, Excel serial numbers, fixed decimals (core/number-format). */
import type { RawCell } from "../../src/core/grid";
import { gridAsShown, isDateFormat, serialToDate, valueAsShown } from "../../src/core/number-format";
import { readPlan } from "../../src/core/reader";

describe("isDateFormat", () => {
  it.each([
    "d-mmm",
    "dd.mm.yyyy",
    "m/d/yyyy",
    "yyyy-mm-dd",
    "[$-419]d mmm;@",
    "[$-F800]dddd, mmmm dd, yyyy",
    "mmm-yy",
    "mmmm",
    'dd" kun"',
  ])("%s shows a date", (format) => expect(isDateFormat(format)).toBe(true));

  it.each([
    "General",
    "[Red]General",
    "0.00",
    "#,##0",
    "@",
    "0%",
    '0 "kun"',
    '#,##0 "so\'m"',
    "0\\d",
    "h:mm",
    "mm:ss",
    "[h]:mm:ss",
    "[h]:mm",
    "[mm]:ss",
    "[m]",
    "0.00E+00",
    "_-* #,##0_-;-* #,##0_-",
  ])("%s does not", (format) => expect(isDateFormat(format)).toBe(false));
});

describe("serialToDate (1900 date system)", () => {
  const iso = (serial: number): string | null => serialToDate(serial)?.toISOString() ?? null;

  it("counts days as Excel does, at UTC midnight, without the time of day", () => {
    expect(iso(46026)).toBe("2026-01-04T00:00:00.000Z");
    expect(iso(46026.75)).toBe("2026-01-04T00:00:00.000Z");
    expect(iso(46309)).toBe("2026-10-14T00:00:00.000Z");
    expect(iso(1)).toBe("1900-01-01T00:00:00.000Z");
    expect(iso(59)).toBe("1900-02-28T00:00:00.000Z");
    expect(iso(61)).toBe("1900-03-01T00:00:00.000Z");
    expect(iso(2958465)).toBe("9999-12-31T00:00:00.000Z");
  });

  it("no date for 60 (Excel's 29 February 1900), below 1 or past 9999", () => {
    expect([iso(60), iso(0), iso(-3), iso(2958466), iso(NaN)]).toEqual([null, null, null, null, null]);
  });
});

describe("valueAsShown", () => {
  it("a number in a date format is the Date it shows", () => {
    expect(valueAsShown(46026, "d-mmm")).toEqual(new Date(Date.UTC(2026, 0, 4)));
  });

  it("a fraction whose fixed decimals show a lost trailing zero is that text; other numbers stay numbers", () => {
    expect(valueAsShown(14.1, "0.00")).toBe("14.10");
    expect(valueAsShown(46.7, "0.0")).toBe(46.7);
    expect(valueAsShown(4, "0.00")).toBe(4);
    expect(valueAsShown(4.125, "0.00")).toBe(4.125);
    expect(valueAsShown(14.1, "General")).toBe(14.1);
  });

  it("Excel's other fixed-decimals formats (thousands, negative in brackets or red) show the trailing zero too", () => {
    for (const format of ["#,##0.00", "0.00_);(0.00)", "0.00;[Red]-0.00", "#,##0.00_);[Red](#,##0.00)"])
      expect([format, valueAsShown(14.1, format)]).toEqual([format, "14.10"]);
    expect(valueAsShown(0.141, "0.00%")).toBe(0.141);
    expect(valueAsShown(14.1, '0.00 "kun"')).toBe(14.1);
  });

  it("texts, blanks and cells without a format are as they are", () => {
    expect(valueAsShown("4.1", "d-mmm")).toBe("4.1");
    expect(valueAsShown(null, "d-mmm")).toBeNull();
    expect(valueAsShown(46026, undefined)).toBe(46026);
    expect(valueAsShown(46026, "")).toBe(46026);
  });
});

describe("gridAsShown", () => {
  it("changes only cells with a format, shares the rows it does not change", () => {
    const grid: RawCell[][] = [
      ["№", "Nomi"],
      [46026, 46026],
      [14.1, "x"],
    ];
    const formats = [undefined, ["d-mmm"], ["0.00", "0.00"]];
    const out = gridAsShown(grid, formats);
    expect(out[0]).toBe(grid[0]);
    expect(out[1]).toEqual([new Date(Date.UTC(2026, 0, 4)), 46026]);
    expect(out[2]).toEqual(["14.10", "x"]);
    expect(grid[1][0]).toBe(46026);
  });

  it("serials with their date formats read as the plan ExcelJS's Dates read as", () => {
    const header = [
      "№",
      "Nomi",
      "O'lchov birligi",
      "2025-yil (fakt)",
      "2026-yil (reja)",
      "Mexanizm",
      "Muddat",
      "Mas'ullar",
    ];
    const director = "Axborot-kutubxona markazi direktori";
    const rows = (a3: RawCell, a4: RawCell): RawCell[][] => [
      header,
      ["4", "Kitob ko'rgazmalari", "Marotaba", 10, 12, "", "Har chorakda", director],
      [a3, "Yangi kitoblar", "", 5, 6, "", "", ""],
      [a4, "Boshqa", "Marotaba", 1, 2, "", "I chorak", director],
    ];
    const fromExcelJs = readPlan(rows(new Date(Date.UTC(2026, 0, 4)), "14.10"));
    const fromOffice = readPlan(gridAsShown(rows(46026, 14.1), [[], [], ["d-mmm"], ["0.00"]]));
    expect(fromOffice).toEqual(fromExcelJs);
    if (!fromOffice.ok) throw new Error("no plan");
    expect(fromOffice.plan.items.map((i) => [i.number, i.parent, i.numberConvertedFrom ?? null])).toEqual([
      ["4", null, null],
      ["4.1", "4", "04.01.2026"],
      ["14.10", "14", null],
    ]);
  });
});
