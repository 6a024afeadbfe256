/** `reja inspect FILE.docx` and `reja docx`: a Word document in, a Word document out, the same plan both ways. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, runJson, SEED, tempDir } from "./helpers";

const FIXTURE_DOCX = join(__dirname, "..", "fixtures", "office", "jondor-2026.docx");
const NAMUNA = join(__dirname, "..", "..", "examples", "jondor-2026-namuna.xlsx");

interface InspectJson {
  year: number | null;
  district: string | null;
  sections: unknown[];
  items: { number: string; row?: number; [k: string]: unknown }[];
}

/** inspect's items without their row numbers (rows differ between a workbook and a document) */
function items(json: InspectJson) {
  return json.items.map(({ row: _row, ...rest }) => rest);
}

describe("reja and Word documents", () => {
  it("inspect reads the LibreOffice .docx as the items of the text it was made from", async () => {
    const fromDocx = await runJson<InspectJson>(["inspect", FIXTURE_DOCX, "--json"]);
    const fromText = await runJson<InspectJson>(["inspect", SEED, "--json"]);
    expect(fromDocx.code).toBe(0);
    expect(fromDocx.json.year).toBe(2026);
    expect(fromDocx.json.district).toBe("Jondor");
    expect(fromDocx.json.items.length).toBe(fromText.json.items.length);
    expect(fromDocx.json.items.map((i) => i.number)).toEqual(fromText.json.items.map((i) => i.number));
  });

  it("next-year → docx → inspect gives the 2027 plan's year and items", async () => {
    const dir = tempDir();
    const xlsx = join(dir, "2027.xlsx");
    const docx = join(dir, "2027.docx");
    expect((await run(["next-year", NAMUNA, "-o", xlsx])).code).toBe(0);
    const written = await run(["docx", xlsx, "-o", docx]);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(docx);
    const fromXlsx = await runJson<InspectJson>(["inspect", xlsx, "--json"]);
    const fromDocx = await runJson<InspectJson>(["inspect", docx, "--json"]);
    expect(fromDocx.code).toBe(0);
    expect(fromDocx.json.year).toBe(2027);
    expect(fromDocx.json.district).toBe(fromXlsx.json.district);
    expect(fromDocx.json.sections).toEqual(fromXlsx.json.sections);
    expect(fromXlsx.json.items.length).toBeGreaterThan(40);
    expect(items(fromDocx.json)).toEqual(items(fromXlsx.json));
  });

  it("check and import take a .docx too", async () => {
    const dir = tempDir();
    expect((await run(["check", FIXTURE_DOCX])).code).toBeLessThan(2);
    const out = join(dir, "from-word.xlsx");
    expect((await run(["import", FIXTURE_DOCX, "-o", out])).code).toBe(0);
    const back = await runJson<InspectJson>(["inspect", out, "--json"]);
    expect(back.json.year).toBe(2026);
  });

  it("refuses a damaged .docx with one plain message (exit 2)", async () => {
    const dir = tempDir();
    const bad = join(dir, "broken.docx");
    writeFileSync(bad, "PK\u0003\u0004 not really a zip");
    const r = await run(["inspect", bad, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not a readable Word (.docx) document");
    expect(r.stderr).not.toMatch(/jszip|stack|at /i);
  });

  it("refuses a Word document cut short as a Word document, whatever its name, in every language", async () => {
    const dir = tempDir();
    const docx = readFileSync(FIXTURE_DOCX);
    const cut = join(dir, "plan.bin");
    writeFileSync(cut, docx.subarray(0, Math.floor(docx.length / 2)));
    const en = await run(["check", cut, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr.trim()).toBe(
      `reja check: ${cut} is not a readable Word (.docx) document: save it again in Word as .docx`
    );
    const uz = await run(["inspect", cut]);
    expect(uz.code).toBe(2);
    expect(uz.stderr).toContain("Word (.docx) hujjati emas");
    expect(uz.stderr).not.toMatch(/Excel/);
  });
});
