/**
 * Workbook settings kept in a sheet ("Reja sozlamalari"): the command line (ExcelJS) and the add-in (Office.js)
 * read the same cells, and every co-author sees the same values. Rows: key | value | description.
 */
import { cellAt, cellText, type Grid, type RawCell } from "../grid";
import type { Lang, Plan, PlanSettings, Quarter } from "../model";
import { PLAN_SHEET_TEXTS } from "../messages/plan-sheet-texts";
import { matchKey } from "../text";
import { SHEET_NAMES } from "./names";
import type { CellSpec, CellWrite, SheetSpec } from "./sheet";

export type SettingKey = keyof PlanSettings;

export const SETTING_KEYS: readonly SettingKey[] = [
  "year",
  "district",
  "districtKind",
  "region",
  "director",
  "approver",
  "tolerance",
  "quarter",
  "lang",
];

/** Accepted spellings of each key (compared by matchKey): the machine key and Uzbek labels. */
const KEY_ALIASES: Record<SettingKey, string[]> = {
  year: ["year", "yil", "reja yili"],
  district: ["district", "tuman", "shahar", "tuman (shahar)", "tuman nomi", "tuman (shahar) nomi"],
  districtKind: ["districtKind", "district kind", "turi", "tuman turi", "hudud turi", "tuman yoki shahar"],
  region: ["region", "viloyat", "viloyat akm", "viloyat markazi", "viloyat axborot-kutubxona markazi"],
  director: ["director", "direktor", "tuman akm direktori", "imzo"],
  approver: ["approver", "kelishuvchi", "kelishildi", "viloyat direktori", "viloyat akm direktori"],
  tolerance: ["tolerance", "chegara", "ruxsat", "chetlanish", "ruxsat etilgan chetlanish", "tolerantlik"],
  quarter: ["quarter", "chorak", "hisobot choragi", "hisobot davri"],
  lang: ["lang", "language", "til", "ish kitobi tili", "kitob tili"],
};

const KEY_BY_ALIAS = new Map<string, SettingKey>();
for (const key of SETTING_KEYS) for (const alias of KEY_ALIASES[key]) KEY_BY_ALIAS.set(matchKey(alias), key);

/** The setting a key cell names, or null. */
export function settingKeyOf(text: string): SettingKey | null {
  return KEY_BY_ALIAS.get(matchKey(text)) ?? null;
}

/** The regional centre named in the "KELISHILDI" position line, e.g. "… Buxoro viloyati axborot-kutubxona markazi". */
export function regionFromPosition(position: string): string {
  const text = position.replace(/\s+/g, " ").trim();
  const centre = /^(.*?\bviloyati\b.*?axborot-kutubxona markazi)\b/i.exec(text);
  if (centre) return centre[1].trim();
  const region = /([A-Za-z'’‘ʻʼ`]+(?:\s+[A-Za-z'’‘ʻʼ`]+)?)\s+viloyati\b/i.exec(text);
  if (region) return `${region[1].split(/\s+/).pop()} viloyati axborot-kutubxona markazi`;
  return "";
}

/** "_____ R. Halimov" → "R. Halimov". */
function personName(name: string | undefined): string {
  return (name ?? "")
    .replace(/^[\s_.\-–—]+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function defaultSettings(plan: Plan | null): PlanSettings {
  return {
    year: plan?.year ?? null,
    district: plan?.district ?? "",
    districtKind: plan?.districtKind ?? "tuman",
    region: plan?.agreedBy ? regionFromPosition(plan.agreedBy.position) : "",
    director: personName(plan?.approvedBy?.name),
    approver: personName(plan?.agreedBy?.name),
    tolerance: 0.1,
    quarter: 1,
    lang: "uz",
  };
}

function valueCell(key: SettingKey, settings: Partial<PlanSettings>): CellSpec {
  const v = settings[key];
  if (key === "tolerance") return { v: typeof v === "number" ? v : null, style: "percentSetting" };
  if (key === "year" || key === "quarter")
    return { v: typeof v === "number" ? v : null, style: "settingValue" };
  return { v: v === undefined || v === null ? "" : String(v), style: "settingValue" };
}

/** The settings sheet in the workbook's language (its header row and descriptions; the keys stay as they are). */
export function settingsSheet(settings: PlanSettings): SheetSpec {
  const words = PLAN_SHEET_TEXTS[settings.lang ?? "uz"];
  const rows: (CellSpec | null)[][] = [
    words.settingsHeaders.map((h) => ({ v: h, style: "header" as const })),
  ];
  for (const key of SETTING_KEYS) {
    rows.push([
      { v: key, style: "text" },
      valueCell(key, settings),
      { v: words.settingDescriptions[key], style: "text" },
    ]);
  }
  return {
    name: SHEET_NAMES.settings,
    rows,
    columns: [{ width: 16 }, { width: 48 }, { width: 70 }],
    merges: [],
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "landscape", paper: "A4", titleRows: { from: 0, to: 0 }, fitToWidth: true },
    validations: [],
  };
}

// ---- reading (tolerant) ----

function parseNumberText(s: string): number | null {
  const t = s.replace(/[\s\u00A0\u202F]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export function parseYear(v: RawCell): number | null {
  const n = typeof v === "number" ? v : parseNumberText(String(v ?? "").replace(/-?\s*yil.*$/i, ""));
  return n !== null && Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : null;
}

export function parseTolerance(v: RawCell): number | null {
  let n: number | null;
  if (typeof v === "number") n = v > 1 ? v / 100 : v;
  else {
    const s = String(v ?? "").trim();
    const percent = s.endsWith("%");
    n = parseNumberText(percent ? s.slice(0, -1) : s);
    if (n !== null && (percent || n > 1)) n = n / 100;
  }
  return n !== null && Number.isFinite(n) && n >= 0 && n < 1 ? Math.round(n * 1e6) / 1e6 : null;
}

const ROMAN_QUARTERS: Record<string, Quarter> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function parseQuarter(v: RawCell): Quarter | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1 && v <= 4 ? (v as Quarter) : null;
  const s = matchKey(String(v ?? ""));
  const roman = /^(iv|iii|ii|i)(\b|-)/.exec(s);
  if (roman) return ROMAN_QUARTERS[roman[1]];
  const digit = /^([1-4])(\b|-|$)/.exec(s);
  return digit ? (Number(digit[1]) as Quarter) : null;
}

function parseDistrictKind(v: RawCell): "tuman" | "shahar" | null {
  const s = matchKey(String(v ?? ""));
  if (s.startsWith("tuman")) return "tuman";
  if (s.startsWith("shahar")) return "shahar";
  return null;
}

const LANGS: readonly Lang[] = ["uz", "uz-Cyrl", "ru", "en"];

function parseLang(v: RawCell): Lang | null {
  const s = String(v ?? "")
    .trim()
    .toLowerCase();
  return LANGS.find((l) => l.toLowerCase() === s) ?? null;
}

/** Settings found in a settings sheet's values; keys that are missing or unreadable are left out. */
export function readSettings(grid: Grid): Partial<PlanSettings> {
  const out: Partial<PlanSettings> = {};
  for (let r = 0; r < grid.length; r++) {
    const key = settingKeyOf(cellText(grid, r, 0));
    if (!key) continue;
    const raw = cellAt(grid, r, 1);
    const text = cellText(grid, r, 1);
    switch (key) {
      case "year": {
        const y = parseYear(raw);
        if (y !== null) out.year = y;
        break;
      }
      case "tolerance": {
        const t = parseTolerance(raw);
        if (t !== null) out.tolerance = t;
        break;
      }
      case "quarter": {
        const q = parseQuarter(raw);
        if (q !== null) out.quarter = q;
        break;
      }
      case "districtKind": {
        const k = parseDistrictKind(raw);
        if (k) out.districtKind = k;
        break;
      }
      case "lang": {
        const l = parseLang(raw);
        if (l) out.lang = l;
        break;
      }
      default:
        if (text !== "") out[key] = text;
    }
  }
  return out;
}

/**
 * Writes that put `settings` into an existing settings sheet: the value cell of each key's row, only where the
 * value changes; keys with no row get a new row (key, value, description) below the last used row.
 */
export function settingsCellWrites(settings: Partial<PlanSettings>, grid: Grid): CellWrite[] {
  const rowOf = new Map<SettingKey, number>();
  let lastUsed = -1;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (row.some((c) => c !== null && c !== undefined && String(c).trim() !== "")) lastUsed = r;
    const key = settingKeyOf(cellText(grid, r, 0));
    if (key && !rowOf.has(key)) rowOf.set(key, r);
  }
  const current = readSettings(grid);
  const words = PLAN_SHEET_TEXTS[settings.lang ?? current.lang ?? "uz"];
  const writes: CellWrite[] = [];
  if (lastUsed < 0)
    words.settingsHeaders.forEach((v, col) => writes.push({ row: 0, col, v, style: "header" }));
  let next = Math.max(lastUsed + 1, 1);
  for (const key of SETTING_KEYS) {
    if (!(key in settings) || settings[key] === undefined) continue;
    const cell = valueCell(key, settings);
    const row = rowOf.get(key);
    if (row === undefined) {
      writes.push({ row: next, col: 0, v: key, style: "text" });
      writes.push({ row: next, col: 1, ...cell });
      writes.push({ row: next, col: 2, v: words.settingDescriptions[key], style: "text" });
      next++;
    } else if (current[key] !== settings[key]) {
      writes.push({ row, col: 1, ...cell });
    }
  }
  return writes;
}
