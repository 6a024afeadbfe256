/**
 * The plan document (core: planDocument) → .docx bytes with the `docx` package: a well-kept, widely used,
 * pure-JavaScript Word writer (no binaries), which also runs in the task pane (loaded on demand there).
 * A4 landscape, Times New Roman (has every Uzbek Latin and Cyrillic letter), the approval blocks in a borderless
 * two-column table above the title, the plan table with its header repeated on every page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from "docx";
import { type DocCell, type Plan, planDocument, type PlanDocument, type PlanSettings } from "../core";

const FONT = "Times New Roman";
/** half-points */
const BODY_SIZE = 22;
const TABLE_SIZE = 20;
/** twips: A4 */
const A4_LONG = 16838;
const A4_SHORT = 11906;
const MARGIN = 850;

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

function para(
  text: string,
  opts: { bold?: boolean; align?: "left" | "center" | "right"; size?: number } = {}
) {
  return new Paragraph({
    alignment:
      opts.align === "center"
        ? AlignmentType.CENTER
        : opts.align === "right"
          ? AlignmentType.RIGHT
          : AlignmentType.LEFT,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, bold: opts.bold, font: FONT, size: opts.size ?? BODY_SIZE })],
  });
}

function approvalBlocks(doc: PlanDocument, width: number): Table {
  const half = Math.floor(width / 2);
  const block = (lines: string[]) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: NO_BORDERS,
      children: lines.map((l, i) => para(l, { bold: i === 0, align: "center" })),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [block(doc.agreed), block(doc.approved)] })],
  });
}

function planCell(cell: DocCell, widths: number[], col: number): TableCell {
  const span = cell.span ?? 1;
  const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const lines = cell.lines.length > 0 ? cell.lines : [""];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    verticalMerge:
      cell.vMerge === "restart"
        ? VerticalMergeType.RESTART
        : cell.vMerge === "continue"
          ? VerticalMergeType.CONTINUE
          : undefined,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    children: lines.map((l) => para(l, { bold: cell.bold, align: cell.align, size: TABLE_SIZE })),
  });
}

function planRow(cells: DocCell[], widths: number[], header: boolean): TableRow {
  let col = 0;
  const children = cells.map((c) => {
    const cell = planCell(c, widths, col);
    col += c.span ?? 1;
    return cell;
  });
  return new TableRow({ children, tableHeader: header || undefined, cantSplit: false });
}

export function planDocx(doc: PlanDocument): Document {
  const width = doc.columnWidths.reduce((a, b) => a + b, 0);
  const table = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: doc.columnWidths,
    layout: TableLayoutType.FIXED,
    rows: [
      ...doc.header.map((r) => planRow(r, doc.columnWidths, true)),
      ...doc.rows.map((r) => planRow(r, doc.columnWidths, false)),
    ],
  });
  return new Document({
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          approvalBlocks(doc, width),
          para(""),
          ...doc.title.map((t) => para(t, { bold: true, align: "center", size: 28 })),
          para(""),
          table,
        ],
      },
    ],
  });
}

/**
 * The .docx file's bytes, Node and browser alike: Packer.toArrayBuffer (jszip's "arraybuffer" output), not
 * toBuffer, which needs Node's Buffer.
 */
export async function planDocxBytes(doc: PlanDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(planDocx(doc)));
}

/**
 * The plan's official Word document as .docx bytes: `reja docx`, and the pane's "Word hujjati", which loads
 * this module on demand (its own chunk, with the `docx` library and core's planDocument). Reja's own words are
 * in `settings.lang`, the workbook's language.
 */
export function planWordBytes(plan: Plan, settings: PlanSettings): Promise<Uint8Array> {
  return planDocxBytes(planDocument(plan, settings));
}
