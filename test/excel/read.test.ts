import { readWorkbook, padToA1 } from "../../src/excel/read";
import { createWorkbook } from "../../src/standin";

describe("readWorkbook", () => {
  test("one sync; the plan grid starts at A1 even when the used range does not", async () => {
    const book = createWorkbook({
      sheets: [
        {
          name: "Reja",
          values: [
            ["№", "Nomi"],
            ["1.", "=1+1"],
          ],
          at: "C3",
        },
        { name: "Boshqa" },
      ],
    });
    book.resetStats();
    const read = await book.run((ctx) => readWorkbook(ctx, { plan: "Reja" }));
    expect(book.stats.syncs).toBe(1);
    expect(read.plan?.grid[2]?.[2]).toBe("№");
    expect(read.plan?.grid[3]?.[3]).toBe(2);
    expect(read.plan?.grid[0]).toEqual([]);
    expect(read.sheets.map((s) => s.name)).toEqual(["Reja", "Boshqa"]);
    expect(read.settings.exists).toBe(false);
    expect(read.vocabulary.exists).toBe(false);
  });

  test("the active sheet, a missing sheet, a blank sheet", async () => {
    const book = createWorkbook({ sheets: [{ name: "Bo'sh" }, { name: "Reja", values: [["x"]] }] });
    book.userSelect("Reja", "A1");
    const active = await book.run((ctx) => readWorkbook(ctx, { plan: { active: true } }));
    expect(active.plan).toEqual({ name: "Reja", exists: true, grid: [["x"]] });
    const missing = await book.run((ctx) => readWorkbook(ctx, { plan: "Yo'q" }));
    expect(missing.plan?.exists).toBe(false);
    expect(missing.planSheet).toBeNull();
    const blank = await book.run((ctx) => readWorkbook(ctx, { plan: "Bo'sh" }));
    expect(blank.plan).toEqual({ name: "Bo'sh", exists: true, grid: [] });
  });

  test("padToA1", () => {
    expect(padToA1([["a"]], 1, 2)).toEqual([[], ["", "", "a"]]);
    expect(padToA1([["a"]], 0, 0)).toEqual([["a"]]);
  });
});
