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
