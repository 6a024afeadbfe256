/** Issue 10: text encodings, file kinds, where the plan ends, Excel's conversions, renamed headers, cell limits. */
import { readFileSync } from "fs";
import { join } from "path";
import { checkPlan } from "../../src/core/checks";
import { decodeNotes, decodeText } from "../../src/core/decode";
import { CUT_MARK, EXCEL_CELL_LIMIT, excelSafe } from "../../src/core/excel-text";
import { detectFileKind } from "../../src/core/file-kind";
import type { RawCell } from "../../src/core/grid";
import { isReservedSheetName } from "../../src/core/layout/reserved";
import type { Item, Plan } from "../../src/core/model";
import { readPlan } from "../../src/core/reader";
import { parseTsv } from "../../src/core/tsv";

const OFFICE = join(__dirname, "../fixtures/office");
const SEED = readFileSync(join(__dirname, "../../examples/jondor-2026-ish-reja.txt"), "utf8");

function read(grid: readonly (readonly RawCell[])[]): Plan {
  const r = readPlan(grid);
  if (!r.ok) throw new Error("no plan table");
  return r.plan;
}

/** What a reader must get the same from every export of one plan. */
function essence(i: Item): unknown {
  return {
    number: i.number,
    name: i.name,
    deadline: i.deadlineText,
    windows: i.deadline.ok ? i.deadline.schedule.windows : null,
    responsible: i.responsible,
    indicators: i.indicators.map((x) => [x.unit, x.previousFact.value, x.plan.value, x.mechanism]),
  };
}

const seedPlan = read(parseTsv(SEED));

describe("text encodings (LibreOffice exports of the Jondor plan)", () => {
  it("the seed has 48 items", () => expect(seedPlan.items).toHaveLength(48));

  it.each([
    ["jondor-2026.utf16le.txt", "utf-16le"],
    ["jondor-2026.utf16be.txt", "utf-16be"],
    ["jondor-2026.cp1251.txt", "windows-1251"],
  ])("%s decodes as %s to the same 48 items as the UTF-8 text, without warnings", (file, encoding) => {
    const decoded = decodeText(readFileSync(join(OFFICE, file)));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings).toEqual([]);
    const plan = read(parseTsv(decoded.text));
    expect(plan.items).toHaveLength(48);
    plan.items.forEach((item, k) => expect(essence(item)).toEqual(essence(seedPlan.items[k])));
    expect([plan.year, plan.district]).toEqual([seedPlan.year, seedPlan.district]);
  });

  it("UTF-8 with and without a BOM", () => {
    const bytes = Buffer.from(SEED, "utf8");
    expect(decodeText(bytes)).toEqual({ text: SEED, encoding: "utf-8", warnings: [] });
    const bom = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
    expect([bom.text, bom.encoding]).toEqual([SEED, "utf-8-bom"]);
  });

  it("the cp1252 export lost its № (written as ?): said, and items still keep their numbers", () => {
    const decoded = decodeText(readFileSync(join(OFFICE, "jondor-2026.cp1252.txt")));
    expect(decoded.warnings).toEqual([expect.objectContaining({ kind: "lost_characters", count: 1 })]);
    const plan = read(parseTsv(decoded.text));
    expect(plan.items.map((i) => i.number)).toEqual(seedPlan.items.map((i) => i.number));
  });

  it("Uzbek Cyrillic in cp1251 lost қ ғ ҳ: the 36 question marks are reported with the first line", () => {
    const decoded = decodeText(readFileSync(join(OFFICE, "qiziltepa-2026.cp1251.txt")));
    expect(decoded.encoding).toBe("windows-1251");
    const lost = decoded.warnings.find((w) => w.kind === "lost_characters");
    expect(lost).toMatchObject({ count: 36, line: 1 });
    expect(decoded.text).toContain("Ўзбекистон".slice(0, 1));
  });

  it("text in another code page read as 1251 (Latin and Cyrillic inside one word) is uncertain", () => {
    // "café résumé" in Windows-1252: é is byte E9, which 1251 reads as "й"
    const decoded = decodeText(
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9])
    );
    expect(decoded.encoding).toBe("windows-1251");
    expect(decoded.warnings.map((w) => w.kind)).toContain("uncertain_encoding");
  });

  it("a question in a cell is not a lost letter", () => {
    expect(decodeText(Buffer.from("Nima? Hech narsa?\tHa?\n", "utf8")).warnings).toEqual([]);
  });

  it("broken UTF-16 (an odd byte) is said", () => {
    const decoded = decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]));
    expect(decoded.text).toBe("A\uFFFD");
    expect(decoded.warnings).toEqual([
      { kind: "invalid_bytes", count: 1, line: 1, row: 0, col: 0, sample: "A\uFFFD" },
    ]);
  });

  it("places the first case: line (CRLF, LF or CR ends one, as parseTsv counts), tab column, a piece of that cell", () => {
    const text = "a\r\nb\rc\n\tx\tkeyin ТАСДИ?ЛАЙМАН\tz\n";
    const decoded = decodeText(Buffer.from(text, "utf8"));
    expect(decoded.warnings).toEqual([
      { kind: "lost_characters", count: 1, line: 4, row: 3, col: 2, sample: "keyin ТАСДИ?ЛАЙМАН" },
    ]);
    expect(parseTsv(decoded.text)[3][2]).toBe("keyin ТАСДИ?ЛАЙМАН");
  });

  it("a quoted cell with line breaks (Excel's text export of an Alt+Enter cell) is one grid row: the place follows the grid, not the file's lines", () => {
    const text = 'a\t"bir\r\nikki\nuch"\tc\r\n"x\ty"\t"q""\nw"\tkeyin ТАСДИ?ЛАЙМАН\n';
    const decoded = decodeText(Buffer.from(text, "utf8"));
    expect(decoded.warnings).toEqual([
      { kind: "lost_characters", count: 1, line: 5, row: 1, col: 2, sample: "keyin ТАСДИ?ЛАЙМАН" },
    ]);
    const grid = parseTsv(decoded.text);
    expect(grid[1][2]).toBe("keyin ТАСДИ?ЛАЙМАН");
    expect(decodeNotes(decoded.warnings)).toMatchObject([{ row: 1, col: 2 }]);
  });
});

describe("decoding warnings are findings", () => {
  const fileFindings = (file: string, lang: "en" | "uz" = "en") => {
    const decoded = decodeText(readFileSync(join(OFFICE, file)));
    const r = readPlan(parseTsv(decoded.text), { inputNotes: decodeNotes(decoded.warnings) });
    if (!r.ok) throw new Error("no plan table");
    return checkPlan(r.plan, { lang }).filter((f) => f.code.startsWith("text."));
  };

  it("the 36 letters Windows-1251 lost: one warning on the cell of the first, with the count and the cell's text", () => {
    const [f, ...rest] = fileFindings("qiziltepa-2026.cp1251.txt");
    expect(rest).toEqual([]);
    expect([f.code, f.severity, f.cell, f.item, f.params]).toEqual([
      "text.lost_characters",
      "warning",
      "H1",
      null,
      { count: 36, sample: "“ТАСДИ?ЛАЙМАН”" },
    ]);
    expect(f.message).toContain("36");
    expect(f.message).toContain("Unicode Text");
  });

  it("the № the cp1252 export lost is on the header cell, in every language", () => {
    const [f] = fileFindings("jondor-2026.cp1252.txt", "uz");
    expect([f.code, f.cell]).toEqual(["text.lost_characters", "A20"]);
    expect(f.message).toContain("Unicode matn");
  });

  it("a broken byte inside an item's row names the item and the cell", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED, "utf8")]);
    const at = bytes.indexOf(Buffer.from("STRATEGIYASI", "utf8"));
    const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
    const decoded = decodeText(broken);
    expect(decoded.warnings.map((w) => w.kind)).toEqual(["invalid_bytes"]);
    const r = readPlan(parseTsv(decoded.text), { inputNotes: decodeNotes(decoded.warnings) });
    if (!r.ok) throw new Error("no plan table");
    const found = checkPlan(r.plan, { lang: "en" }).filter((x) => x.code === "text.invalid_bytes");
    const item2 = r.plan.items.find((i) => i.number === "2");
    expect(found.map((f) => [f.item, f.row, f.col, f.params.count])).toEqual([
      ["2", item2?.row, r.plan.columns.name, 1],
    ]);
  });

  it("the exports that decode cleanly have none", () => {
    for (const file of ["jondor-2026.utf16le.txt", "jondor-2026.utf16be.txt", "jondor-2026.cp1251.txt"])
      expect(fileFindings(file)).toEqual([]);
  });
});

describe("file kinds", () => {
  it.each([
    ["jondor-2026.xlsx", "xlsx"],
    ["jondor-2026.second-table.xlsx", "xlsx"],
    ["jondor-2026.docx", "docx"],
    ["jondor-2026.protected.xlsx", "encrypted"],
    ["jondor-2026.xls", "xls"],
    ["jondor-2026.doc", "doc"],
    ["jondor-2026.ods", "ods"],
    ["jondor-2026.odt", "odt"],
    ["jondor-2026.rtf", "rtf"],
    ["jondor-2026.csv", "csv"],
    ["jondor-2026.truncated.xlsx", "damaged_zip"],
    ["random-bytes.xlsx", "not_a_document"],
    ["jondor-2026.utf16le.txt", "text"],
    ["jondor-2026.utf16be.txt", "text"],
    ["jondor-2026.cp1251.txt", "text"],
  ])("%s is %s", (file, kind) => {
    expect(detectFileKind(readFileSync(join(OFFICE, file)), file)).toBe(kind);
  });

  it("a Word document cut short is a damaged Word document, by its parts or else by its name", () => {
    const docx = readFileSync(join(OFFICE, "jondor-2026.docx"));
    const cut = docx.subarray(0, Math.floor(docx.length / 2));
    expect(detectFileKind(cut, "plan.docx")).toBe("damaged_docx");
    // its local headers name word/document.xml: a Word document whatever its name
    expect(detectFileKind(cut, "plan.bin")).toBe("damaged_docx");
    // only the zip signature left: the name tells
    expect(detectFileKind(docx.subarray(0, 10), "plan.docx")).toBe("damaged_docx");
    expect(detectFileKind(docx.subarray(0, 10), "plan.xlsx")).toBe("damaged_zip");
    // a workbook's parts win over a .docx name
    const xlsx = readFileSync(join(OFFICE, "jondor-2026.truncated.xlsx"));
    expect(detectFileKind(xlsx, "plan.docx")).toBe("damaged_zip");
  });

  it("random bytes named .txt are not text", () => {
    expect(detectFileKind(readFileSync(join(OFFICE, "random-bytes.xlsx")), "x.txt")).toBe("not_a_document");
  });
});

describe("where the plan ends", () => {
  const base = SEED.replace(/\n+$/, "\n");

  it("a second table with its own header, and a signature line, add no items and no findings", () => {
    const text =
      base +
      "\n\n№\tKo'rsatkich\tJami\n1\tRejadagi bandlar\t48\n2\tBo'limlar\t8\n\nDirektor ________ R. Halimov\n";
    const plan = read(parseTsv(text));
    expect(plan.items).toHaveLength(48);
    expect(checkPlan(plan).map((f) => f.code)).toEqual(checkPlan(seedPlan).map((f) => f.code));
  });

  it("a note after a blank row is not part of the last item", () => {
    const plan = read(parseTsv(base + "\nIzoh: reja tuman hokimligi bilan kelishilgan.\n"));
    expect(plan.items.at(-1)?.name).toBe(seedPlan.items.at(-1)?.name);
    expect(plan.items.at(-1)?.mechanism).toBe(seedPlan.items.at(-1)?.mechanism);
  });

  it("the sheets Reja generates are not plans", () => {
    for (const name of [
      "Hisobot 2026 II chorak",
      "Viloyat 2026 IV chorak",
      "Reja sozlamalari",
      "Reja lug'atlari",
    ])
      expect(isReservedSheetName(name)).toBe(true);
    expect(isReservedSheetName("Reja tekshiruv")).toBe(true);
    expect(isReservedSheetName("Ish reja")).toBe(false);
    expect(isReservedSheetName("Hisobot")).toBe(false);
  });
});

const HEADER = [
  "№",
  "Nomi",
  "O'lchov birligi",
  "2025-yil (fakt)",
  "2026-yil (reja)",
  "Mexanizm",
  "Muddat",
  "Mas'ullar",
];

describe("Excel's own conversions of the № cell", () => {
  it("a number Excel made a date is read back as typed (day.month), keeps its parent, and is reported as seen", () => {
    const grid: RawCell[][] = [
      HEADER,
      [
        "4",
        "Kitob ko'rgazmalari",
        "Marotaba",
        10,
        12,
        "",
        "Har chorakda",
        "Axborot-kutubxona markazi direktori",
      ],
      [new Date(Date.UTC(2026, 0, 4)), "Yangi kitoblar", "", 5, 6, "", "", ""],
      [
        new Date(Date.UTC(2026, 9, 14)),
        "Boshqa",
        "Marotaba",
        1,
        2,
        "",
        "I chorak",
        "Axborot-kutubxona markazi direktori",
      ],
    ];
    const plan = read(grid);
    const [, sub, other] = plan.items;
    expect([sub.number, sub.numberValid, sub.parent, sub.numberConvertedFrom]).toEqual([
      "4.1",
      true,
      "4",
      "04.01.2026",
    ]);
    // inherited from item 4
    expect(sub.deadlineInherited).toBe(true);
    expect(other.number).toBe("14.10");
    const converted = checkPlan(plan, { lang: "en" }).filter((f) => f.code === "number.converted");
    expect(converted.map((f) => [f.cell, f.params.shown, f.params.number])).toEqual([
      ["A3", "04.01.2026", "4.1"],
      ["A4", "14.10.2026", "14.10"],
    ]);
    expect(converted[0].message).toContain("04.01.2026");
  });
});

describe("tracking headers a person renamed", () => {
  const tracking = (names: string[]): Plan => read([[...HEADER, ...names]]);

  it.each([
    ["Izohlar", "note"],
    ["Изоҳ", "note"],
    ["Izox", "note"],
    ["Примечание", "note"],
    ["Jami fakt (yil boshidan)", "totalFact"],
    ["Жами факт", "totalFact"],
    ["Итого факт", "totalFact"],
    ["Jami fkat", "totalFact"],
    ["Bajarilish foizi (%)", "percent"],
    ["Выполнение, %", "percent"],
  ] as const)("%s is the %s column", (header, key) => {
    const plan = tracking(["I chorak fakt", "II chorak fakt", "III chorak fakt", "IV chorak fakt", header]);
    expect(plan.columns[key]).toBe(HEADER.length + 4);
  });

  it.each([
    ["II чорак факти", 1],
    ["III квартал факт", 2],
    ["4-chorak fakti", 3],
  ])("%s is a quarter fact column", (header, q) => {
    expect(tracking([header]).columns.facts[q]).toBe(HEADER.length);
  });

  it("a tracking column renamed past recognition is reported missing, never skipped silently", () => {
    const plan = tracking([
      "I chorak fakt",
      "II chorak fakt",
      "III chorak fakt",
      "IV chorak fakt",
      "Jami fakt",
      "Bajarilish %",
      "Boshqa gaplar",
    ]);
    const missing = checkPlan(plan, { lang: "en" }).filter((f) => f.code === "column.missing");
    expect(missing.map((f) => f.params.column)).toEqual(["Izoh"]);
  });

  it("names the missing column as the workbook's language writes it, in a message of any language", () => {
    const plan = tracking([
      "I chorak fakt",
      "II chorak fakt",
      "III chorak fakt",
      "IV chorak fakt",
      "Jami fakt",
    ]);
    const missing = (sheetLang: "uz" | "uz-Cyrl" | "ru") =>
      checkPlan(plan, { lang: "en", sheetLang })
        .filter((f) => f.code === "column.missing")
        .map((f) => f.params.column);
    expect(missing("uz")).toEqual(["Bajarilish %", "Izoh"]);
    expect(missing("uz-Cyrl")).toEqual(["Бажарилиш %", "Изоҳ"]);
    expect(missing("ru")).toEqual(["Выполнение %", "Примечание"]);
    const message = checkPlan(plan, { lang: "uz-Cyrl", sheetLang: "uz-Cyrl" }).find(
      (f) => f.code === "column.missing"
    )!.message;
    expect(message).toContain("Бажарилиш %");
  });

  it("the previous-year fact column is not a tracking column", () => {
    expect(tracking(["Izoh"]).columns.previousFact).toBe(3);
  });
});

describe("what Excel cannot hold", () => {
  it("characters XML forbids are dropped, with a finding on the cell", () => {
    const grid: RawCell[][] = [
      HEADER,
      [
        "1",
        "Kitob\uFFFE ko'rgazma\u0001si\uD800",
        "Marotaba",
        1,
        2,
        "",
        "I chorak",
        "Axborot-kutubxona markazi direktori",
      ],
    ];
    const plan = read(grid);
    expect(plan.items[0].name).toBe("Kitob ko'rgazmasi");
    const f = checkPlan(plan, { lang: "en" }).filter((x) => x.code === "cell.invalid_chars");
    expect(f.map((x) => [x.cell, x.item, x.params.count])).toEqual([["B2", "1", 3]]);
  });

  it("a text over 32,767 characters is cut with a visible mark and a finding", () => {
    const long = "a".repeat(40000);
    const plan = read([
      HEADER,
      ["1", "Kitob", "Marotaba", 1, 2, long, "I chorak", "Axborot-kutubxona markazi direktori"],
    ]);
    expect(plan.items[0].mechanism).toHaveLength(EXCEL_CELL_LIMIT);
    expect(plan.items[0].mechanism.endsWith(CUT_MARK)).toBe(true);
    const f = checkPlan(plan).filter((x) => x.code === "cell.too_long");
    expect(f.map((x) => [x.cell, x.params.length])).toEqual([["F2", 40000]]);
  });

  it("keeps pairs whole: an emoji stays, a non-character of plane 1 goes", () => {
    expect(excelSafe("a😀b\uD83F\uDFFEc")).toEqual({ text: "a😀bc", dropped: 1, cutFrom: null });
  });
});
