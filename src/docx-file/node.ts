/** Reading a .docx in Node: the XML parser is @xmldom/xmldom (the browser has its own DOMParser). */
import { DOMParser } from "@xmldom/xmldom";
import type { DocumentGrid, XmlNode } from "../core";
import { readDocxGrid } from "./read";

export function parseXmlNode(xml: string): XmlNode {
  return new DOMParser().parseFromString(xml, "text/xml") as unknown as XmlNode;
}

export function readDocxFile(bytes: Uint8Array): Promise<DocumentGrid> {
  return readDocxGrid(bytes, parseXmlNode);
}
