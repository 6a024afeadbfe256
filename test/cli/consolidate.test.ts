import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeFacts } from "../../src/xlsx/facts";
import { readXlsx, run, runJson, SEED, seedText, tempDir, withFacts } from "./helpers";

const dir = tempDir();

interface ConsolidationJson {
  year: number;
  quarter: number;
  districts: { name: string; ok: boolean; problems: string[] }[];
  columns: string[];
  rows: {
    number: string;
    indicator: number;
    cells: ({ plan: number | null; factToDate: number | null; status: string } | null)[];
    presentIn: string[];
    partial: boolean;
    total: {
      plan: number;
      periodTarget: number;
      factToDate: number;
      periodPercent: number | null;
      annualPercent: number | null;
    } | null;
  }[];
  totals: {
    byStatus: Record<string, number>;
    districts: { name: string; byStatus: Record<string, number> }[];
  };
}

/** A district's structured workbook: the seed with item 26's plan set, and facts for 26 in I and II. */
async function district(
  name: string,
  plan26: number,
  facts26: [number, number],
  dropItem?: string
): Promise<string> {
  let text = seedText().replace(/^(26\.\t(?:[^\t]*\t){3})790/m, `$1${plan26}`);
  if (dropItem) {
    // the item's line and its continuation lines (blank or starting with a tab)
    let dropping = false;
    text = text
      .split("\n")
      .filter((l) => {
        if (l.startsWith(`${dropItem}.\t`)) dropping = true;
        else if (!l.startsWith("\t") && l.trim() !== "") dropping = false;
        return !dropping;
      })
      .join("\n");
  }
  const src = join(dir, `${name}.txt`);
  writeFileSync(src, text);
  const plain = join(dir, `${name}-plain.xlsx`);
  expect((await run(["import", src, "-o", plain, "--district", name])).code).toBe(0);
  const out = join(dir, `${name}.xlsx`);
  await withFacts(plain, out, (ws, p) =>
    writeFacts(ws, p, [
      { item: "26", quarter: 1, value: facts26[0] },
      { item: "26", quarter: 2, value: facts26[1] },
      ...(dropItem === "41" ? [] : [{ item: "41", quarter: 1 as const, value: "✓" }]),
    ])
  );
  return out;
}

interface MappingJson {
  mapping: { district: string; number: string; group: string; kind: string; correction: string }[];
}

describe("reja consolidate", () => {
  let a: string;
  let b: string;
  let corrupt: string;
  beforeAll(async () => {
    a = await district("Jondor", 790, [200, 150]);
    b = await district("Vobkent", 1000, [300, 100], "41");
    corrupt = join(dir, "Romitan.xlsx");
    writeFileSync(corrupt, "not a workbook");
  });

  it("sums summable indicators into region totals", async () => {
    const r = await runJson<ConsolidationJson>([
      "consolidate",
      a,
      b,
      "--quarter",
      "2",
      "-o",
      join(dir, "region.xlsx"),
      "--json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.json.columns).toEqual(["Jondor", "Vobkent"]);
    const row26 = r.json.rows.find((x) => x.number === "26")!;
    expect(row26.cells.map((c) => c && [c.plan, c.factToDate])).toEqual([
      [790, 350],
      [1000, 400],
    ]);
    // targets by II: 790/2 + 1000/2 = 895; facts 750 → 83.8 %; annual 750/1790 → 41.9 %
    expect(row26.total).toMatchObject({
      plan: 1790,
      periodTarget: 895,
      factToDate: 750,
      periodPercent: 83.8,
      annualPercent: 41.9,
    });
    const row19 = r.json.rows.filter((x) => x.number === "19");
    expect(row19.map((x) => x.total?.plan)).toEqual([600, 12000]);
    // 41 is only in Jondor's plan
    const row41 = r.json.rows.find((x) => x.number === "41")!;
    expect(row41.presentIn).toEqual(["Jondor"]);
    expect(row41.partial).toBe(true);
    const total = Object.values(r.json.totals.byStatus).reduce((s, n) => s + n, 0);
    const perDistrict = r.json.totals.districts.map((d) =>
      Object.values(d.byStatus).reduce((s, n) => s + n, 0)
    );
    expect(total).toBe(perDistrict[0] + perDistrict[1]);
    expect(perDistrict).toEqual([49, 48]);
  });

  it("reports an unusable file by name and goes on with the others (exit 1)", async () => {
    const out = join(dir, "region2.xlsx");
    const missing = join(dir, "Peshku.xlsx");
    const r = await runJson<ConsolidationJson>([
      "consolidate",
      a,
      corrupt,
      b,
      missing,
      "--quarter",
      "2",
      "-o",
      out,
      "--json",
    ]);
    expect(r.code).toBe(1);
    expect(r.json.columns).toEqual(["Jondor", "Vobkent"]);
    const byName = Object.fromEntries(r.json.districts.map((d) => [d.name, d]));
    expect(byName["Romitan"].ok).toBe(false);
    expect(byName["Peshku"].ok).toBe(false);
    expect(byName["Romitan"].problems.length).toBeGreaterThan(0);
    expect(byName["Jondor"].ok).toBe(true);
    const wb = await readXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Tumanlar 2026 II chorak",
      "Viloyat 2026 II chorak",
      "Ayrimlarida 2026 II chorak",
      "Muammolar 2026 II chorak",
      "Moslashtirish",
    ]);
    const texts: string[] = [];
    wb.getWorksheet("Muammolar 2026 II chorak")!.eachRow((row) =>
      row.eachCell((c) => void texts.push(String(c.value)))
    );
    expect(texts).toContain("Romitan");
    expect(texts).toContain("Peshku");
    const readable = await run(["consolidate", a, corrupt, "--quarter", "2", "-o", out, "--lang", "en"]);
    expect(readable.code).toBe(1);
    expect(readable.stdout).toMatch(/Romitan\s+unusable/);
  });

  it("reads exported text plans too, naming the district from the plan", async () => {
    const r = await runJson<ConsolidationJson>([
      "consolidate",
      SEED,
      b,
      "--quarter",
      "1",
      "-o",
      join(dir, "r3.xlsx"),
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(r.json.columns).toEqual(["Jondor", "Vobkent"]);
  });

  it("honours a correction in the output's Moslashtirish sheet on the next run, or one given with --mapping", async () => {
    const out = join(dir, "mapped.xlsx");
    const args = ["consolidate", a, b, "--quarter", "2", "-o", out, "--json"];
    expect((await run(args)).code).toBe(0);
    const wb = await readXlsx(out);
    const ws = wb.getWorksheet("Moslashtirish")!;
    let target = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(2).value === "Vobkent" && row.getCell(3).value === "1") target = r;
    });
    expect(target).toBeGreaterThan(0);
    ws.getRow(target).getCell(8).value = "-";
    await wb.xlsx.writeFile(out);
    const kindOf = (json: MappingJson, district: string) =>
      json.mapping.find((m) => m.district === district && m.number === "1")!;
    const second = await runJson<MappingJson>(args);
    expect(second.code).toBe(0);
    expect(kindOf(second.json, "Vobkent")).toMatchObject({ kind: "manual", correction: "-" });
    expect(kindOf(second.json, "Vobkent").group).not.toBe(kindOf(second.json, "Jondor").group);
    // the same corrections from another file, into a fresh output
    const fresh = await runJson<MappingJson>([
      ...args.slice(0, 6),
      join(dir, "fresh.xlsx"),
      "--mapping",
      out,
      "--json",
    ]);
    expect(kindOf(fresh.json, "Vobkent").kind).toBe("manual");
    const none = await run([
      ...args.slice(0, 6),
      join(dir, "fresh2.xlsx"),
      "--mapping",
      join(dir, "nope.xlsx"),
    ]);
    expect(none.code).toBe(2);
  });

  it("exits 2 when no file is usable, or without --quarter / -o", async () => {
    expect((await run(["consolidate", corrupt, "--quarter", "2", "-o", join(dir, "x.xlsx")])).code).toBe(2);
    expect((await run(["consolidate", a, "-o", join(dir, "x.xlsx")])).code).toBe(2);
    expect((await run(["consolidate", a, "--quarter", "2"])).code).toBe(2);
  });
});
