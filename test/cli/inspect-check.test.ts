import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { InspectJson } from "../../src/cli/inspect";
import type { Diagnostic } from "../../src/cli/check";
import { run, runJson, SEED, seedText, tempDir } from "./helpers";

const dir = tempDir();

/** The seed pasted into an .xlsx (as staff have it: a sheet of the Word table), with a blank sheet before it. */
async function seedWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Bo'sh").getCell("A1").value = "boshqa narsa";
  const ws = wb.addWorksheet("Reja 2026");
  seedText()
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, r) =>
      line.split("\t").forEach((v, c) => v !== "" && (ws.getCell(r + 1, c + 1).value = v))
    );
  const path = join(dir, "seed.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

describe("reja inspect on the seed", () => {
  let plan: InspectJson;
  beforeAll(async () => {
    const r = await runJson<InspectJson>(["inspect", SEED, "--json"]);
    expect(r.code).toBe(0);
    plan = r.json;
  });
  const item = (n: string) => {
    const found = plan.items.find((i) => i.number === n);
    if (!found) throw new Error(`no item ${n}`);
    return found;
  };

  it("finds year, district, 8 sections and the 48 items in order", () => {
    expect(plan.year).toBe(2026);
    expect(plan.district).toBe("Jondor");
    expect(plan.sections.map((s) => s.number)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
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
  });

  it("reads item 19's two indicators and monthly windows", () => {
    const i19 = item("19");
    expect(i19.indicators.map((i) => [i.previousFact, i.plan])).toEqual([
      [365, 300],
      [5167, 6000],
    ]);
    expect(i19.windows).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });

  it("reads quantities and schedules as numbers and quarter windows", () => {
    expect(item("26").indicators[0]).toMatchObject({ previousFact: 750, plan: 790 });
    expect(item("31").indicators[0]).toMatchObject({ previousFact: 85, plan: 95 });
    expect(item("32").indicators[0]).toMatchObject({ previousFact: 730, plan: 800 });
    expect(item("34").indicators[0]).toMatchObject({ previousFact: 4, plan: 4 });
    expect(item("35").windows).toEqual([[2, 3]]);
    expect(item("4.2").windows).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(item("41").windows).toEqual([[1, 1]]);
    expect(item("14.1").windows).toEqual(item("14").windows);
    expect(item("4.1").windows).toEqual(item("4").windows);
    expect(item("1").indicators[0]).toEqual({ unit: "Tadbir", previousFact: null, plan: null });
  });

  it("gives 1-based rows and canonical units and responsible", () => {
    expect(item("1").row).toBe(SEED_ROW_OF("1."));
    expect(item("19").unit).not.toBe("");
    expect(item("1").responsible).toEqual(["Axborot-kutubxona markazi direktori"]);
  });

  it("reads the same plan from an .xlsx sheet (the first with a plan table)", async () => {
    const path = await seedWorkbook();
    const r = await runJson<InspectJson>(["inspect", path, "--json"]);
    expect(r.code).toBe(0);
    expect(r.json.items.map((i) => i.number)).toEqual(plan.items.map((i) => i.number));
    expect(r.json.items.find((i) => i.number === "19")!.indicators).toEqual(item("19").indicators);
    const named = await runJson<InspectJson>(["inspect", path, "--sheet", "Reja 2026", "--json"]);
    expect(named.json.items.length).toBe(48);
  });

  it("prints a readable summary without --json", async () => {
    const r = await run(["inspect", SEED, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/48 items/);
    expect(r.stdout).toMatch(/8 sections/);
    const uz = await run(["inspect", SEED]);
    expect(uz.stdout).toMatch(/8 ta bo'lim, 48 ta band/);
  });
});

function SEED_ROW_OF(numberCell: string): number {
  const lines = seedText()
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  return lines.findIndex((l) => l.split("\t")[0].trim() === numberCell) + 1;
}

describe("reja check", () => {
  it("exits 0 on the seed with the expected warnings", async () => {
    const r = await runJson<{ diagnostics: Diagnostic[] }>(["check", SEED, "--json"]);
    expect(r.code).toBe(0);
    const d = r.json.diagnostics;
    expect(d.filter((x) => x.severity === "error")).toEqual([]);
    expect(d).toContainEqual(
      expect.objectContaining({ code: "plan.below_fact", item: "19", severity: "warning" })
    );
    expect(d).toContainEqual(
      expect.objectContaining({ code: "responsible.unknown", item: "48", severity: "warning" })
    );
    for (const x of d) expect(x.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it("exits 1 when the plan has errors, and names code, item and cell", async () => {
    const text = seedText()
      .replace(/^(26\.\t[^\t]*\t)[^\t]*/m, "$1litr")
      .replace(/^(31\.\t(?:[^\t]*\t){2})85/m, "$1-85");
    const path = join(dir, "broken.txt");
    writeFileSync(path, text);
    const r = await runJson<{ diagnostics: Diagnostic[] }>(["check", path, "--json"]);
    expect(r.code).toBe(1);
    expect(r.json.diagnostics).toContainEqual(
      expect.objectContaining({ code: "unit.unknown", item: "26", severity: "error" })
    );
    expect(r.json.diagnostics).toContainEqual(
      expect.objectContaining({ code: "quantity.invalid", item: "31", severity: "error" })
    );
    const readable = await run(["check", path]);
    expect(readable.code).toBe(1);
    expect(readable.stdout).toMatch(/unit\.unknown/);
  });

  it("a workbook without any fact yet is not told about missing facts for its quarter, unless --quarter asks", async () => {
    const plan = join(dir, "fresh.xlsx");
    expect((await run(["import", SEED, "-o", plan])).code).toBe(0);
    const codes = async (args: string[]) =>
      (await runJson<{ diagnostics: Diagnostic[] }>(["check", plan, "--json", ...args])).json.diagnostics.map(
        (d) => d.code
      );
    const quiet = await codes([]);
    expect(quiet).not.toContain("fact.missing");
    expect(quiet).toContain("responsible.unknown");
    const asked = await codes(["--quarter", "1"]);
    expect(asked.filter((c) => c === "fact.missing").length).toBeGreaterThan(40);
    const readable = await run(["check", plan, "--lang", "en"]);
    expect(readable.stdout).toContain("No fact is entered yet");
    expect(readable.stdout).toMatch(/--quarter \d/);
    // once a fact is entered (the filled example), the workbook's quarter is checked as before
    const example = join(__dirname, "..", "..", "examples", "jondor-2026-namuna.xlsx");
    expect((await run(["check", example, "--lang", "en"])).stdout).not.toContain("No fact is entered yet");
  });

  it("tolerates a UTF-8 BOM and CRLF line ends", async () => {
    const path = join(dir, "bom.tsv");
    writeFileSync(path, "\uFEFF" + seedText().replace(/\r?\n/g, "\r\n"));
    const r = await runJson<InspectJson>(["inspect", path, "--json"]);
    expect(r.code).toBe(0);
    expect(r.json.items.length).toBe(48);
  });

  it("translates messages with --lang", async () => {
    const uz = await runJson<{ diagnostics: Diagnostic[] }>(["check", SEED, "--json"]);
    const en = await runJson<{ diagnostics: Diagnostic[] }>(["check", SEED, "--json", "--lang", "en"]);
    expect(en.json.diagnostics.map((d) => d.code)).toEqual(uz.json.diagnostics.map((d) => d.code));
    expect(en.json.diagnostics[0].message).not.toBe(uz.json.diagnostics[0].message);
  });

  describe("exits 2 with a one-line reason for unusable input", () => {
    it.each([
      ["a missing file", () => join(dir, "nope.txt")],
      [
        "a text file with no plan table",
        () => {
          const p = join(dir, "empty.txt");
          writeFileSync(p, "Salom\tdunyo\n1\t2\n");
          return p;
        },
      ],
      [
        "a corrupt .xlsx",
        () => {
          const p = join(dir, "corrupt.xlsx");
          writeFileSync(p, "PK\u0003\u0004 this is not a zip");
          return p;
        },
      ],
      ["an .xlsx with no plan table", () => join(dir, "noplan.xlsx")],
      ["a directory", () => dir],
    ])("%s", async (_label, make) => {
      const noplan = new ExcelJS.Workbook();
      noplan.addWorksheet("S").getCell("A1").value = "hech narsa";
      await noplan.xlsx.writeFile(join(dir, "noplan.xlsx"));
      for (const cmd of ["check", "inspect"]) {
        const r = await run([cmd, make()]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe("");
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
      }
    });

    it("an unknown sheet name", async () => {
      const path = await seedWorkbook();
      const r = await run(["check", path, "--sheet", "Yo'q"]);
      expect(r.code).toBe(2);
    });
  });

  it("exits 2 on usage errors", async () => {
    expect((await run(["check"])).code).toBe(2);
    expect((await run(["frobnicate"])).code).toBe(2);
    expect((await run(["check", SEED, "--bogus"])).code).toBe(2);
    expect((await run(["check", SEED, "--lang", "fr"])).code).toBe(2);
    expect((await run(["check", SEED, "--quarter", "5"])).code).toBe(2);
    expect((await run(["help"])).code).toBe(0);
    expect((await run(["check", "--help"])).code).toBe(0);
  });
});
