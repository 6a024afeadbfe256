/** Issue 11: no command loses a person's work — not by replacing a workbook, not by writing onto an input. */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readPlanWorkbook } from "../../src/xlsx/plan-workbook";
import { writeFacts, writeNotes } from "../../src/xlsx/facts";
import { readXlsx, run, SEED, seedWithNames, tempDir, withFacts } from "./helpers";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const dir = tempDir("reja-lose-");

async function factsOf(file: string): Promise<Map<string, unknown>> {
  const read = readPlanWorkbook(await readXlsx(file));
  if (!read.ok) throw new Error(`no plan in ${file}`);
  const out = new Map<string, unknown>();
  for (const item of read.plan.items)
    item.indicators.forEach((ind, i) => {
      ind.facts.forEach((f, q) => f && out.set(`${item.number}#${i} Q${q + 1}`, f.text));
      if (ind.note) out.set(`${item.number}#${i} note`, ind.note);
    });
  return out;
}

/** A structured workbook made by reja import, with facts for quarters I and II and one note entered. */
async function workWithFacts(name: string): Promise<string> {
  const work = join(dir, name);
  expect((await run(["import", SEED, "-o", work])).code).toBe(0);
  await withFacts(work, work, (ws, p) => {
    writeFacts(ws, p, [
      { item: "1", quarter: 1, value: 3 },
      { item: "2", quarter: 1, value: 12 },
      { item: "19", quarter: 2, value: 60 },
      { item: "19", indicator: 1, quarter: 2, value: 1500 },
    ]);
    writeNotes(ws, p, [{ item: "2", note: "Tuman gazetasi bilan birga" }]);
  });
  return work;
}

describe("reja import over a workbook holding facts", () => {
  it("refuses, says what would be lost, and leaves the workbook byte for byte", async () => {
    const work = await workWithFacts("work.xlsx");
    const before = readFileSync(work);
    const r = await run(["import", SEED, "-o", work, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `reja import: ${work} has facts for 2 quarters, 1 note that would be lost; add --keep-facts to carry them over, or --force to replace it`
    );
    expect(readFileSync(work).equals(before)).toBe(true);
  });

  it("--keep-facts carries every fact and note over item by item", async () => {
    const work = await workWithFacts("keep.xlsx");
    const before = await factsOf(work);
    expect(before.size).toBe(5);
    const r = await run(["import", SEED, "-o", work, "--keep-facts", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/carried 4 facts and 1 note over/);
    expect(await factsOf(work)).toEqual(before);
  });

  it("--keep-facts follows an item whose number changed, by its name", async () => {
    const work = await workWithFacts("renumbered.xlsx");
    // the revised plan: item 1's row now numbered "3" and item 3's numbered "1" (names swapped places)
    const text = readFileSync(SEED, "utf8")
      .split("\n")
      .map((line) => {
        const cells = line.split("\t");
        if (cells[0].trim() === "1.") cells[0] = "3.";
        else if (cells[0].trim() === "3.") cells[0] = "1.";
        return cells.join("\t");
      })
      .join("\n");
    const revised = join(dir, "revised.txt");
    writeFileSync(revised, text);
    const oldRead = readPlanWorkbook(await readXlsx(work));
    if (!oldRead.ok) throw new Error("no plan");
    const nameOf1 = oldRead.plan.items.find((i) => i.number === "1")?.name;
    expect((await run(["import", revised, "-o", work, "--keep-facts"])).code).toBe(0);
    const read = readPlanWorkbook(await readXlsx(work));
    if (!read.ok) throw new Error("no plan");
    const moved = read.plan.items.find((i) => i.name === nameOf1);
    expect(moved?.number).toBe("3");
    expect(moved?.indicators[0].facts[0]?.text).toBe("3");
  });

  it("--keep-facts refuses when an item holding facts is gone from the new plan, naming it", async () => {
    const work = await workWithFacts("gone.xlsx");
    const before = readFileSync(work);
    const revised = join(dir, "renamed.txt");
    writeFileSync(revised, seedWithNames({ "2.": "Butunlay boshqa tadbir" }));
    const r = await run(["import", revised, "-o", work, "--keep-facts", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/items 2 hold facts or notes but are not in the new plan; add --force/);
    expect(readFileSync(work).equals(before)).toBe(true);
  });

  it("--keep-facts --force carries what has a place and names the items dropped", async () => {
    const work = await workWithFacts("gone-forced.xlsx");
    const revised = join(dir, "renamed-forced.txt");
    writeFileSync(revised, seedWithNames({ "2.": "Butunlay boshqa tadbir" }));
    const r = await run(["import", revised, "-o", work, "--keep-facts", "--force", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/carried 3 facts and 0 notes over/);
    expect(r.stderr).toBe("items 2 hold facts or notes but are not in the new plan");
    expect([...(await factsOf(work)).keys()].sort()).toEqual(["1#0 Q1", "19#0 Q2", "19#1 Q2"]);
  });

  it("--force replaces it", async () => {
    const work = await workWithFacts("force.xlsx");
    expect((await run(["import", SEED, "-o", work, "--force"])).code).toBe(0);
    expect((await factsOf(work)).size).toBe(0);
  });

  it("replaces its own output that holds no one's work without asking", async () => {
    const out = join(dir, "fresh.xlsx");
    expect((await run(["import", SEED, "-o", out])).code).toBe(0);
    expect((await run(["import", SEED, "-o", out])).code).toBe(0);
  });

  it("refuses to replace a workbook of someone else's, or a file that is not a workbook", async () => {
    const theirs = join(dir, "theirs.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Kitobxonlar").getCell("A1").value = "Ro'yxat";
    await wb.xlsx.writeFile(theirs);
    const text = join(dir, "notes.txt");
    writeFileSync(text, "my notes\n");
    const r1 = await run(["import", SEED, "-o", theirs, "--lang", "en"]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/has other sheets \(Kitobxonlar\) that would be lost; add --force/);
    const r2 = await run(["import", SEED, "-o", text, "--lang", "en"]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/is not a workbook reja wrote; add --force/);
    expect(readFileSync(text, "utf8")).toBe("my notes\n");
  });
});

describe("no command writes onto its input", () => {
  it("import X.xlsx -o X.xlsx leaves X byte for byte", async () => {
    const x = join(dir, "x.xlsx");
    cpSync(join(EXAMPLES, "jondor-2026-namuna.xlsx"), x);
    const before = readFileSync(x);
    const r = await run(["import", x, "-o", x, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is also an input; reja never writes onto its input/);
    expect(readFileSync(x).equals(before)).toBe(true);
    // the same file by another path
    const r2 = await run(["import", x, "-o", join(dir, ".", "sub", "..", "x.xlsx"), "--force"]);
    expect(r2.code).toBe(2);
    expect(readFileSync(x).equals(before)).toBe(true);
  });

  it("consolidate a b -o b leaves b byte for byte, even with --force", async () => {
    const a = join(dir, "a.xlsx");
    const b = join(dir, "b.xlsx");
    cpSync(join(EXAMPLES, "jondor-2026-namuna.xlsx"), a);
    cpSync(join(EXAMPLES, "vobkent-2026-namuna.xlsx"), b);
    const before = readFileSync(b);
    for (const extra of [[], ["--force"]]) {
      const r = await run(["consolidate", a, b, "--quarter", "2", "-o", b, ...extra]);
      expect(r.code).toBe(2);
      expect(r.stderr.split("\n")).toHaveLength(1);
      expect(readFileSync(b).equals(before)).toBe(true);
    }
  });

  it("a second consolidate over dir/*.xlsx skips its own earlier output and replaces it", async () => {
    const region = join(dir, "region");
    mkdirSync(region);
    for (const f of ["jondor", "vobkent", "qorakol"])
      cpSync(join(EXAMPLES, `${f}-2026-namuna.xlsx`), join(region, `${f}.xlsx`));
    const out = join(region, "viloyat.xlsx");
    const files = () =>
      readdirSync(region)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
        .map((f) => join(region, f));
    const first = await run(["consolidate", ...files(), "--quarter", "2", "-o", out, "--json"]);
    expect(first.code).toBe(0);
    expect(files()).toContain(out);
    const second = await run([
      "consolidate",
      ...files(),
      "--quarter",
      "2",
      "-o",
      out,
      "--json",
      "--lang",
      "en",
    ]);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe(`skipped ${out}: a consolidation or report reja wrote, not a district plan`);
    const districts = (r: typeof first) =>
      (JSON.parse(r.stdout) as { districts: { name: string }[] }).districts;
    expect(districts(second).map((d) => d.name)).toEqual(districts(first).map((d) => d.name));
  });

  it("creates the output's missing folders", async () => {
    const out = join(dir, "new", "deeper", "plan.xlsx");
    expect((await run(["import", SEED, "-o", out])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(join(dir, "new", "deeper"))).toEqual(["plan.xlsx"]); // no temporary file left
  });
});

describe("long work", () => {
  it("consolidate reports its progress file by file (on stderr, shown on a terminal only)", async () => {
    const { bufferIo } = await import("../../src/cli/io");
    const { main } = await import("../../src/cli/main");
    const io = bufferIo();
    const files = ["jondor", "vobkent", "qorakol"].map((f) => join(EXAMPLES, `${f}-2026-namuna.xlsx`));
    expect(
      await main(["consolidate", ...files, "--quarter", "2", "-o", join(dir, "progress.xlsx")], io)
    ).toBe(0);
    expect(io.progressLines).toEqual([
      `o'qilmoqda 1/3: ${files[0]}`,
      `o'qilmoqda 2/3: ${files[1]}`,
      `o'qilmoqda 3/3: ${files[2]}`,
      "",
    ]);
    expect(io.stderr).toEqual([]);
  });
});
