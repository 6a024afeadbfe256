/**
 * The self-test ("Tizimni tekshirish"): probes, on temporary sheets, the host behaviours the stand-in could only
 * assume (docs/excel-standin-assumptions.md §14). Each probe is a plain function of a request context; the
 * pane runs them in the person's Excel, the tests run them on the stand-in. Unlike commands, a probe syncs as
 * often as it needs: it is a diagnostic, run by hand, on a throw-away sheet.
 */
import type { ExcelRun } from "./commands/settings";
import { guardText } from "./write-sheet";

export type ProbeStatus = "passed" | "failed" | "skipped";

export interface ProbeResult {
  id: string;
  status: ProbeStatus;
  /** what was seen, in plain ASCII-ish words (copied to the administrator as is) */
  detail: string;
}

export const TEMP_SHEET = "Reja sinov";
export const TEMP_MASK = "Reja sinov 2";

interface ProbeEnv {
  context: Excel.RequestContext;
  sheet: Excel.Worksheet;
  mask: Excel.Worksheet;
}

type Probe = (env: ProbeEnv) => Promise<Omit<ProbeResult, "id">>;

const code = (e: unknown): string => (e as { code?: string })?.code ?? String(e);

async function readBack(
  { context, sheet }: ProbeEnv,
  address: string
): Promise<{ values: unknown[][]; types: string[][] }> {
  const r = sheet.getRange(address);
  r.load("values,valueTypes");
  await context.sync();
  return { values: r.values, types: r.valueTypes as string[][] };
}

async function takesAreas({ context, sheet }: ProbeEnv, separator: string): Promise<boolean> {
  try {
    const areas = sheet.getRanges(`D1:D2${separator}F1:F2`);
    areas.load("areaCount");
    await context.sync();
    return areas.areaCount === 2;
  } catch {
    return false; // refused under this locale
  }
}

const TEXTS = ["- tadbirlar", "=1+1", "+7", "@x"];

export const PROBES: Record<string, Probe> = {
  /** "@" format set in an earlier sync keeps = + - @ strings as text (not documented) */
  textFormat: async (env: ProbeEnv) => {
    const { context, sheet } = env;
    const r = sheet.getRange("A1:A4");
    r.numberFormat = TEXTS.map(() => ["@"]);
    await context.sync();
    r.values = TEXTS.map((t) => [t]);
    await context.sync();
    const back = await readBack(env, "A1:A4");
    const ok =
      back.values.every((row, i) => row[0] === TEXTS[i]) && back.types.every((t) => t[0] === "String");
    return { status: ok ? "passed" : "failed", detail: JSON.stringify(back.values.map((row) => row[0])) };
  },
  /** a leading apostrophe keeps the text, and does not come back on read (VBA-documented, not for Office.js) */
  apostrophe: async (env: ProbeEnv) => {
    const { context, sheet } = env;
    sheet.getRange("B1:B4").values = TEXTS.map((t) => [guardText(t)]);
    await context.sync();
    const back = await readBack(env, "B1:B4");
    const ok = back.values.every((row, i) => row[0] === TEXTS[i]);
    return { status: ok ? "passed" : "failed", detail: JSON.stringify(back.values.map((row) => row[0])) };
  },
  /** both guards at once: "@" and an apostrophe — the apostrophe must not show */
  bothGuards: async (env: ProbeEnv) => {
    const { context, sheet } = env;
    const r = sheet.getRange("C1:C4");
    r.numberFormat = TEXTS.map(() => ["@"]);
    await context.sync();
    r.values = TEXTS.map((t) => [guardText(t)]);
    await context.sync();
    const back = await readBack(env, "C1:C4");
    const ok = back.values.every((row, i) => row[0] === TEXTS[i]);
    return { status: ok ? "passed" : "failed", detail: JSON.stringify(back.values.map((row) => row[0])) };
  },
  /** which list separator getRanges takes here; Reja passes when single-area ranges work (what it uses) */
  listSeparator: async (env: ProbeEnv) => {
    const { context, sheet } = env;
    // each separator in a sync of its own: a refused address fails its whole batch
    const accepted = [
      (await takesAreas(env, ",")) ? "," : "",
      (await takesAreas(env, ";")) ? ";" : "",
    ].filter((x) => x !== "");
    const single = sheet.getRange("D1:D2");
    single.format.font.bold = true;
    await context.sync();
    return {
      status: "passed",
      detail: `getRanges accepts: ${accepted.map((s) => `"${s}"`).join(" ") || "none"}`,
    };
  },
  /**
   * Range.setCellProperties (how Reja sends the statuses' fills, style-plan.ts) sets each cell's fill and leaves
   * a cell given {} as it was (documented; probed because Reja's colours depend on it)
   */
  cellProperties: async (env: ProbeEnv) => {
    const { context, sheet } = env;
    const r = sheet.getRange("K1:L1");
    r.format.fill.color = "#E7E6E6";
    r.setCellProperties([[{ format: { fill: { color: "#C6EFCE" } } }, {}]]);
    await context.sync();
    const [k, l] = ["K1", "L1"].map((a) => sheet.getRange(a).format.fill.load("color"));
    await context.sync();
    const ok = k.color.toUpperCase() === "#C6EFCE" && l.color.toUpperCase() === "#E7E6E6";
    return { status: ok ? "passed" : "failed", detail: JSON.stringify([k.color, l.color]) };
  },
  /** a custom conditional format referring to another (very hidden) sheet is kept as written */
  otherSheetRule: async (env: ProbeEnv) => {
    const { context, sheet, mask } = env;
    mask.getRange("A1").values = [[1]];
    const cf = sheet.getRange("G1:G2").conditionalFormats.add("Custom");
    const formula = `='${TEMP_MASK}'!A1=1`;
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = "#FF9999";
    await context.sync();
    const rules = sheet.getRange("G1:G2").conditionalFormats;
    rules.load("items/customOrNullObject/rule/formula");
    await context.sync();
    const back = rules.items.map((r) => r.customOrNullObject.rule.formula);
    const ok = back.some((f) => f.replace(/\$/g, "").toLowerCase() === formula.toLowerCase());
    return { status: ok ? "passed" : "failed", detail: JSON.stringify(back) };
  },
  /** values written to a merged area land in its top-left cell */
  mergedWrite: async (env: ProbeEnv) => {
    const { context, sheet } = env;
    sheet.getRange("H1:I1").merge(false);
    await context.sync();
    sheet.getRange("H1").values = [["Reja"]];
    await context.sync();
    const back = await readBack(env, "H1");
    return {
      status: back.values[0][0] === "Reja" ? "passed" : "failed",
      detail: JSON.stringify(back.values),
    };
  },
  /** page setup as Reja sets it reads back */
  printSettings: async (env: ProbeEnv) => {
    const { context, sheet } = env;
    const layout = sheet.pageLayout;
    layout.orientation = "Landscape";
    layout.setPrintTitleRows("$1:$2");
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    await context.sync();
    layout.load("orientation");
    await context.sync();
    return {
      status: layout.orientation === "Landscape" ? "passed" : "failed",
      detail: String(layout.orientation),
    };
  },
  /** the add-in's own write fires onChanged; what triggerSource/source say (ExcelApi 1.14 / 1.7) */
  ownWriteEvents: async (env: ProbeEnv) => {
    const { context, sheet } = env;
    const seen: { source?: string; triggerSource?: string }[] = [];
    const handler = sheet.onChanged.add((e) => {
      seen.push({ source: e.source, triggerSource: (e as { triggerSource?: string }).triggerSource });
      return Promise.resolve();
    });
    await context.sync();
    sheet.getRange("J1").values = [[5]];
    await context.sync();
    await new Promise((r) => setTimeout(r, 300));
    handler.remove();
    await context.sync();
    const detail = seen.length ? JSON.stringify(seen[0]) : "no event";
    return { status: seen.length > 0 ? "passed" : "failed", detail };
  },
  /** a sheet can be made VeryHidden, and then not deleted as it is */
  veryHidden: async (env: ProbeEnv) => {
    const { context, mask } = env;
    mask.visibility = "VeryHidden";
    mask.load("visibility");
    await context.sync();
    return {
      status: mask.visibility === "VeryHidden" ? "passed" : "failed",
      detail: String(mask.visibility),
    };
  },
  /** undo cannot be pressed by an add-in: report what the host says it supports; the rest is manual */
  undo: async () => {
    const office = (
      globalThis as {
        Office?: { context?: { requirements?: { isSetSupported(n: string, v?: string): boolean } } };
      }
    ).Office;
    const req = office?.context?.requirements;
    if (!req) return { status: "skipped", detail: "no Office host: see docs/real-excel-checklist.md" };
    return {
      status: "skipped",
      detail: `ExcelUndoApiAll 1.0: ${req.isSetSupported("ExcelUndoApiAll", "1.0")}; ExcelApi 1.14: ${req.isSetSupported("ExcelApi", "1.14")}; Ctrl+Z: by hand (checklist)`,
    };
  },
};

export const PROBE_IDS = Object.keys(PROBES);

/**
 * Adds the two temporary sheets, runs every probe (a failing probe is recorded, not thrown), and deletes the
 * sheets (the very hidden one is made visible first, as Excel requires).
 */
export async function runSelfTest(run: ExcelRun): Promise<ProbeResult[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    for (const name of [TEMP_SHEET, TEMP_MASK]) sheets.getItemOrNullObject(name).load("name");
    await context.sync();
    const leftovers = [TEMP_SHEET, TEMP_MASK].map((n) => sheets.getItemOrNullObject(n));
    for (const s of leftovers) s.load("name");
    await context.sync();
    for (const s of leftovers)
      if (!s.isNullObject) {
        s.visibility = "Visible";
        s.delete();
      }
    const sheet = sheets.add(TEMP_SHEET);
    const mask = sheets.add(TEMP_MASK);
    await context.sync();
    const results: ProbeResult[] = [];
    for (const id of PROBE_IDS) {
      try {
        results.push({ id, ...(await PROBES[id]({ context, sheet, mask })) });
      } catch (e) {
        results.push({ id, status: "failed", detail: `error ${code(e)}` });
      }
    }
    mask.visibility = "Visible";
    mask.delete();
    sheet.delete();
    await context.sync();
    return results;
  });
}

/** The table as plain text, for the "copy" button. */
export function selfTestText(results: readonly ProbeResult[], header = "Reja self-test"): string {
  const lines = results.map((r) => `${r.id}\t${r.status}\t${r.detail}`);
  return [header, ...lines].join("\n");
}
