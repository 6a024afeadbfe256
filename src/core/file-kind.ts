/**
 * What a file is, by its first bytes (and its name's extension where the bytes cannot tell): the formats Reja
 * reads, and the ones it refuses with a plain message (a password-protected workbook, old Office formats,
 * OpenDocument, RTF, CSV, a damaged zip, bytes that are no document at all). Pure: bytes in, a kind out.
 */

export type FileKind =
  /** a zip holding an Office Open XML workbook (or a zip whose parts are not known: the reader decides) */
  | "xlsx"
  /** a zip holding a Word document */
  | "docx"
  /** text (a tab-separated export) */
  | "text"
  /** an encrypted Office file: a CFB container with an EncryptedPackage stream (Save with password) */
  | "encrypted"
  /** Excel 97–2003 (.xls) */
  | "xls"
  /** Word 97–2003 (.doc) */
  | "doc"
  /** another CFB container (old Office file of another kind) */
  | "cfb"
  | "ods"
  | "odt"
  /** another OpenDocument file (presentation, drawing …) */
  | "odf"
  | "rtf"
  | "csv"
  | "pdf"
  /** starts like a zip but has no central directory: cut short or damaged */
  | "damaged_zip"
  /** the same, of a Word document (its parts are word/…, or it is named .docx): re-save it in Word */
  | "damaged_docx"
  /** named .xlsx/.docx but not a zip, or binary bytes that are no text */
  | "not_a_document";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, CFB)) return cfbKind(bytes, ext);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return zipKind(bytes, ext);
  if (startsWith(bytes, ascii("{\\rtf"))) return "rtf";
  if (startsWith(bytes, ascii("%PDF"))) return "pdf";
  if (ext === "xlsx" || ext === "xlsm" || ext === "docx" || ext === "xls" || ext === "doc")
    return "not_a_document";
  if (ext === "ods") return "ods";
  if (ext === "odt") return "odt";
  if (ext === "csv") return "csv";
  if (looksBinary(bytes)) return "not_a_document";
  return "text";
}

function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1].toLowerCase() : "";
}

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** Where `needle` occurs in `bytes` (first `limit` bytes), or -1. */
function indexOf(bytes: Uint8Array, needle: readonly number[], from = 0, limit = bytes.length): number {
  const end = Math.min(limit, bytes.length) - needle.length;
  outer: for (let i = from; i <= end; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** A stream name as the CFB directory stores it: UTF-16 LE. */
function utf16Name(s: string): number[] {
  return [...s].flatMap((c) => [c.charCodeAt(0), 0]);
}

function cfbKind(bytes: Uint8Array, ext: string): FileKind {
  if (indexOf(bytes, utf16Name("EncryptedPackage")) >= 0) return "encrypted";
  if (indexOf(bytes, utf16Name("WordDocument")) >= 0) return "doc";
  if (indexOf(bytes, utf16Name("Workbook")) >= 0 || indexOf(bytes, utf16Name("Book")) >= 0) return "xls";
  if (ext === "xls") return "xls";
  if (ext === "doc") return "doc";
  return "cfb";
}

function zipKind(bytes: Uint8Array, ext: string): FileKind {
  // the end of central directory record sits in the last 64 KiB + 22 bytes
  const tail = Math.max(0, bytes.length - 65557);
  if (indexOf(bytes, [0x50, 0x4b, 0x05, 0x06], tail) < 0) return damagedKind(bytes, ext);
  // OpenDocument: the first entry is the uncompressed "mimetype" naming the kind
  const head = Math.min(bytes.length, 200);
  if (indexOf(bytes, ascii("mimetypeapplication/vnd.oasis.opendocument."), 0, head) >= 0) {
    if (indexOf(bytes, ascii("opendocument.spreadsheet"), 0, head) >= 0) return "ods";
    if (indexOf(bytes, ascii("opendocument.text"), 0, head) >= 0) return "odt";
    return "odf";
  }
  if (indexOf(bytes, ascii("word/document.xml")) >= 0) return "docx";
  if (ext === "ods") return "ods";
  if (ext === "odt") return "odt";
  return "xlsx";
}

/**
 * A zip cut short: a Word document when its local headers name Word's parts (or, with none read, by its name);
 * a workbook's parts (xl/…) win over a .docx name.
 */
function damagedKind(bytes: Uint8Array, ext: string): FileKind {
  if (indexOf(bytes, ascii("xl/workbook.xml")) >= 0) return "damaged_zip";
  if (indexOf(bytes, ascii("word/document.xml")) >= 0 || ext === "docx") return "damaged_docx";
  return "damaged_zip";
}

/**
 * Bytes no text export has: NUL or other C0 controls (but tab, line ends, form feed, escape) in more than 1 %
 * of the first 4 KiB. UTF-16 without a BOM (a NUL in every other byte) is text.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n === 0) return false;
  let evenZero = 0;
  let oddZero = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) {
      if (i % 2 === 0) evenZero++;
      else oddZero++;
    } else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  const zeros = evenZero + oddZero;
  const utf16 = zeros > n * 0.2 && (evenZero < n * 0.02 || oddZero < n * 0.02);
  if (utf16) return false;
  return zeros + controls > n * 0.01;
}
