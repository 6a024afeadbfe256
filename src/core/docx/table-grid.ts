/**
 * A Word document's body → the grid the plan reader reads (docs/domain.md §2): the paragraphs above the plan table
 * as one-cell rows (the preamble: year, district, approvers), then the plan table's rows laid on its column grid
 * the way a Word table pasted into Excel lands: a horizontal merge (gridSpan) keeps its text in its first column
 * and leaves the others blank, a vertical merge's continuation (vMerge) is a blank cell. Paragraphs inside a cell
 * are joined with one space, a line break (w:br) inside a paragraph is a new line (what Word's text export gives).
 * Of several tables the plan table is the first whose header the reader recognises; a table above it (approval
 * blocks side by side) is read as preamble, a cell's paragraphs as its lines; tables below it are not read.
 *
 * Pure: it walks any DOM-like tree (the browser's DOMParser or @xmldom/xmldom give one), so the zip and XML
 * parsing stay in the adapters.
 */
import type { Grid, RawCell } from "../grid";
import { findHeader } from "../reader/header";

/** The part of the W3C DOM the walk uses (Element and Text nodes of document.xml). */
export interface XmlNode {
  readonly nodeType: number;
  readonly localName?: string | null;
  readonly nodeValue?: string | null;
  readonly childNodes: { readonly length: number; readonly [index: number]: XmlNode };
  getAttributeNS?(namespace: string | null, localName: string): string | null;
  getAttribute?(name: string): string | null;
}

export const WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Elements whose content is not the document's visible text (properties, deleted text, field codes, fallbacks). */
const SKIPPED = new Set([
  "pPr",
  "rPr",
  "tcPr",
  "trPr",
  "tblPr",
  "tblGrid",
  "sectPr",
  "delText",
  "instrText",
  "delInstrText",
  "del",
  "Fallback",
  "footnoteReference",
  "endnoteReference",
  "commentReference",
]);

function children(node: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  const list = node.childNodes;
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}

function elements(node: XmlNode, name?: string): XmlNode[] {
  return children(node).filter((c) => c.nodeType === ELEMENT && (name === undefined || c.localName === name));
}

function child(node: XmlNode, name: string): XmlNode | undefined {
  return elements(node, name)[0];
}

function wordAttr(node: XmlNode, name: string): string | null {
  const v = node.getAttributeNS?.(WORD_NS, name) ?? null;
  if (v !== null && v !== "") return v;
  const prefixed = node.getAttribute?.(`w:${name}`) ?? null;
  return prefixed !== null && prefixed !== "" ? prefixed : null;
}

/** The visible text of a run container (paragraph, hyperlink, field result, inserted text …). */
function inlineText(node: XmlNode): string {
  let s = "";
  for (const c of children(node)) {
    if (c.nodeType === TEXT || c.nodeType === CDATA) continue; // whitespace between elements
    if (c.nodeType !== ELEMENT) continue;
    const name = c.localName ?? "";
    if (SKIPPED.has(name)) continue;
    if (name === "t") s += textOf(c);
    else if (name === "br" || name === "cr") s += wordAttr(c, "type") === "page" ? "" : "\n";
    else if (name === "tab" || name === "ptab") s += " ";
    else if (name === "noBreakHyphen") s += "-";
    else if (name === "softHyphen") s += "";
    else if (name === "p") s += paragraphsText([c]);
    else if (name === "tbl") s += tableText(c);
    else s += inlineText(c);
  }
  return s;
}

function textOf(node: XmlNode): string {
  let s = "";
  for (const c of children(node)) {
    if (c.nodeType === TEXT || c.nodeType === CDATA) s += c.nodeValue ?? "";
    else if (c.nodeType === ELEMENT) s += textOf(c);
  }
  return s;
}

/** Paragraphs of a cell (or of content controls inside it) joined with one space; empty paragraphs dropped. */
function paragraphsText(nodes: XmlNode[], joiner = " "): string {
  const parts: string[] = [];
  const visit = (n: XmlNode): void => {
    for (const c of elements(n)) {
      const name = c.localName ?? "";
      if (name === "p") parts.push(inlineText(c));
      else if (name === "tbl") parts.push(tableText(c));
      else if (!SKIPPED.has(name)) visit(c);
    }
  };
  for (const n of nodes) {
    if (n.localName === "p") parts.push(inlineText(n));
    else visit(n);
  }
  return parts
    .map((p) => p.replace(/[ \t]+\n/g, "\n").trim())
    .filter((p) => p.length > 0)
    .join(joiner);
}

/** A table nested in a cell: its cells' texts in reading order. */
function tableText(tbl: XmlNode): string {
  return tableRows(tbl)
    .map((r) => r.filter((c) => typeof c === "string" && c !== "").join(" "))
    .filter((r) => r !== "")
    .join(" ");
}

function intAttr(node: XmlNode | undefined, name: string, fallback: number): number {
  if (!node) return fallback;
  const n = Number(wordAttr(node, "val") ?? wordAttr(node, name));
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * The rows of one table on its column grid (see the module comment for merges). `joiner` joins a cell's
 * paragraphs: one space in the plan table, a new line in a table above it (approval blocks side by side).
 */
export function tableRows(tbl: XmlNode, joiner = " "): RawCell[][] {
  const rows: RawCell[][] = [];
  for (const tr of rowsOf(tbl)) {
    const row: RawCell[] = [];
    const trPr = child(tr, "trPr");
    let col = trPr ? intAttr(child(trPr, "gridBefore"), "val", 0) : 0;
    for (let i = 0; i < col; i++) row.push("");
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, "tcPr");
      const span = intAttr(tcPr && child(tcPr, "gridSpan"), "val", 1);
      const vMerge = tcPr && child(tcPr, "vMerge");
      const continued = vMerge !== undefined && wordAttr(vMerge, "val") !== "restart";
      row.push(
        continued
          ? ""
          : paragraphsText(
              elements(tc).filter((e) => e.localName !== "tcPr"),
              joiner
            )
      );
      for (let i = 1; i < span; i++) row.push("");
      col += span;
    }
    rows.push(row);
  }
  return rows;
}

/** Table rows, also those wrapped in content controls (w:sdt) or custom XML. */
function rowsOf(tbl: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of elements(tbl)) {
    if (c.localName === "tr") out.push(c);
    else if (c.localName === "sdt" || c.localName === "customXml") out.push(...rowsOf(contentOf(c)));
  }
  return out;
}

function cellsOf(tr: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of elements(tr)) {
    if (c.localName === "tc") out.push(c);
    else if (c.localName === "sdt" || c.localName === "customXml") out.push(...cellsOf(contentOf(c)));
  }
  return out;
}

function contentOf(node: XmlNode): XmlNode {
  return child(node, "sdtContent") ?? node;
}

type Block = { kind: "paragraph"; text: string } | { kind: "table"; rows: RawCell[][]; node: XmlNode };

/** The body's paragraphs and tables in order (content controls opened). */
function blocks(body: XmlNode): Block[] {
  const out: Block[] = [];
  for (const c of elements(body)) {
    const name = c.localName ?? "";
    if (name === "p") out.push({ kind: "paragraph", text: inlineText(c).trim() });
    else if (name === "tbl") out.push({ kind: "table", rows: tableRows(c), node: c });
    else if (name === "sdt" || name === "customXml") out.push(...blocks(contentOf(c)));
  }
  return out;
}

function findBody(doc: XmlNode): XmlNode | undefined {
  const queue = [doc];
  while (queue.length > 0) {
    const n = queue.shift() as XmlNode;
    if (n.nodeType === ELEMENT && n.localName === "body") return n;
    queue.push(...elements(n));
  }
  return undefined;
}

export interface DocumentGrid {
  grid: Grid;
  /** how many tables the document has, and which one (zero-based) is the plan table (null: none) */
  tables: number;
  planTable: number | null;
}

/**
 * The grid of a parsed word/document.xml: preamble paragraphs (one per row) and the plan table's rows. Without a
 * recognisable plan table: every paragraph and table in order, so the reader says "no plan table" as for any grid.
 */
export function documentGrid(doc: XmlNode): DocumentGrid {
  const body = findBody(doc);
  const all = body ? blocks(body) : [];
  const tables = all.filter((b): b is Extract<Block, { kind: "table" }> => b.kind === "table");
  const planIndex = tables.findIndex((t) => findHeader(t.rows) !== null);
  const grid: RawCell[][] = [];
  if (planIndex < 0) {
    for (const b of all) {
      if (b.kind === "paragraph") grid.push([b.text]);
      else grid.push(...b.rows);
    }
    return { grid, tables: tables.length, planTable: null };
  }
  const plan = tables[planIndex];
  for (const b of all) {
    if (b === plan) break;
    if (b.kind === "paragraph" && b.text !== "") grid.push([b.text]);
    else if (b.kind === "table") grid.push(...tableRows(b.node, "\n"));
  }
  grid.push(...plan.rows);
  return { grid, tables: tables.length, planTable: planIndex };
}
