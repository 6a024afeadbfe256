import { parseTsv } from "../../src/core/tsv";

describe("parseTsv", () => {
  test("splits lines and tabs, keeps blank lines as empty rows", () => {
    expect(parseTsv("a\tb\n\nc\t\td")).toEqual([["a", "b"], [], ["c", "", "d"]]);
  });

  test("handles CRLF and a final line break without an extra row", () => {
    expect(parseTsv("a\tb\r\nc\r\n")).toEqual([["a", "b"], ["c"]]);
  });

  test("keeps trailing empty cells", () => {
    expect(parseTsv("x\t\t\n")).toEqual([["x", "", ""]]);
  });

  test("unquotes well-formed quoted cells, even across lines", () => {
    expect(parseTsv('"a ""b"" c"\t"two\nlines"\tz')).toEqual([['a "b" c', "two\nlines", "z"]]);
  });

  test("keeps a cell that only starts with a quotation as written", () => {
    const line = '25.\t"Kitobxonlar klubi" a\'zolari bilan\tTadbir';
    expect(parseTsv(line)).toEqual([["25.", '"Kitobxonlar klubi" a\'zolari bilan', "Tadbir"]]);
  });

  test("an unclosed quote does not swallow later lines", () => {
    expect(parseTsv('"abc\tx\ny\tz')).toEqual([
      ['"abc', "x"],
      ["y", "z"],
    ]);
  });

  test("drops a byte order mark; empty text is an empty grid", () => {
    expect(parseTsv("\uFEFFa")).toEqual([["a"]]);
    expect(parseTsv("")).toEqual([]);
  });
});
