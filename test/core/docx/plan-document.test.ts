/**
 * The Word layout of a plan, described in core: header, sections across, an item of two indicators merged down;
 * Reja's own words in the workbook's language.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultSettings, parseTsv, readPlan } from "../../../src/core";
import { planDocument } from "../../../src/core/docx/plan-document";
import { LANGS } from "../../../src/core/languages";
import { PLAN_SHEET_TEXTS } from "../../../src/core/messages/plan-sheet-texts";
import type { Lang } from "../../../src/core/model";

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

describe("planDocument in the workbook's language", () => {
  const plan = seedPlan();
  const inLang = (lang: Lang) => planDocument(plan, { ...defaultSettings(plan), lang });
  const generated = (doc: ReturnType<typeof planDocument>): string[] => [
    doc.agreed[0],
    doc.approved[0],
    doc.approved[doc.approved.length - 1],
    ...doc.title,
    ...doc.header.flatMap((r) => r.flatMap((c) => c.lines)),
  ];

  it("writes Reja's words in Russian: marks, date line, title, the two-row header", () => {
    const doc = inLang("ru");
    expect(doc.agreed[0]).toBe("«СОГЛАСОВАНО»");
    expect(doc.approved[0]).toBe("«УТВЕРЖДАЮ»");
    expect(doc.approved[doc.approved.length - 1]).toBe("«_____» __________ 2026 г.");
    expect(doc.title).toEqual(["Информационно-библиотечный центр района Jondor", "ПЛАН РАБОТЫ на 2026 год"]);
    expect(doc.header[0].map((c) => c.lines[0])).toEqual([
      "№",
      "Наименование",
      "Единица измерения",
      "Количество",
      "Механизм реализации",
      "Срок исполнения",
      "Ответственные",
    ]);
    expect(doc.header[1][3].lines).toEqual(["2025 г. (факт)"]);
    expect(doc.header[1][4].lines).toEqual(["2026 г. (план)"]);
  });

  it("writes them in Uzbek Cyrillic and in English", () => {
    const cyrl = inLang("uz-Cyrl");
    expect([cyrl.agreed[0], cyrl.approved[0]]).toEqual(["“КЕЛИШИЛДИ”", "“ТАСДИҚЛАЙМАН”"]);
    expect(cyrl.title).toEqual([
      "Jondor туман ахборот-кутубхона марказининг",
      "2026-йил учун мўлжалланган ИШ РЕЖАСИ",
    ]);
    expect(cyrl.header[0][3].lines).toEqual(["Миқдори"]);
    expect(cyrl.header[1].slice(3, 5).map((c) => c.lines[0])).toEqual(["2025-йил (факт)", "2026-йил (режа)"]);
    const en = inLang("en");
    expect([en.agreed[0], en.approved[0]]).toEqual(["“AGREED”", "“APPROVED”"]);
    expect(en.title).toEqual(["Jondor district information-library centre", "WORK PLAN for 2026"]);
    expect(en.header[0][3].lines).toEqual(["Quantity"]);
    expect(en.header[1].slice(3, 5).map((c) => c.lines[0])).toEqual(["2025 (fact)", "2026 (plan)"]);
  });

  it.each(LANGS.filter((l) => l !== "uz"))("in %s, writes none of its own words in Uzbek Latin", (lang) => {
    const uz = new Set(generated(inLang("uz")));
    expect(generated(inLang(lang)).filter((t) => uz.has(t))).toEqual(["№"]);
    // the header is the plan sheet's, word for word
    const words = PLAN_SHEET_TEXTS[lang];
    expect(inLang(lang).header[0][1].lines).toEqual([words.name]);
    expect(inLang(lang).header[1][3].lines).toEqual([words.previousFact(2026)]);
  });

  it("leaves the plan's own texts as written: the same body and named approvers in every language", () => {
    const uz = inLang("uz");
    for (const lang of LANGS) {
      const doc = inLang(lang);
      expect(doc.rows).toEqual(uz.rows);
      expect(doc.agreed.slice(1)).toEqual(uz.agreed.slice(1));
      expect(doc.approved.slice(1, -1)).toEqual(uz.approved.slice(1, -1));
    }
  });

  it("uses the language's default positions where the plan names none", () => {
    const bare = { ...plan, agreedBy: null, approvedBy: null };
    const settings = { ...defaultSettings(plan), region: "Buxoro viloyati AKM", director: "R. Halimov" };
    const ru = planDocument(bare, { ...settings, lang: "ru" });
    expect(ru.agreed.slice(0, 2)).toEqual(["«СОГЛАСОВАНО»", "Директор: Buxoro viloyati AKM"]);
    expect(ru.approved.slice(1, 3)).toEqual([
      "Директор информационно-библиотечного центра района Jondor",
      "_____ R. Halimov",
    ]);
    const uz = planDocument(bare, { ...settings, lang: "uz" });
    expect(uz.approved[1]).toBe("Jondor tuman axborot-kutubxona markazi direktori");
  });

  it("says 'last year' and 'this year' when the plan has no year", () => {
    const noYear = planDocument(
      { ...plan, year: null },
      { ...defaultSettings(plan), year: null, lang: "ru" }
    );
    expect(noYear.header[1].slice(3, 5).map((c) => c.lines[0])).toEqual([
      "Прошлый год (факт)",
      "Текущий год (план)",
    ]);
    expect(noYear.title[1]).toBe("ПЛАН РАБОТЫ на _____ год");
  });
});
