/**
 * The plan as an official Word document, described without any Word library (the adapter src/docx-file/write.ts
 * turns it into a .docx): the KELISHILDI block on the left and TASDIQLAYMAN on the right, the title, and the
 * table with its two-row header (Miqdori over last year's fact and this year's plan, the other header cells merged
 * down), section rows across the table, and an item of several indicators on several rows with its №, name,
 * deadline (and unit when shared) merged down over them, as in the plans the centres write.
 * What was inherited (a sub-item's unit, deadline, responsible) stays blank so it reads back as inherited.
 * Reja's own words are in the workbook's language (see planDocument).
 */
import { PLAN_SHEET_TEXTS, type PlanSheetTexts } from "../messages/plan-sheet-texts";
import type { Item, Plan, PlanSettings } from "../model";

const BLANK = "_____";

export interface DocCell {
  /** lines of the cell, one paragraph each */
  lines: string[];
  /** grid columns the cell spans (default 1) */
  span?: number;
  /** a vertical merge: "restart" starts it, "continue" cells are covered by the cell above */
  vMerge?: "restart" | "continue";
  bold?: boolean;
  align?: "left" | "center";
}

export interface PlanDocument {
  /** the two approval blocks, each a list of lines */
  agreed: string[];
  approved: string[];
  title: string[];
  /** relative widths of the table's columns (twentieths of a point on A4 landscape) */
  columnWidths: number[];
  header: DocCell[][];
  rows: DocCell[][];
}

/** Column widths of the plan table (twips): № | Nomi | O'lchov birligi | fakt | reja | mexanizm | muddat | mas'ullar */
export const PLAN_COLUMN_WIDTHS = [620, 3000, 1500, 900, 900, 3300, 1700, 2650];

/**
 * The document's own words (marks, default positions, the centre's line, title, date line, the table's header)
 * are in the workbook's language, `settings.lang` (messages/plan-sheet-texts: the words of the plan sheet, which
 * the reader accepts back); the plan's own texts (positions, names, items, units, responsible) stay as written.
 */
export function planDocument(plan: Plan, settings: PlanSettings): PlanDocument {
  const words = PLAN_SHEET_TEXTS[settings.lang ?? "uz"];
  const year = settings.year ?? plan.year;
  const kind = settings.districtKind || plan.districtKind || "tuman";
  const district = settings.district || plan.district || BLANK;
  // As on the plan sheet: the original leaves the district blank before a position that starts with the kind
  // of centre ("_____ tuman axborot-kutubxona markazi direktori"); the reader drops the blank again.
  let approvedPosition = plan.approvedBy?.position || words.approvedPosition(district, kind);
  if (/^(tuman|shahar)\b/i.test(approvedPosition)) approvedPosition = `${BLANK} ${approvedPosition}`;
  return {
    agreed: [
      words.agreed,
      plan.agreedBy?.position || words.agreedPosition(settings.region),
      `${BLANK} ${plan.agreedBy?.name || settings.approver || BLANK}`,
    ].filter((l) => l !== ""),
    approved: [
      words.approved,
      approvedPosition,
      `${BLANK} ${plan.approvedBy?.name || settings.director || BLANK}`,
      words.dateLine(year),
    ],
    title: [words.centre(district, kind), words.title(year)],
    columnWidths: PLAN_COLUMN_WIDTHS,
    header: header(words, year),
    rows: bodyRows(plan),
  };
}

function header(words: PlanSheetTexts, year: number | null): DocCell[][] {
  const h = (text: string, extra: Partial<DocCell> = {}): DocCell => ({
    lines: [text],
    bold: true,
    align: "center",
    ...extra,
  });
  const down = (text: string): DocCell => h(text, { vMerge: "restart" });
  const covered: DocCell = { lines: [], vMerge: "continue" };
  return [
    [
      down(words.number),
      down(words.name),
      down(words.unit),
      h(words.quantity, { span: 2 }),
      down(words.mechanism),
      down(words.deadline),
      down(words.responsible),
    ],
    [covered, covered, covered, h(words.previousFact(year)), h(words.plan(year)), covered, covered, covered],
  ];
}

function bodyRows(plan: Plan): DocCell[][] {
  const rows: DocCell[][] = [];
  const sections = [...plan.sections].sort((a, b) => a.row - b.row);
  let s = 0;
  const sectionRow = (i: number): DocCell[] => {
    const sec = sections[i];
    return [
      {
        lines: [`${sec.number}. ${sec.title}`],
        span: PLAN_COLUMN_WIDTHS.length,
        bold: true,
        align: "center",
      },
    ];
  };
  for (const item of plan.items) {
    while (s < sections.length && sections[s].row < item.row) rows.push(sectionRow(s++));
    rows.push(...itemRows(item));
  }
  while (s < sections.length) rows.push(sectionRow(s++));
  return rows;
}

/** Paragraphs of a cell's text: its own line breaks kept. */
function lines(text: string): string[] {
  return text === "" ? [] : text.split("\n");
}

function itemRows(item: Item): DocCell[][] {
  const inds = item.indicators;
  const many = inds.length > 1;
  const sharedUnit = inds.slice(1).every((ind) => ind.unitInherited || ind.unitText === "");
  const merged = (text: string, k: number): DocCell =>
    !many
      ? { lines: lines(text) }
      : k === 0
        ? { lines: lines(text), vMerge: "restart" }
        : { lines: [], vMerge: "continue" };
  const firstUnit = inds[0] && !inds[0].unitInherited ? inds[0].unitText : "";
  const responsible = (k: number): string[] => {
    if (k === 0) return item.responsibleInherited ? [] : lines(item.responsibleText);
    return inds[k].responsible;
  };
  return (inds.length > 0 ? inds : [null]).map((ind, k) => [
    merged(item.numberText || item.number, k),
    merged(item.name, k),
    sharedUnit ? merged(firstUnit, k) : { lines: lines(k === 0 ? firstUnit : (ind?.unitText ?? "")) },
    { lines: lines(ind?.previousFact.text ?? ""), align: "center" },
    { lines: lines(ind?.plan.text ?? ""), align: "center" },
    { lines: lines(k === 0 ? item.mechanism : (ind?.mechanism ?? "")) },
    merged(item.deadlineInherited ? "" : item.deadlineText, k),
    { lines: responsible(k) },
  ]);
}
