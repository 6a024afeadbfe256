/*
 * Which ExcelApi requirement set the add-in's source code needs. The manifest declares a minimum; code
 * that uses a newer API must test for it at run time (Office.context.requirements.isSetSupported), or
 * the add-in fails on the Excel versions the manifest still admits.
 */

export interface ExcelApiFeature {
  name: string;
  version: string;
  pattern: RegExp;
}

// The members Reja's adapter is expected to touch, with the ExcelApi set that introduced them.
export const EXCEL_API_FEATURES: ExcelApiFeature[] = [
  { name: "Workbook.settings", version: "1.4", pattern: /\bworkbook\.settings\b/ },
  { name: "getUsedRangeOrNullObject", version: "1.4", pattern: /\.getUsedRangeOrNullObject\(/ },
  { name: "Range.conditionalFormats", version: "1.6", pattern: /\.conditionalFormats\b/ },
  { name: "getRangeByIndexes", version: "1.7", pattern: /\.getRangeByIndexes\(/ },
  { name: "Worksheet.onChanged", version: "1.7", pattern: /\.onChanged\b/ },
  { name: "Worksheet.freezePanes", version: "1.7", pattern: /\.freezePanes\b/ },
  { name: "Range.dataValidation", version: "1.8", pattern: /\.dataValidation\b/ },
  { name: "Worksheet.pageLayout", version: "1.9", pattern: /\.pageLayout\b/ },
  { name: "Worksheet.getRanges (RangeAreas)", version: "1.9", pattern: /\.getRanges(OrNullObject)?\(/ },
  { name: "Worksheet.autoFilter", version: "1.9", pattern: /\.autoFilter\b/ },
  { name: "Range.getCellProperties", version: "1.9", pattern: /\.(get|set)CellProperties\(/ },
  { name: "Range.getSpecialCells", version: "1.9", pattern: /\.getSpecialCells(OrNullObject)?\(/ },
];

/** Compares "1.10" > "1.9" numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** ExcelApi versions the source checks for with isSetSupported("ExcelApi", "x.y"). */
export function guardedVersions(source: string): string[] {
  return [...source.matchAll(/isSetSupported\(\s*["']ExcelApi["']\s*,\s*["'](\d+\.\d+)["']/g)].map(
    (m) => m[1]
  );
}

export interface UnguardedUse {
  file: string;
  feature: string;
  version: string;
}

/**
 * Uses of APIs newer than `declared` when no file tests for a set at least that new (the test may sit in
 * a capabilities module apart from the use). `files` maps a path to its source text.
 */
export function unguardedExcelApiUses(files: Record<string, string>, declared: string): UnguardedUse[] {
  const out: UnguardedUse[] = [];
  const guards = Object.values(files).flatMap(guardedVersions);
  for (const [file, source] of Object.entries(files)) {
    for (const feature of EXCEL_API_FEATURES) {
      if (compareVersions(feature.version, declared) <= 0 || !feature.pattern.test(source)) continue;
      if (!guards.some((g) => compareVersions(g, feature.version) >= 0)) {
        out.push({ file, feature: feature.name, version: feature.version });
      }
    }
  }
  return out;
}
