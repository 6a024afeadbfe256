/**
 * A .docx file → the grid of its plan table (the table walk itself is pure, in core: documentGrid).
 *
 * Libraries: jszip opens the zip and the XML parser is injected (@xmldom/xmldom in Node, the browser's own
 * DOMParser in the pane). Both are well kept and were already in the tree (jszip comes with exceljs; xmldom with
 * the test tooling), so reading Word documents downloads nothing new. No node module here: the pane uses it too.
 */
import JSZip from "jszip";
import { documentGrid, type DocumentGrid, type XmlNode } from "../core";

export type ParseXml = (xml: string) => XmlNode;

/** Why a file could not be read as a Word document. */
export class UnreadableDocxError extends Error {
  constructor(readonly reason: "not_a_zip" | "no_document" | "bad_xml") {
    super(`not a readable .docx (${reason})`);
    this.name = "UnreadableDocxError";
  }
}

const MAIN_PART = "word/document.xml";
const CONTENT_TYPES = "[Content_Types].xml";
const MAIN_TYPE =
  /PartName="\/([^"]+)"\s+ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml"/;

export async function readDocxGrid(
  bytes: Uint8Array | ArrayBuffer,
  parseXml: ParseXml
): Promise<DocumentGrid> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UnreadableDocxError("not_a_zip");
  }
  const xml = await mainPart(zip);
  if (xml === null) throw new UnreadableDocxError("no_document");
  let doc: XmlNode;
  try {
    doc = parseXml(xml);
  } catch {
    throw new UnreadableDocxError("bad_xml");
  }
  return documentGrid(doc);
}

/** True when a zip holds a Word document (its main part), e.g. a .docx saved under another name. */
export async function isDocxZip(bytes: Uint8Array | ArrayBuffer): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    return (await mainPart(zip)) !== null;
  } catch {
    return false;
  }
}

async function mainPart(zip: JSZip): Promise<string | null> {
  let name = MAIN_PART;
  const types = zip.file(CONTENT_TYPES);
  if (types) {
    const m = MAIN_TYPE.exec((await types.async("string")).replace(/'/g, '"'));
    if (m) name = m[1];
  }
  const part = zip.file(name) ?? zip.file(MAIN_PART);
  return part ? part.async("string") : null;
}
