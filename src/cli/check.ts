/** `reja check FILE [--json] [--lang L] [--quarter N]`: the findings of docs/domain.md §6; "errors_found" when any is an error. */
import { checkPlan, DEFAULT_LANG, type Finding, type Lang, langFromCode, LANGS } from "../core";
import { parseQuarter } from "./args";
import type { CHECK_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { UsageError } from "./errors";
import { plural, table, toJson } from "./format";
import { loadPlan } from "./input";

type Options = typeof CHECK_OPTIONS;

export interface Diagnostic {
  severity: Finding["severity"];
  code: string;
  item: string | null;
  cell: string;
  message: string;
}

export async function check({ args, options, io }: CommandContext<Options>): Promise<"ok" | "errors_found"> {
  const lang = parseLang(options.lang);
  const quarterOption = options.quarter === undefined ? undefined : parseQuarter(options.quarter, "check");
  const loaded = await loadPlan(args[0], options.sheet);
  const stored = loaded.kind === "xlsx" ? loaded.storedSettings : {};
  const findings = checkPlan(loaded.plan, {
    lang,
    reportQuarter: quarterOption ?? stored.quarter,
    tolerance: loaded.settings.tolerance,
    vocabulary: loaded.vocabulary,
  });
  const diagnostics: Diagnostic[] = findings.map((f) => ({
    severity: f.severity,
    code: f.code,
    item: f.item,
    cell: f.cell,
    message: f.message,
  }));
  if (options.json) io.out(toJson({ diagnostics }));
  else io.out(readable(diagnostics, args[0]));
  return diagnostics.some((d) => d.severity === "error") ? "errors_found" : "ok";
}

function parseLang(value: string | undefined): Lang {
  if (value === undefined) return DEFAULT_LANG;
  const lang = langFromCode(value);
  if (!lang) throw new UsageError(`check: --lang must be one of ${LANGS.join(", ")} (got ${value})`);
  return lang;
}

function readable(diagnostics: Diagnostic[], file: string): string {
  const count = (s: Diagnostic["severity"]) => diagnostics.filter((d) => d.severity === s).length;
  const summary = `${file}: ${plural(count("error"), "error", "errors")}, ${plural(count("warning"), "warning", "warnings")}, ${count("info")} info`;
  if (diagnostics.length === 0) return summary;
  const rows = diagnostics.map((d) => [d.severity, d.code, d.item ?? "", d.cell, d.message]);
  return `${table(["severity", "code", "item", "cell", "message"], rows)}\n\n${summary}`;
}
