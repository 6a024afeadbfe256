import { readFileSync } from "fs";
import { join } from "path";
import * as fc from "fast-check";
import type { RawCell } from "../../src/core/grid";
import type { Item, Plan } from "../../src/core/model";
import { readPlan } from "../../src/core/reader";
import { parseTsv } from "../../src/core/tsv";

const DIRECTOR = "Axborot-kutubxona markazi direktori";
const FONDS = "Fondlarni to'ldirish, saqlash va ularga ishlov berish xizmati";
const ABONEMENT = "Abonement va foydalanuvchilarga xizmat ko'rsatish xizmati";
const DIGITAL = "Axborot-kommunikatsiya va raqamlashtirish xizmati";

function read(grid: RawCell[][] | readonly (readonly RawCell[])[]): Plan {
  const r = readPlan(grid);
  if (!r.ok) throw new Error(`no plan: ${r.reason}`);
  return r.plan;
}

function item(plan: Plan, n: string): Item {
  const found = plan.items.find((i) => i.number === n);
  if (!found) throw new Error(`no item ${n}`);
  return found;
}

describe("readPlan on the Jondor 2026 seed", () => {
  const text = readFileSync(join(__dirname, "../fixtures/jondor-2026.txt"), "utf8");
  const plan = read(parseTsv(text));

  test("preamble: year, district, approvers", () => {
    expect(plan.year).toBe(2026);
    expect(plan.district).toBe("Jondor");
    expect(plan.districtKind).toBe("tuman");
    expect(plan.centre).toBe("Jondor tuman axborot-kutubxona markazining");
    expect(plan.agreedBy).toEqual({
      position: "Abu Ali ibn Sino nomidagi Buxoro viloyati axborot-kutubxona markazi direktori v.v.b.",
      name: "H. Qosimov",
    });
    expect(plan.approvedBy?.name).toBe("R. Halimov");
    expect(plan.approvedBy?.position).toContain("markazi direktori");
  });

  test("header and columns", () => {
    expect(plan.headerRow).toBe(19);
    expect(plan.headerLastRow).toBe(20);
    expect(plan.columns).toMatchObject({
      number: 0,
      name: 1,
      unit: 2,
      previousFact: 3,
      plan: 4,
      mechanism: 5,
      deadline: 6,
      responsible: 7,
    });
    expect(plan.columns.facts).toEqual([-1, -1, -1, -1]);
    expect(plan.columns.note).toBe(-1);
    expect(plan.rowCount).toBe(112);
  });

  test("8 sections", () => {
    expect(plan.sections.map((s) => s.number)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
    expect(plan.sections[3]).toEqual({ number: "IV", title: "ASOSIY ISHLAB CHIQRISH FAOLIYATI", row: 51 });
    expect(plan.sections[1].row).toBe(39);
  });

  test("48 items in order", () => {
    const expected = [
      "1",
      "2",
      "3",
      "4",
      "4.1",
      "4.2",
      "4.3",
      "5",
      "6",
      "7",
      "10",
      "12",
      "13",
      "14",
      "14.1",
      "14.2",
      "14.3",
      "14.4",
      "15",
      "19",
      "20",
      "20.1",
      "20.2",
      "21",
      "22",
      "23",
      "24",
      "25",
      "26",
      "27",
      "28",
      "29",
      "31",
      "32",
      "34",
      "35",
      "36",
      "37",
      "38",
      "39",
      "40",
      "41",
      "42",
      "43",
      "44",
      "45",
      "47",
      "48",
    ];
    expect(plan.items.map((i) => i.number)).toEqual(expected);
    expect(plan.items).toHaveLength(48);
    expect(plan.items.every((i) => i.numberValid)).toBe(true);
  });

  test("item rows are the file's line numbers (zero-based)", () => {
    const lines: Record<string, number> = {
      "1": 23,
      "4.1": 28,
      "4.3": 32,
      "6": 43,
      "19": 61,
      "34": 85,
      "48": 112,
    };
    for (const [n, line] of Object.entries(lines)) expect(item(plan, n).row).toBe(line - 1);
    expect(item(plan, "4.3").rows).toEqual([31, 33, 36]);
    expect(item(plan, "19").rows).toEqual([60, 61]);
  });

  test("numbers, paths, parents, sections", () => {
    const it = item(plan, "14.1");
    expect(it).toMatchObject({
      numberText: "14.1.",
      number: "14.1",
      path: [14, 1],
      parent: "14",
      section: "IV",
    });
    expect(item(plan, "4.1")).toMatchObject({ numberText: "4.1", parent: "4", section: "I" });
    expect(item(plan, "1")).toMatchObject({ numberText: "1.", path: [1], parent: null });
    expect(item(plan, "48").section).toBe("VIII");
  });

  test("item 19 has two indicators", () => {
    const it = item(plan, "19");
    expect(it.deadlineText).toBe("2026-yilning har oyida");
    expect(it.indicators).toHaveLength(2);
    const [a, b] = it.indicators;
    expect([a.previousFact.value, a.plan.value]).toEqual([365, 300]);
    expect([b.previousFact.value, b.plan.value]).toEqual([5167, 6000]);
    expect(a).toMatchObject({
      unit: "Bibliografik yozuv",
      unitKnown: true,
      unitInherited: false,
      row: 60,
      responsible: [DIGITAL],
    });
    expect(b).toMatchObject({
      unit: "Bibliografik yozuv",
      unitInherited: true,
      row: 61,
      responsible: [FONDS],
    });
    expect(b.mechanism).toBe("Asosiy yozuvlar bazasida: Nusxa qo'shish");
    expect(a.mechanism).toBe("Vaqtinchalik yozuvlar bazasida: Bibliografik yozuv yaratish.");
    expect(it.responsible).toEqual([DIGITAL]);
  });

  test("quantities of items 26, 31, 32, 34", () => {
    const q = (n: string) => item(plan, n).indicators.map((i) => [i.previousFact.value, i.plan.value]);
    expect(q("26")).toEqual([[750, 790]]);
    expect(q("31")).toEqual([[85, 95]]);
    expect(q("32")).toEqual([[730, 800]]);
    expect(q("34")).toEqual([[4, 4]]);
    expect(q("1")).toEqual([[null, null]]);
    expect(item(plan, "1").indicators[0].plan).toEqual({ text: "", value: null, error: null });
  });

  test("sub-items inherit their parent's deadline and responsible", () => {
    expect(item(plan, "14.1")).toMatchObject({
      deadlineText: "2026-yil davomida",
      deadlineInherited: true,
      responsibleInherited: true,
      responsible: [FONDS],
    });
    expect(item(plan, "14.3").deadlineInherited).toBe(true);
    expect(item(plan, "14.4")).toMatchObject({ deadlineInherited: false, responsibleInherited: false });
    expect(item(plan, "4.1")).toMatchObject({
      deadlineText: item(plan, "4").deadlineText,
      deadlineInherited: true,
      responsibleInherited: false,
    });
    expect(item(plan, "4.1").responsible).toEqual([DIRECTOR, FONDS]);
    expect(item(plan, "20.1")).toMatchObject({ deadlineInherited: true, responsible: [ABONEMENT] });
    expect(item(plan, "4.2")).toMatchObject({
      deadlineText: "2026 yil davomida Ikki marotaba",
      deadlineInherited: false,
      responsible: [DIRECTOR, FONDS],
    });
  });

  test("names and responsibles joined across page breaks", () => {
    const six = item(plan, "6").name;
    expect(six.endsWith("2-sonli buyrug'l ijrosi")).toBe(true);
    expect(six).toContain("chora-tadbirlari to'g'risida");
    expect(six).not.toContain("\n");
    expect(item(plan, "32").name).toBe(
      "Axborot-kutubxona markazi fondida saqlanib kelinayotgan bosma nashrlarni raqamlashtirish"
    );
    expect(item(plan, "21").responsibleText).toBe(ABONEMENT);
    expect(item(plan, "21").responsible).toEqual([ABONEMENT]);
    expect(item(plan, "32").responsible).toEqual([DIGITAL]);
    expect(item(plan, "29").name.endsWith("bibliografik qo'llanmalar tayyorlash")).toBe(true);
  });

  test("4.3's mechanism holds both continuation texts (one shifted into the plan column)", () => {
    const it = item(plan, "4.3");
    expect(it.mechanism).toContain("faqat o'z hududidagi Axborot-kutubxona markazi bilan kelishgan holda");
    expect(it.mechanism).toContain("hisobidan chiqarish yoki chiqarmaslik bo'yicha xulosa");
    expect(it.indicators).toHaveLength(1);
    expect(it.indicators[0].plan.value).toBeNull();
    expect(it.indicators[0].plan.error).toBeNull();
  });

  test("HTML fragments become lines", () => {
    const mech = item(plan, "4.2").mechanism.split("\n");
    expect(mech).toHaveLength(3);
    expect(mech[0].startsWith("- Mazkur nizomga")).toBe(true);
    expect(item(plan, "3").mechanism).not.toContain("<p>");
  });

  test("several responsibles in one cell; a cut-short one is unknown", () => {
    expect(item(plan, "31").responsible).toEqual([ABONEMENT, DIGITAL]);
    expect(item(plan, "39").responsible).toEqual([DIRECTOR, "Kadrlar bo'yicha inspektor"]);
    expect(item(plan, "48").responsibleUnknown).toEqual(["Axborot-kutubxona markazi"]);
    expect(item(plan, "48").responsible).toEqual(["Axborot-kutubxona markazi"]);
    expect(plan.items.filter((i) => i.responsibleUnknown.length > 0).map((i) => i.number)).toEqual(["48"]);
  });

  test("every unit of the seed is known", () => {
    for (const it of plan.items) for (const ind of it.indicators) expect(ind.unitKnown).toBe(true);
    expect(item(plan, "28").indicators[0].unit).toBe("Bibliografik yozuv");
    expect(item(plan, "28").indicators[0].unitText).toBe("Bibliografik yozuvlar (dona)");
    expect(item(plan, "35").indicators[0].unit).toBe("Ro'yxat");
  });

  test("user text is kept as written", () => {
    expect(item(plan, "35").indicators[0].unitText).toBe("Ro’yxat");
    expect(item(plan, "36").responsibleText).toBe("AKM direktori");
  });
});

// ------------------------------------------------------------------ variants built inline

const HEAD: RawCell[] = [
  "№",
  "Nomi",
  "O'lchov birligi",
  "Miqdori",
  "",
  "Amalga oshirish mexanizmi",
  "Bajarilish muddati",
  "Mas'ullar",
];
const SUB: RawCell[] = ["", "", "", "2025-yil (fakt)", "2026-yil (reja)", "", "", ""];

function basicGrid(): RawCell[][] {
  return [
    ["“KELISHILDI”"],
    ["Buxoro viloyati AKM direktori"],
    ["_____ H. Qosimov"],
    ["“TASDIQLAYMAN”"],
    ["_____ R. Halimov"],
    ["**Jondor tuman axborot-kutubxona markazining"],
    ["2026-yil uchun mo'ljallangan ISH REJASI**"],
    HEAD,
    SUB,
    ["I. BIRINCHI BO'LIM"],
    ["1.", "Birinchi", "Tadbir", "", "", "Mexanizm", "Yil davomida", "AKM direktori"],
    ["2.", "Ikkinchi", "Nusxa", "1 000", "1 200", "", "Har chorakda", "Barcha xizmatlar"],
  ];
}

describe("readPlan variants", () => {
  test("no header → no_plan_table", () => {
    expect(
      readPlan([
        ["a", "b"],
        [1, 2],
      ])
    ).toEqual({ ok: false, reason: "no_plan_table" });
    expect(readPlan([])).toEqual({ ok: false, reason: "no_plan_table" });
  });

  test("basic grid", () => {
    const p = read(basicGrid());
    expect(p.items.map((i) => i.number)).toEqual(["1", "2"]);
    expect(p.items[1].indicators[0].plan.value).toBe(1200);
    expect(p.agreedBy?.name).toBe("H. Qosimov");
    expect(p.approvedBy?.name).toBe("R. Halimov");
  });

  test("Cyrillic headers and units", () => {
    const grid: RawCell[][] = [
      ["Жондор туман ахборот-кутубхона марказининг 2026 йил учун мўлжалланган иш режаси"],
      [
        "Т/р",
        "Номи",
        "Ўлчов бирлиги",
        "Миқдори",
        "",
        "Амалга ошириш механизми",
        "Бажарилиш муддати",
        "Масъуллар",
      ],
      ["", "", "", "2025-йил (факт)", "2026-йил (режа)", "", "", ""],
      ["1.", "Тадбир ўтказиш", "Тадбир", "2", "3", "Режа асосида", "Ҳар чоракда", "АКМ директори"],
      ["2.", "Китоб бериш", "Нусха", "100", "120", "", "Йил давомида", "Кадрлар бўйича инспектор"],
    ];
    const p = read(grid);
    expect(p.columns).toMatchObject({
      number: 0,
      name: 1,
      unit: 2,
      previousFact: 3,
      plan: 4,
      mechanism: 5,
      deadline: 6,
      responsible: 7,
    });
    expect(p.year).toBe(2026);
    expect(p.district).toBe("Jondor");
    expect(p.districtKind).toBe("tuman");
    expect(p.items.map((i) => i.indicators[0].unit)).toEqual(["Tadbir", "Nusxa"]);
    expect(p.items[0].name).toBe("Тадбир ўтказиш");
    expect(p.items[0].responsible).toEqual([DIRECTOR]);
    expect(p.items[1].responsible).toEqual(["Kadrlar bo'yicha inspektor"]);
    expect(p.items[1].indicators[0].plan.value).toBe(120);
  });

  test("a header starting at column C, row 10", () => {
    const grid: RawCell[][] = Array.from({ length: 9 }, () => []);
    grid[2] = ["", "", "Jondor tuman axborot-kutubxona markazining 2026-yil uchun ish rejasi"];
    const shift = (r: RawCell[]): RawCell[] => [null, null, ...r];
    grid.push(shift(HEAD), shift(SUB), shift(["II. BO'LIM"]));
    grid.push(shift(["1", "Birinchi", "Tadbir", 3, 4, "M", "I chorak", "Barcha xizmatlar"]));
    grid.push(shift(["1.1", "Kichik", "", null, 2, "", "", ""]));
    const p = read(grid);
    expect(p.headerRow).toBe(9);
    expect(p.headerLastRow).toBe(10);
    expect(p.columns.number).toBe(2);
    expect(p.columns.responsible).toBe(9);
    expect(p.sections).toEqual([{ number: "II", title: "BO'LIM", row: 11 }]);
    expect(p.items.map((i) => [i.number, i.row])).toEqual([
      ["1", 12],
      ["1.1", 13],
    ]);
    expect(p.items[0].indicators[0].plan.value).toBe(4);
    expect(p.items[1]).toMatchObject({
      deadlineInherited: true,
      responsibleInherited: true,
      deadlineText: "I chorak",
    });
    expect(p.items[1].indicators[0]).toMatchObject({ unit: "Tadbir", unitInherited: true });
    expect(p.colCount).toBe(10);
  });

  test("no approvers, a city", () => {
    const grid: RawCell[][] = [
      ["Kogon shahar axborot-kutubxona markazining"],
      ["2027-yil uchun mo'ljallangan ISH REJASI"],
      HEAD,
      ["", "", "", "2026-yil (fakt)", "2027-yil (reja)"],
      ["1.", "Nomi bor", "Tadbir", "", "", "", "davomida", "direktor"],
    ];
    const p = read(grid);
    expect(p).toMatchObject({
      year: 2027,
      district: "Kogon",
      districtKind: "shahar",
      agreedBy: null,
      approvedBy: null,
    });
    expect(p.items).toHaveLength(1);
  });

  test("year from the header when there is no title", () => {
    const p = read([HEAD, ["", "", "", "2025-yil (fakt)", "2026-yil (reja)"], ["1.", "A", "Tadbir"]]);
    expect(p.year).toBe(2026);
    expect(p.district).toBeNull();
  });

  test("numbers with no-break spaces and numeric cells", () => {
    const g = basicGrid();
    g.push(["3.", "Uchinchi", "Nusxa", "5\u00A0167", "6\u202F000", "", "davomida", "direktor"]);
    g.push(["4.", "To'rtinchi", "Nusxa", 5167, 6000.0, "", "davomida", "direktor"]);
    g.push(["5.", "Beshinchi", "Nusxa", "-3", "1,5", "", "davomida", "direktor"]);
    g.push(["6.", "Oltinchi", "Foiz", "", "1,5", "", "davomida", "direktor"]);
    const p = read(g);
    expect(item(p, "3").indicators[0].plan.value).toBe(6000);
    expect(item(p, "3").indicators[0].previousFact.value).toBe(5167);
    expect(item(p, "4").indicators[0].previousFact.value).toBe(5167);
    expect(item(p, "5").indicators[0].previousFact.error).toBe("negative");
    expect(item(p, "5").indicators[0].plan.error).toBe("fractional");
    expect(item(p, "6").indicators[0]).toMatchObject({ unitKnown: false, unit: "Foiz" });
    expect(item(p, "6").indicators[0].plan).toMatchObject({ value: 1.5, error: null });
  });

  test("a single-row header", () => {
    const grid: RawCell[][] = [
      [
        "№",
        "Nomi",
        "O‘lchov birligi",
        "2025-yil (fakt)",
        "2026-yil (reja)",
        "Amalga oshirish mexanizmi",
        "Bajarilish muddati",
        "Mas’ullar",
      ],
      ["1.", "A", "Tadbir", 1, 2, "m", "davomida", "direktor"],
    ];
    const p = read(grid);
    expect(p.headerLastRow).toBe(0);
    expect(p.columns).toMatchObject({ previousFact: 3, plan: 4, mechanism: 5 });
    expect(p.year).toBe(2026);
    expect(p.items[0].indicators[0].plan.value).toBe(2);
  });

  test("header with Miqdori only: the plan column", () => {
    const p = read([
      ["No", "Nomi", "O'lchov birligi", "Miqdori", "Bajarilish muddati", "Mas'ullar"],
      ["1", "A", "Tadbir", "7", "davomida", "direktor"],
    ]);
    expect(p.columns).toMatchObject({ number: 0, previousFact: -1, plan: 3, mechanism: -1 });
    expect(p.items[0].indicators[0].plan.value).toBe(7);
  });

  test("a row of column numbers under the header is part of the header", () => {
    const g: RawCell[][] = [
      HEAD,
      SUB,
      [1, 2, 3, 4, 5, 6, 7, 8],
      ["1.", "A", "Tadbir", "", "", "", "davomida", "direktor"],
    ];
    const p = read(g);
    expect(p.headerLastRow).toBe(2);
    expect(p.items.map((i) => i.number)).toEqual(["1"]);
  });

  test("invalid numbers become items with numberValid false", () => {
    const g = basicGrid();
    g.push(["4a", "Noto'g'ri raqam", "Tadbir", "", "", "", "davomida", "direktor"]);
    g.push(["x.", "Yana", "Tadbir", "", "", "", "davomida", "direktor"]);
    g.push(["1.1.", "Pastki", "Tadbir", "", "", "", "", ""]);
    const p = read(g);
    expect(item(p, "4a")).toMatchObject({ numberValid: false, path: [], parent: null, numberText: "4a" });
    expect(item(p, "x.")).toMatchObject({ numberValid: false });
    expect(item(p, "1.1")).toMatchObject({
      parent: "1",
      deadlineInherited: true,
      deadlineText: "Yil davomida",
    });
  });

  test("tracking columns of the structured workbook", () => {
    const head: RawCell[] = [
      ...HEAD,
      "I chorak fakt",
      "II chorak fakt",
      "III chorak fakt",
      "IV chorak fakt",
      "Jami fakt",
      "Bajarilish %",
      "I chorak holati",
      "II chorak holati",
      "III chorak holati",
      "IV chorak holati",
      "Izoh",
    ];
    const g: RawCell[][] = [
      head,
      SUB,
      [
        "1.",
        "A",
        "Nusxa",
        1000,
        1200,
        "m",
        "davomida",
        "direktor",
        350,
        "200",
        null,
        "",
        550,
        45.8,
        "Bajarildi",
        "",
        "",
        "",
        "kechikdi",
      ],
      [
        "",
        "",
        "Tadbir",
        "",
        4,
        "",
        "",
        "",
        "✓",
        "-2",
        "abc",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "ikkinchi",
      ],
    ];
    const p = read(g);
    expect(p.columns.facts).toEqual([8, 9, 10, 11]);
    expect(p.columns).toMatchObject({ totalFact: 12, percent: 13, note: 18 });
    expect(p.columns.statuses).toEqual([14, 15, 16, 17]);
    const [a, b] = p.items[0].indicators;
    expect(a.facts).toEqual([
      { kind: "number", value: 350, text: "350" },
      { kind: "number", value: 200, text: "200" },
      null,
      null,
    ]);
    expect(a.note).toBe("kechikdi");
    expect(b.facts[0]).toMatchObject({ kind: "mark", value: 1 });
    expect(b.facts[1]).toMatchObject({ kind: "invalid", reason: "negative" });
    expect(b.facts[2]).toMatchObject({ kind: "invalid", reason: "not_a_number" });
    expect(b).toMatchObject({
      unit: "Tadbir",
      unitInherited: false,
      note: "ikkinchi",
      responsible: [DIRECTOR],
    });
  });

  test("separator, empty and signature rows carry nothing; continuation after a separator continues", () => {
    const g = basicGrid();
    g.push(["3.", "Uch", "Tadbir", "", "", "birinchi qism", "davomida", "direktor"]);
    g.push(["--", "--", "--", "--", "--", "---", "--", "--"]);
    g.push([]);
    g.push(["", "", "", "", "", "ikkinchi qism", "", ""]);
    g.push([null, "Direktor _________ R. Halimov"]);
    const p = read(g);
    expect(item(p, "3").mechanism).toBe("birinchi qism ikkinchi qism");
    expect(item(p, "3").name).toBe("Uch");
    expect(item(p, "3").rows).toEqual([12, 15]);
  });

  test("a repeated header row in the body is skipped", () => {
    const g = basicGrid();
    g.push(HEAD, SUB, ["3.", "Uch", "Tadbir", "", "", "", "davomida", "direktor"]);
    const p = read(g);
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(item(p, "2").mechanism).toBe("");
  });
});

describe("readPlan: more layouts", () => {
  test("Russian headers", () => {
    const grid: RawCell[][] = [
      ["СОГЛАСОВАНО"],
      ["Директор областного ИБЦ"],
      ["_______ Х. Касимов"],
      ["План работы на 2026 год"],
      [
        "№ п/п",
        "Наименование мероприятий",
        "Единица измерения",
        "Количество",
        "",
        "Механизм реализации",
        "Срок исполнения",
        "Ответственные",
      ],
      ["", "", "", "2025 г. (факт)", "2026 г. (план)", "", "", ""],
      ["1.", "Мероприятие", "Тадбир", 1, 2, "м", "I chorak", "АКМ директори"],
    ];
    const p = read(grid);
    expect(p.columns).toMatchObject({
      number: 0,
      name: 1,
      unit: 2,
      previousFact: 3,
      plan: 4,
      mechanism: 5,
      deadline: 6,
      responsible: 7,
    });
    expect(p.headerLastRow).toBe(5);
    expect(p.year).toBe(2026);
    expect(p.agreedBy).toEqual({ position: "Директор областного ИБЦ", name: "Х. Касимов" });
    expect(p.items[0].indicators[0]).toMatchObject({ unit: "Tadbir", plan: { value: 2 } });
  });

  test("Uzbek Cyrillic approvers and a city title", () => {
    const grid: RawCell[][] = [
      ["“КЕЛИШИЛДИ”", null, null, null, null, "“ТАСДИҚЛАЙМАН”"],
      ["Вилоят АКМ директори", null, null, null, null, "Шаҳар АКМ директори"],
      ["_____ Ҳ. Қосимов", null, null, null, null, "_____ Р. Ҳалимов"],
      ["Бухоро шаҳар ахборот-кутубхона марказининг"],
      ["2026 йил учун мўлжалланган иш режаси"],
      HEAD,
      SUB,
      ["1.", "A", "Tadbir", "", "", "", "davomida", "direktor"],
    ];
    const p = read(grid);
    expect(p.agreedBy).toEqual({ position: "Вилоят АКМ директори", name: "Ҳ. Қосимов" });
    expect(p.approvedBy).toEqual({ position: "Шаҳар АКМ директори", name: "Р. Ҳалимов" });
    expect(p).toMatchObject({ district: "Buxoro", districtKind: "shahar", year: 2026 });
  });

  test("a totals row under the table carries nothing", () => {
    const g = basicGrid();
    g.push(["", "Jami:", "", 1000, 1200, "", "", ""]);
    const p = read(g);
    expect(item(p, "2").name).toBe("Ikkinchi");
    expect(item(p, "2").indicators).toHaveLength(1);
  });

  test("continuation text in a quantity column is mechanism text; an unnumbered row with quantities and a unit is an item", () => {
    const g = basicGrid();
    g.push(["", "", "", "", "davomi shu yerda", "", "", ""]);
    g.push(["", "Raqamsiz", "Tadbir", 1, 2, "", "davomida", "direktor"]);
    const p = read(g);
    expect(item(p, "2").mechanism).toBe("davomi shu yerda");
    expect(item(p, "2").indicators[0].plan.value).toBe(1200);
    const last = p.items[p.items.length - 1];
    expect(last).toMatchObject({ numberValid: false, numberText: "", name: "Raqamsiz" });
  });

  test("an extra indicator row with its own known unit and no quantity", () => {
    const g = basicGrid();
    g.push(["", "", "Nusxa", "", "", "", "", ""]);
    const p = read(g);
    expect(item(p, "2").indicators.map((i) => i.unit)).toEqual(["Nusxa", "Nusxa"]);
    expect(item(p, "2").indicators[1]).toMatchObject({ unitInherited: false, row: 12 });
  });

  test("grids from Office.js and ExcelJS: numbers, booleans, dates, ragged rows", () => {
    const g: RawCell[][] = [
      HEAD,
      SUB,
      [1, "A", "Tadbir", 3, 4, true, new Date(Date.UTC(2026, 2, 15)), "direktor"],
      [4.1, "B", "Tadbir", "", "", "", 46203, ""],
      [null],
      ["", "", "", "", "", "", ""],
    ];
    const p = read(g);
    expect(p.items.map((i) => [i.number, i.numberText])).toEqual([
      ["1", "1"],
      ["4.1", "4.1"],
    ]);
    expect(p.items[0].mechanism).toBe("TRUE");
    expect(p.items[0].deadlineText).toBe("2026-yil 15-mart");
    expect(p.items[1].deadlineText).toBe("2026-yil 30-iyun");
  });
});

describe("readPlan never throws", () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      "1.",
      "4.1",
      "IV. BO'LIM",
      "--",
      "Tadbir",
      "<p>a</p>",
      "5 167",
      "-3",
      "AKM direktori",
      "",
      "x."
    ),
    fc.double({ noNaN: false }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: false })
  );
  const row = fc.array(cell, { maxLength: 12 });

  test("any grid, with or without a header", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.nat(30),
        fc.nat(3),
        fc.boolean(),
        (rows, at, shift, sub) => {
          const grid: RawCell[][] = rows.map((r) => [...r]);
          const pad = Array<RawCell>(shift).fill(null);
          const insert = sub
            ? [
                [...pad, ...HEAD],
                [...pad, ...SUB],
              ]
            : [[...pad, ...HEAD]];
          grid.splice(Math.min(at, grid.length), 0, ...insert);
          const res = readPlan(grid);
          if (!res.ok) return true;
          for (const it of res.plan.items) {
            expect(it.row).toBeGreaterThan(res.plan.headerLastRow);
            expect(it.row).toBeLessThan(grid.length);
            for (const r of it.rows) expect(r).toBeLessThan(grid.length);
            for (const ind of it.indicators) {
              expect(ind.row).toBeGreaterThanOrEqual(it.row);
              expect(ind.row).toBeLessThan(grid.length);
            }
          }
          return true;
        }
      ),
      { numRuns: 400 }
    );
  });

  test("random grids without a header", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const res = readPlan(rows);
        expect(typeof res.ok).toBe("boolean");
      }),
      { numRuns: 300 }
    );
  });
});

describe("continuation joining", () => {
  const g = (): RawCell[][] => [HEAD, SUB];
  test("paragraph ends in the mechanism start a new line; names are joined with a space", () => {
    const grid = g();
    grid.push(["1.", "Ishlar nomi:", "Tadbir", "", "", "Shartnoma asosida;", "davomida", "direktor"]);
    grid.push(["", "Davomi", "", "", "", "Hamkorlik shartnomasi asosida.", "", ""]);
    grid.push(["", "", "", "", "", "<p>Yangi band</p>", "", ""]);
    grid.push(["", "", "", "", "", "- ro'yxat bandi", "", ""]);
    const p = read(grid);
    expect(p.items[0].mechanism).toBe(
      "Shartnoma asosida;\nHamkorlik shartnomasi asosida.\nYangi band\n- ro'yxat bandi"
    );
    expect(p.items[0].name).toBe("Ishlar nomi: Davomi");
  });

  test("a broken sentence goes on after a <p>; a hyphenated word is rejoined", () => {
    const grid = g();
    grid.push(["1.", "chora-", "Tadbir", "", "", "maqsadida,", "davomida", "direktor"]);
    grid.push(["", "tadbirlar", "", "", "", "<p>joylarda guruh.</p> <p>3. Keyingi.</p>", "", ""]);
    const p = read(grid);
    expect(p.items[0].name).toBe("chora-tadbirlar");
    expect(p.items[0].mechanism).toBe("maqsadida, joylarda guruh.\n3. Keyingi.");
  });

  test("a header with a longer name column title", () => {
    const p = read([
      [
        "T/r",
        "Amalga oshiriladigan ishlar nomi",
        "O'lchov birligi",
        "Miqdori",
        "Bajarilish muddati",
        "Mas'ul",
      ],
      ["1", "A", "Tadbir", 2, "davomida", "direktor"],
    ]);
    expect(p.columns).toMatchObject({ number: 0, name: 1, unit: 2, plan: 3, deadline: 4, responsible: 5 });
  });
});

test("a table with no № column: named rows are items without valid numbers", () => {
  const p = read([
    ["Nomi", "O'lchov birligi", "Miqdori", "Bajarilish muddati", "Mas'ullar"],
    ["A", "Tadbir", 1, "davomida", "direktor"],
    ["B", "Nusxa", 2, "I chorak", "direktor"],
  ]);
  expect(p.columns.number).toBe(-1);
  expect(p.items.map((i) => [i.name, i.numberValid])).toEqual([
    ["A", false],
    ["B", false],
  ]);
});
