/**
 * `Range.text` of a number under a date or time format, as Excel shows it with en-US settings: the day,
 * month and year codes (d dd ddd dddd, m mm mmm mmmm mmmmm, yy yyyy), hours, minutes, seconds, AM/PM; quoted
 * text and backslash escapes kept; [brackets] (locale, colour) dropped; the first section only.
 * Listed in docs/excel-standin-assumptions.md.
 */
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

type Token = { kind: "code"; code: string } | { kind: "text"; text: string };

function tokenize(format: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      out.push({ kind: "text", text: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (c === "\\") {
      out.push({ kind: "text", text: format[i + 1] ?? "" });
      i += 2;
    } else if (c === "[") {
      const end = format.indexOf("]", i);
      i = end < 0 ? format.length : end + 1;
    } else if (/^(AM\/PM|A\/P)/i.test(format.slice(i))) {
      const m = /^(AM\/PM|A\/P)/i.exec(format.slice(i)) as RegExpExecArray;
      out.push({ kind: "code", code: m[1].toUpperCase() });
      i += m[1].length;
    } else if (/[dmyhs]/i.test(c)) {
      let j = i;
      while (j < format.length && format[j].toLowerCase() === c.toLowerCase()) j++;
      out.push({ kind: "code", code: format.slice(i, j).toLowerCase() });
      i = j;
    } else if (c === "_" || c === "*") {
      // _x leaves the width of x, *x repeats x to fill the cell: neither adds text here
      i += 2;
    } else {
      out.push({ kind: "text", text: c });
      i++;
    }
  }
  return out;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** The text of `serial` under a date/time `format`; null when the format is no date or time format. */
export function formatDateSerial(serial: number, format: string): string | null {
  const tokens = tokenize(format.split(";")[0]);
  if (!tokens.some((t) => t.kind === "code")) return null;
  // days since 1899-12-30 (cell-values dateSerial; the 1900 leap-year bug only matters before March 1900)
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  const y = date.getUTCFullYear();
  const mo = date.getUTCMonth();
  const d = date.getUTCDate();
  const wd = date.getUTCDay();
  const seconds = Math.round((serial - Math.floor(serial)) * 86400);
  const hh = Math.floor(seconds / 3600) % 24;
  const mi = Math.floor(seconds / 60) % 60;
  const ss = seconds % 60;
  const twelve = tokens.some((t) => t.kind === "code" && (t.code === "AM/PM" || t.code === "A/P"));
  const codes = tokens.map((t) => (t.kind === "code" ? t.code : ""));
  // "m" is minutes right after an hour code or right before a seconds code
  const isMinute = (k: number): boolean => {
    const before = codes.slice(0, k).filter(Boolean).pop();
    const after = codes.slice(k + 1).find(Boolean);
    return (before !== undefined && before[0] === "h") || (after !== undefined && after[0] === "s");
  };
  return tokens
    .map((t, k) => {
      if (t.kind === "text") return t.text;
      const c = t.code;
      if (c === "AM/PM") return hh < 12 ? "AM" : "PM";
      if (c === "A/P") return hh < 12 ? "A" : "P";
      if (c[0] === "y") return c.length <= 2 ? pad(y % 100) : String(y);
      if (c[0] === "d") {
        if (c.length === 1) return String(d);
        if (c.length === 2) return pad(d);
        return c.length === 3 ? DAYS[wd].slice(0, 3) : DAYS[wd];
      }
      if (c[0] === "h") {
        const h = twelve ? hh % 12 || 12 : hh;
        return c.length === 1 ? String(h) : pad(h);
      }
      if (c[0] === "s") return c.length === 1 ? String(ss) : pad(ss);
      if (c.length <= 2 && isMinute(k)) return c.length === 1 ? String(mi) : pad(mi);
      if (c.length === 1) return String(mo + 1);
      if (c.length === 2) return pad(mo + 1);
      if (c.length === 3) return MONTHS[mo].slice(0, 3);
      if (c.length === 5) return MONTHS[mo][0];
      return MONTHS[mo];
    })
    .join("");
}
