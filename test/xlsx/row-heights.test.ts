import { type SheetSpec, STYLES } from "../../src/core/layout/sheet";
import { estimateRowHeights, linesNeeded } from "../../src/core";

function sheet(rows: SheetSpec["rows"], merges: SheetSpec["merges"] = []): SheetSpec {
  return {
    name: "S",
    rows,
    columns: [{ width: 10 }, { width: 30 }, { width: 10 }],
    merges,
    freeze: null,
    print: null,
    validations: [],
  };
}

describe("row heights for wrapped text", () => {
  it("counts wrapped lines by words and paragraphs", () => {
    expect(linesNeeded("short", 30, { wrap: true })).toBe(1);
    expect(linesNeeded("a\nb\nc", 30, { wrap: true })).toBe(3);
    expect(linesNeeded("word ".repeat(40).trim(), 30, { wrap: true })).toBeGreaterThanOrEqual(6);
    expect(linesNeeded("x".repeat(100), 11, { wrap: true })).toBeGreaterThanOrEqual(9);
  });

  it("sets a height only where wrapped text needs more than one line, using merged widths", () => {
    const long = "Axborot-kutubxona markazi faoliyati va kutubxona mutaxassislarining maqolalarini jamlash";
    const spec = sheet(
      [
        [
          { v: "1", style: "text" },
          { v: "qisqa", style: "text" },
        ],
        [
          { v: "2", style: "text" },
          { v: long, style: "text" },
        ],
        [{ v: long, style: "plain" }], // not wrapped: one line
        [{ v: long, style: "text" }], // merged over all three columns (50 wide)
      ],
      [{ row: 3, col: 0, rows: 1, cols: 3 }]
    );
    const h = estimateRowHeights(spec);
    expect(h.has(0)).toBe(false);
    expect(h.get(1)).toBeGreaterThan(30);
    expect(h.has(2)).toBe(false);
    expect(h.get(3) ?? 0).toBeLessThan(h.get(1)!);
  });

  it("gives text merged over several rows the height it needs, on the last of its rows", () => {
    const long = "Axborot-kutubxona markazi faoliyati va kutubxona mutaxassislarining maqolalari";
    const spec = sheet(
      [
        [
          { v: "№", style: "header" },
          { v: long, style: "header" },
        ],
        [
          { v: null, style: "header" },
          { v: null, style: "header" },
        ],
        [
          { v: "1", style: "text" },
          { v: "qisqa", style: "text" },
        ],
      ],
      [{ row: 0, col: 1, rows: 2, cols: 1 }]
    );
    const h = estimateRowHeights(spec);
    const lines = linesNeeded(long, 30, STYLES.header);
    expect(lines).toBeGreaterThan(2);
    expect(h.has(0)).toBe(false);
    expect(15 + (h.get(1) ?? 0)).toBeGreaterThanOrEqual(lines * 14.4);
    expect(h.has(2)).toBe(false);
    // text that fits in the rows' default heights sets nothing
    const short = sheet(
      [[{ v: "Nomi", style: "header" }], [{ v: null, style: "header" }]],
      [{ row: 0, col: 0, rows: 2, cols: 1 }]
    );
    expect(estimateRowHeights(short).size).toBe(0);
  });
});
