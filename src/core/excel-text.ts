/**
 * What an Excel cell can hold (docs/domain.md §2): XML 1.0 forbids C0 controls but tab and line ends, lone
 * surrogates and the non-characters U+FFFE/U+FFFF (and U+xFFFE/U+xFFFF of every plane, U+FDD0–U+FDEF); a cell
 * holds at most 32,767 characters. Text from any input passes here on its way into a workbook, so that Reja
 * never writes a file it (or Excel) cannot reopen.
 */

export const EXCEL_CELL_LIMIT = 32767;
/** The visible mark at the end of a text cut to the cell limit. */
export const CUT_MARK = "…[qisqartirildi]";

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ANY_FORBIDDEN = new RegExp(FORBIDDEN.source);

export interface SafeText {
  text: string;
  /** characters dropped because XML forbids them */
  dropped: number;
  /** the length before the cut, when the text was cut; else null */
  cutFrom: number | null;
}

/** The text without the characters XML forbids, cut to the cell limit with a visible mark. */
export function excelSafe(text: string): SafeText {
  let out = text;
  let dropped = 0;
  if (ANY_FORBIDDEN.test(out)) {
    out = out.replace(FORBIDDEN, () => {
      dropped++;
      return "";
    });
  }
  let cutFrom: number | null = null;
  if (out.length > EXCEL_CELL_LIMIT) {
    cutFrom = out.length;
    let end = EXCEL_CELL_LIMIT - CUT_MARK.length;
    // never split a surrogate pair
    const c = out.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--;
    out = out.slice(0, end) + CUT_MARK;
  }
  return { text: out, dropped, cutFrom };
}

/** excelSafe's text only (the writers' net). */
export function excelSafeText(text: string): string {
  if (text.length <= EXCEL_CELL_LIMIT && !ANY_FORBIDDEN.test(text)) return text;
  return excelSafe(text).text;
}
