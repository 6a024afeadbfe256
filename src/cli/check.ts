/** `reja check FILE [--json] [--lang L] [--quarter N]`: the findings of docs/domain.md §6; "errors_found" when any is an error. */
import { checkPlan, type Finding, planTracked } from "../core";
import { parseQuarter } from "./args";
import type { CHECK_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { bySeverity, paintSeverity, table, toJson } from "./format";
import { loadPlan } from "./input";
import type { CliCatalogue } from "./messages";

type Options = typeof CHECK_OPTIONS;

export interface Diagnostic {
  severity: Finding["severity"];
  code: string;
  item: string | null;
  cell: string;
  message: string;
}

export async function check({
  args,
  options,
  io,
  lang,
  m,
}: CommandContext<Options>): Promise<"ok" | "errors_found"> {
  const quarterOption = options.quarter === undefined ? undefined : parseQuarter(options.quarter);
  const loaded = await loadPlan(
    args[0],
    options.sheet,
    (mb) => io.progress(m.readingLarge(args[0], mb)),
    (t) => io.err(t(m)),
    true
  );
  io.progress("");
  const stored = loaded.kind === "xlsx" ? loaded.storedSettings : {};
  // as in the pane: a plan without any fact yet is not told about missing facts for the workbook's quarter
  // (88 warnings right after import would bury the real errors); an explicit --quarter still asks for them
  const waiting = quarterOption === undefined && stored.quarter !== undefined && !planTracked(loaded.plan);
  const findings = checkPlan(loaded.plan, {
    lang,
    // the columns named as the workbook writes them
    sheetLang: loaded.settings.lang,
    reportQuarter: quarterOption ?? stored.quarter,
    tolerance: loaded.settings.tolerance,
    vocabulary: loaded.vocabulary,
    quietUntilTracked: quarterOption === undefined,
  });
  const diagnostics: Diagnostic[] = bySeverity(
    findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      item: f.item,
      cell: f.cell,
      message: f.message,
    }))
  );
  if (options.json) io.out(toJson({ diagnostics }));
  else {
    io.out(readable(diagnostics, args[0], m, io.color));
    if (waiting) io.out(m.checkUntracked(String(stored.quarter)));
  }
  return diagnostics.some((d) => d.severity === "error") ? "errors_found" : "ok";
}

function readable(diagnostics: Diagnostic[], file: string, m: CliCatalogue, color: boolean): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  const summary = m.checkSummary(file, counts.error, counts.warning, counts.info);
  if (diagnostics.length === 0) return summary;
  const rows = diagnostics.map((d) => [m.severity[d.severity], d.code, d.item ?? "", d.cell, d.message]);
  const paint = color
    ? (row: number, col: number, text: string) =>
        col === 0 ? paintSeverity(diagnostics[row].severity, text) : text
    : undefined;
  return `${table([...m.checkHeader], rows, paint)}\n\n${summary}`;
}
