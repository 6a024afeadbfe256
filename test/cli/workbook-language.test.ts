/**
 * A workbook in another language (the settings sheet's "lang"): `reja import` writes the plan sheet's headers in
 * it, `reja fill` its status words, and the texts of check, approve and next-year name its columns as it writes
 * them, whatever the command line's own language.
 */
import { join } from "node:path";
import { PLAN_COL } from "../../src/core/layout/plan-sheet";
import { STATUS_NAMES } from "../../src/core/messages/status";
import { saveWorkbook } from "../../src/xlsx/write";
import { readXlsx, run, SEED, tempDir } from "./helpers";

const EXAMPLE = join(__dirname, "..", "..", "examples", "jondor-2026-namuna.xlsx");

/** A copy of `plan` whose settings name `lang`, imported again so the plan sheet is written in it. */
async function inLanguage(plan: string, lang: string, out: string): Promise<void> {
  const wb = await readXlsx(plan);
  wb.getWorksheet("Reja sozlamalari")!.eachRow((row) => {
    if (row.getCell(1).value === "lang") row.getCell(2).value = lang;
  });
  const withLang = out.replace(/\.xlsx$/, "-settings.xlsx");
  await saveWorkbook(wb, withLang);
  expect((await run(["import", withLang, "-o", out, "--keep-facts"])).code).toBe(0);
}

function texts(ws: import("exceljs").Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && out.push(c.value))));
  return out;
}

describe("a workbook in Russian through the command line", () => {
  const dir = tempDir();
  const plan = join(dir, "ru.xlsx");

  beforeAll(async () => {
    await inLanguage(EXAMPLE, "ru", plan);
  });

  it("has the plan sheet's headers, the settings' and the vocabulary's in Russian, and the facts kept", async () => {
    const wb = await readXlsx(plan);
    const all = texts(wb.getWorksheet("Ish reja")!);
    for (const header of [
      "Наименование",
      "Единица измерения",
      "Ответственные",
      "Факт I квартала",
      "Примечание",
    ])
      expect(all).toContain(header);
    expect(all).toContain("ПЛАН РАБОТЫ на 2026 год");
    expect(all).not.toContain("Nomi");
    expect(texts(wb.getWorksheet("Reja sozlamalari")!)).toContain("Описание");
    expect(texts(wb.getWorksheet("Reja lug'atlari")!)).toContain("Единицы измерения");
    const facts = texts(wb.getWorksheet("Ish reja")!).filter((t) => t === "✓");
    expect(facts.length).toBeGreaterThan(5);
  });

  it("fills the statuses in Russian", async () => {
    const filled = join(dir, "ru-filled.xlsx");
    expect((await run(["fill", plan, "--quarter", "2", "-o", filled])).code).toBe(0);
    const ws = (await readXlsx(filled)).getWorksheet("Ish reja")!;
    const statuses: string[] = [];
    ws.eachRow((row) =>
      PLAN_COL.statuses.forEach((c) => {
        const v = row.getCell(c + 1).value;
        if (typeof v === "string") statuses.push(v);
      })
    );
    expect(statuses).toContain(STATUS_NAMES.ru.done);
    expect(statuses).toContain(STATUS_NAMES.ru.not_due);
    expect(statuses).not.toContain(STATUS_NAMES.uz.done);
  });

  it("names the note column as the workbook does in a check in Uzbek (Cyrillic)", async () => {
    const r = await run(["check", plan, "--quarter", "2", "--lang", "uz-Cyrl", "--json"]);
    const messages: string[] = JSON.parse(r.stdout).diagnostics.map((d: { message: string }) => d.message);
    const notes = messages.filter((m) => m.includes("сабабини"));
    expect(notes.length).toBeGreaterThan(0);
    for (const m of notes) expect(m).toContain('"Примечание" устунида');
  });

  it("inspect --json names a missing column as the workbook does, like check", async () => {
    const wb = await readXlsx(plan);
    wb.getWorksheet("Ish reja")!.eachRow((row) =>
      row.eachCell((c) => {
        if (c.value === "Примечание") c.value = "Прочее zzz";
      })
    );
    const renamed = join(dir, "ru-no-note.xlsx");
    await saveWorkbook(wb, renamed);
    const r = await run(["inspect", renamed, "--json", "--lang", "en"]);
    const missing = JSON.parse(r.stdout).inputFindings.filter(
      (f: { code: string }) => f.code === "column.missing"
    );
    expect(missing.length).toBe(1);
    expect(missing[0].message).toContain("Примечание");
    expect(missing[0].message).not.toContain("Izoh");
  });

  it("approve says which columns stay open as the workbook names them", async () => {
    const approved = join(dir, "ru-approved.xlsx");
    const r = await run(["approve", plan, "--by", "R. Halimov", "-o", approved, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(№ … Ответственные)");
    expect(r.stdout).toContain("Факт I квартала");
    expect(r.stdout).toContain("Примечание");
  });

  it("next year's suggestions are written in Russian and named by the workbook's note column", async () => {
    const next = join(dir, "ru-2027.xlsx");
    const r = await run(["next-year", plan, "-o", next, "--suggest", "--lang", "uz"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"Примечание" ustunida');
    const notes = texts((await readXlsx(next)).getWorksheet("Ish reja")!).filter((t) =>
      t.startsWith("Предложение по плану:")
    );
    expect(notes.length).toBeGreaterThan(0);
  });
});

describe("reja import --book-lang", () => {
  const dir = tempDir();

  it("writes the workbook in that language from a text export, and records it in the settings", async () => {
    const out = join(dir, "cyrl.xlsx");
    expect((await run(["import", SEED, "-o", out, "--book-lang", "uz-Cyrl"])).code).toBe(0);
    const wb = await readXlsx(out);
    const all = texts(wb.getWorksheet("Ish reja")!);
    expect(all).toEqual(
      expect.arrayContaining(["Номи", "Ўлчов бирлиги", "Масъуллар", "Изоҳ", "“ТАСДИҚЛАЙМАН”"])
    );
    let lang: unknown = null;
    wb.getWorksheet("Reja sozlamalari")!.eachRow((row) => {
      if (row.getCell(1).value === "lang") lang = row.getCell(2).value;
    });
    expect(lang).toBe("uz-Cyrl");
    // and the workbook reads back as a plan, ready for fill
    expect((await run(["fill", out, "--quarter", "1"])).code).toBe(0);
  });

  it("refuses a language it does not know, naming the option", async () => {
    const r = await run(["import", SEED, "-o", join(dir, "x.xlsx"), "--book-lang", "kk", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--book-lang must be one of uz, uz-Cyrl, ru, en (got kk)");
  });
});
