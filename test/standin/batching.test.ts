import { createWorkbook } from "../../src/standin";
import { rejection } from "./helpers";

describe("proxy/batching model", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    const book = createWorkbook({ sheets: [{ name: "Plan", values: [[1, 2]] }] });
    const ctx = book.context();
    const range = ctx.workbook.worksheets.getItem("Plan").getRange("A1:B1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("the error message names the property as Office.js does", () => {
    const ctx = createWorkbook().context();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    let message = "";
    try {
      void range.values;
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(
      `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
    );
  });

  test("loaded but not yet synced throws; after sync the value is there", async () => {
    const book = createWorkbook({ sheets: [{ name: "Plan", values: [[1, "a"]] }] });
    const ctx = book.context();
    const range = ctx.workbook.worksheets.getItem("Plan").getRange("A1:B1");
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(range.values).toEqual([[1, "a"]]);
  });

  test("writes are queued until sync", async () => {
    const book = createWorkbook({ sheets: [{ name: "Plan" }] });
    const ctx = book.context();
    ctx.workbook.worksheets.getItem("Plan").getRange("A1").values = [["x"]];
    expect(book.cell("Plan", "A1").value).toBe("");
    await ctx.sync();
    expect(book.cell("Plan", "A1").value).toBe("x");
  });

  test("a load queued before a write in the same batch sees the old value", async () => {
    const book = createWorkbook({ sheets: [{ name: "Plan", values: [["old"]] }] });
    const ctx = book.context();
    const range = ctx.workbook.worksheets.getItem("Plan").getRange("A1");
    range.load("values");
    range.values = [["new"]];
    const again = ctx.workbook.worksheets.getItem("Plan").getRange("A1").load("values");
    await ctx.sync();
    expect(range.values).toEqual([["old"]]);
    expect(again.values).toEqual([["new"]]);
  });

  test.each([
    ["comma string", "values, rowCount"],
    ["array", ["values", "rowCount"]],
    ["select object", { select: "values,rowCount" }],
    ["property object", { values: true, rowCount: true }],
  ])("load accepts the %s form", async (_label, option) => {
    const book = createWorkbook({ sheets: [{ name: "Plan", values: [[1], [2]] }] });
    const ctx = book.context();
    const range = ctx.workbook.worksheets.getItem("Plan").getRange("A1:A2");
    range.load(option as never);
    await ctx.sync();
    expect(range.values).toEqual([[1], [2]]);
    expect(range.rowCount).toBe(2);
    expect(() => range.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("nested load paths reach child objects", async () => {
    const book = createWorkbook({ sheets: [{ name: "Plan" }] });
    const ctx = book.context();
    const range = ctx.workbook.worksheets.getItem("Plan").getRange("A1");
    range.format.fill.color = "#ff0000";
    range.load("format/fill/color, address");
    await ctx.sync();
    expect(range.format.fill.color).toBe("#FF0000");
    expect(range.address).toBe("Plan!A1");
  });

  test("collection items load with items/name and with name", async () => {
    const book = createWorkbook({ sheets: [{ name: "A" }, { name: "B" }] });
    const ctx = book.context();
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    await ctx.sync();
    expect(sheets.items.map((s: { name: string }) => s.name)).toEqual(["A", "B"]);
    const again = ctx.workbook.worksheets.load("name, position");
    await ctx.sync();
    expect(again.items.map((s: { position: number }) => s.position)).toEqual([0, 1]);
  });

  test("loading an unknown property rejects at sync with InvalidArgument", async () => {
    const ctx = createWorkbook().context();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("nonsense");
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  test("getCount returns a ClientResult readable after sync", async () => {
    const ctx = createWorkbook({ sheets: [{ name: "A" }, { name: "B" }] }).context();
    const count = ctx.workbook.worksheets.getCount();
    expect(() => count.value).toThrow();
    await ctx.sync();
    expect(count.value).toBe(2);
  });

  test("run gives a context; operations never synced are dropped and counted", async () => {
    const book = createWorkbook({ sheets: [{ name: "Plan" }] });
    const result = await book.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Plan").getRange("A1");
      r.values = [["synced"]];
      await context.sync();
      context.workbook.worksheets.getItem("Plan").getRange("A2").values = [["never"]];
      return 42;
    });
    expect(result).toBe(42);
    expect(book.cell("Plan", "A1").value).toBe("synced");
    expect(book.cell("Plan", "A2").value).toBe("");
    expect(book.droppedOperations).toBe(1);
  });
});
