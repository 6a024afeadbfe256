/** Shared helpers of the CLI tests: run `main` with captured output, temp dirs, the seed plan. */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bufferIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

export const SEED = join(__dirname, "..", "..", "examples", "jondor-2026-ish-reja.txt");

export function tempDir(prefix = "reja-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], now = new Date(2026, 6, 10)): Promise<RunResult> {
  const io = bufferIo(now);
  const code = await main(argv, io);
  return { code, stdout: io.stdout.join("\n"), stderr: io.stderr.join("\n") };
}

export async function runJson<T>(argv: string[]): Promise<{ code: number; json: T; stderr: string }> {
  const r = await run(argv);
  return { code: r.code, json: JSON.parse(r.stdout) as T, stderr: r.stderr };
}

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export function seedText(): string {
  return readFileSync(SEED, "utf8");
}

/** Every non-blank cell of a sheet: address → [value, style] as JSON (blank unformatted cells left out). */
export function cellMap(ws: ExcelJS.Worksheet): Map<string, string> {
  const m = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const style = JSON.stringify(cell.style ?? {});
      if ((cell.value === null || cell.value === undefined) && style === "{}") return;
      m.set(cell.address, JSON.stringify([cell.value, style]));
    })
  );
  return m;
}

export function diffKeys(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

export const INJECTIONS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)"] as const;

/** The seed with the names of some items replaced (number cell as written, e.g. "1."). */
export function seedWithNames(names: Record<string, string>): string {
  return seedText()
    .split("\n")
    .map((line) => {
      const cells = line.split("\t");
      const name = names[cells[0].trim()];
      if (name === undefined) return line;
      cells[1] = name;
      return cells.join("\t");
    })
    .join("\n");
}

/** The seed with the formula-like texts as the names of items 1, 2, 3 and 5. */
export function injectionSeed(): string {
  return seedWithNames({
    "1.": INJECTIONS[0],
    "2.": INJECTIONS[1],
    "3.": INJECTIONS[2],
    "5.": INJECTIONS[3],
  });
}

/** Every cell of every sheet whose value is one of `texts`, with what ExcelJS read back. */
export function cellsHolding(
  wb: ExcelJS.Workbook,
  texts: readonly string[]
): { sheet: string; address: string; value: unknown; formula: unknown; type: number }[] {
  const out: { sheet: string; address: string; value: unknown; formula: unknown; type: number }[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        const text =
          typeof v === "string"
            ? v
            : v && typeof v === "object" && "formula" in v
              ? `=${String(v.formula)}`
              : null;
        if (text !== null && texts.some((t) => text === t || text === `=${t.replace(/^=/, "")}`)) {
          out.push({
            sheet: ws.name,
            address: cell.address,
            value: v,
            formula: cell.formula,
            type: cell.type,
          });
        }
      })
    );
  }
  return out;
}

/** Opens a structured plan workbook, lets `edit` enter facts and notes into its plan sheet, saves it to `out`. */
export async function withFacts(
  src: string,
  out: string,
  edit: (ws: ExcelJS.Worksheet, plan: import("../../src/core/model").Plan) => void
): Promise<void> {
  const { readPlanWorkbook } = await import("../../src/xlsx/plan-workbook");
  const wb = await readXlsx(src);
  const read = readPlanWorkbook(wb);
  if (!read.ok) throw new Error(`no plan in ${src}`);
  edit(read.sheet, read.plan);
  await wb.xlsx.writeFile(out);
}
