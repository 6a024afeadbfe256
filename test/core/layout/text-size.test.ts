import { linesNeeded } from "../../../src/core/layout/text-size";
import measured from "../../fixtures/wrapped-lines.json";

/**
 * test/fixtures/wrapped-lines.json: every wrapped text cell of the Jondor plan sheet (uz, uz-Cyrl) and report
 * (uz, uz-Cyrl, ru) with the number of lines LibreOffice printed it on (Carlito, at 100 %), measured by
 * scripts/measure-text-lines.js.
 */
interface Measured {
  text: string;
  width: number;
  size: number;
  bold: boolean;
  lines: number;
}
const cells = measured as Measured[];
const estimate = (c: Measured): number => linesNeeded(c.text, c.width, { size: c.size, bold: c.bold });

describe("linesNeeded against LibreOffice's wrapping of the Jondor sheets", () => {
  it("covers Latin and Cyrillic texts, bold and regular", () => {
    expect(cells.length).toBeGreaterThan(300);
    expect(cells.some((c) => /[\u0400-\u04FF]/.test(c.text))).toBe(true);
    expect(cells.some((c) => c.bold)).toBe(true);
    expect(cells.some((c) => c.lines >= 8)).toBe(true);
  });

  it("never counts fewer lines than LibreOffice prints (no text is clipped)", () => {
    const short = cells
      .filter((c) => estimate(c) < c.lines)
      .map((c) => [c.lines, estimate(c), c.width, c.text]);
    expect(short).toEqual([]);
  });

  // the estimate follows Excel's column widths (7 px a unit), LibreOffice's columns are some 6 % wider: a long
  // text may take a line or two fewer there
  it("counts at most one line more than LibreOffice prints (a quarter more in cells over 8 lines), in few cells", () => {
    const over = cells.filter((c) => estimate(c) - c.lines > Math.max(1, Math.floor(c.lines / 4)));
    expect(over.map((c) => [c.lines, estimate(c), c.width, c.text])).toEqual([]);
    const spare = cells.filter((c) => estimate(c) > c.lines);
    expect(spare.length).toBeLessThanOrEqual(cells.length * 0.15);
  });
});
