/** STYLES (engine style names) → ExcelJS cell styles. A fresh object per call: ExcelJS cells may share style objects. */
import type ExcelJS from "exceljs";
import { type CellStyle, type StyleName, STYLES } from "../core";

function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}

const THIN: Partial<ExcelJS.Border> = {
  style: "thin",
  color: { argb: "FF808080" },
};

/**
 * A cell's font is written whole: name and size too, not only what differs from the default. ExcelJS writes the
 * font as given, and a <font> with only <b/> names no typeface: LibreOffice then prints the cell in its default
 * serif (wider than Calibri, so bold Cyrillic headers broke inside words).
 */
const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };

export function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size !== undefined) font.size = style.size;
  if (style.color) font.color = { argb: argb(style.color) };
  if (Object.keys(font).length > 0) out.font = { ...DEFAULT_FONT, ...font };
  if (style.fill)
    out.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: argb(style.fill) },
    };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.wrap) alignment.wrapText = true;
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign === "center" ? "middle" : style.vAlign;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.border)
    out.border = {
      top: { ...THIN },
      left: { ...THIN },
      bottom: { ...THIN },
      right: { ...THIN },
    };
  if (style.numFmt) out.numFmt = style.numFmt;
  return out;
}

export function namedStyle(name: StyleName): Partial<ExcelJS.Style> {
  return excelStyle(STYLES[name]);
}
