/** `reja report` in the workbook's language (the settings sheet's "lang"), and --transliterate. */
import { join } from "node:path";
import { readXlsx, run, SEED, tempDir } from "./helpers";
import { saveWorkbook } from "../../src/xlsx/write";

async function withLang(plan: string, lang: string, out: string): Promise<void> {
  const wb = await readXlsx(plan);
  const ws = wb.getWorksheet("Reja sozlamalari")!;
  ws.eachRow((row) => {
    if (row.getCell(1).value === "lang") row.getCell(2).value = lang;
  });
  await saveWorkbook(wb, out);
}

async function reportTexts(path: string): Promise<string[]> {
  const wb = await readXlsx(path);
  const ws = wb.worksheets.find((w) => w.name.startsWith("Hisobot"))!;
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
  return texts;
}

describe("reja report in the workbook's language", () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");

  beforeAll(async () => {
    expect(
      (await run(["import", SEED, "-o", plan, "--district", "Jondor", "--director", "R. Halimov"])).code
    ).toBe(0);
  });

  it("writes Uzbek Cyrillic words, the plan's texts as written, or in Cyrillic with --transliterate", async () => {
    const cyrl = join(dir, "cyrl.xlsx");
    await withLang(plan, "uz-Cyrl", cyrl);
    const out = join(dir, "cyrl-report.xlsx");
    expect((await run(["report", cyrl, "--quarter", "2", "-o", out])).code).toBe(0);
    const texts = await reportTexts(out);
    expect(texts).toContain("Ҳолатлар бўйича кўрсаткичлар сони");
    expect(texts).toContain("Ҳолати");
    expect(texts).toContain("М.Ў.");
    expect(texts.some((t) => /^Axborot-kutubxona/.test(t))).toBe(true);
    const translit = join(dir, "cyrl-translit.xlsx");
    expect((await run(["report", cyrl, "--quarter", "2", "-o", translit, "--transliterate"])).code).toBe(0);
    const t2 = await reportTexts(translit);
    expect(t2).toContain("Жондор туман ахборот-кутубхона маркази директори");
    expect(t2.some((t) => /^Ахборот-кутубхона/.test(t))).toBe(true);
  });

  it("writes Russian words", async () => {
    const ru = join(dir, "ru.xlsx");
    await withLang(plan, "ru", ru);
    const out = join(dir, "ru-report.xlsx");
    expect((await run(["report", ru, "--quarter", "2", "-o", out])).code).toBe(0);
    const texts = await reportTexts(out);
    expect(texts).toContain("Число показателей по статусам");
    expect(texts).toContain("Наименование");
    expect(texts.some((t) => t.startsWith("ОТЧЁТ об исполнении плана работы"))).toBe(true);
  });
});
