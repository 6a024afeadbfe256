import { createWorkbook, type WorksheetChangedArgs } from "../../src/standin";

describe("worksheet onChanged", () => {
  test("a user edit fires onChanged with source Local; a co-author's with Remote", async () => {
    const book = createWorkbook({ sheets: [{ name: "Plan", values: [["old"]] }] });
    const ctx = book.context();
    const seen: WorksheetChangedArgs[] = [];
    const sheet = ctx.workbook.worksheets.getItem("Plan").load("id");
    sheet.onChanged.add(async (e: WorksheetChangedArgs) => void seen.push(e));
    await ctx.sync();
    await book.userEdit("Plan", "A1", [["new"]]);
    await book.userEdit("Plan", "B2:C2", [["x", "5"]], { remote: true });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({
      type: "WorksheetChanged",
      address: "A1",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: sheet.id,
      details: { valueBefore: "old", valueAfter: "new" },
    });
    expect(seen[1]).toMatchObject({ address: "B2:C2", source: "Remote", triggerSource: "Unknown" });
    expect(seen[1].details).toBeUndefined();
    expect(book.cell("Plan", "C2").value).toBe(5);
  });

  test("the add-in's own writes fire onChanged too, with source Local, after the sync", async () => {
    const book = createWorkbook({ sheets: [{ name: "Plan" }] });
    const ctx = book.context();
    const seen: WorksheetChangedArgs[] = [];
    const sheet = ctx.workbook.worksheets.getItem("Plan");
    sheet.onChanged.add((e: WorksheetChangedArgs) => void seen.push(e));
    await ctx.sync();
    sheet.getRange("A1:B1").values = [[1, 2]];
    sheet.getRange("A1").format.font.bold = true;
    await ctx.sync();
    await book.settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ address: "A1:B1", source: "Local", triggerSource: "ThisLocalAddin" });
  });

  test("handlers are registered at sync and removed with EventHandlerResult.remove()", async () => {
    const book = createWorkbook({ sheets: [{ name: "Plan" }] });
    const ctx = book.context();
    let calls = 0;
    const result = ctx.workbook.worksheets.getItem("Plan").onChanged.add(() => void calls++);
    await book.userEdit("Plan", "A1", [["before registration"]]);
    expect(calls).toBe(0);
    await ctx.sync();
    await book.userEdit("Plan", "A1", [["registered"]]);
    expect(calls).toBe(1);
    result.remove();
    await ctx.sync();
    await book.userEdit("Plan", "A1", [["removed"]]);
    expect(calls).toBe(1);
  });

  test("handlers only hear their own sheet; runtime.enableEvents=false silences them", async () => {
    const book = createWorkbook({ sheets: [{ name: "A" }, { name: "B" }] });
    const ctx = book.context();
    const heard: string[] = [];
    ctx.workbook.worksheets
      .getItem("A")
      .onChanged.add((e: WorksheetChangedArgs) => void heard.push(`A:${e.address}`));
    await ctx.sync();
    await book.userEdit("B", "A1", [["x"]]);
    expect(heard).toEqual([]);
    ctx.runtime.enableEvents = false;
    await ctx.sync();
    await book.userEdit("A", "A1", [["x"]]);
    expect(heard).toEqual([]);
  });

  test("a failing handler does not break the edit; its error is kept", async () => {
    const book = createWorkbook({ sheets: [{ name: "A" }] });
    const ctx = book.context();
    ctx.workbook.worksheets.getItem("A").onChanged.add(async () => {
      throw new Error("boom");
    });
    await ctx.sync();
    await book.userEdit("A", "A1", [["x"]]);
    expect(book.handlerErrors).toHaveLength(1);
    expect(book.cell("A", "A1").value).toBe("x");
  });

  test("userEdit parses typed text like Excel (formula, apostrophe, number)", async () => {
    const book = createWorkbook({ sheets: [{ name: "A", values: [[2]] }] });
    await book.userEdit("A", "B1:D1", [["=A1*10", "'007", "3.5"]]);
    expect([book.cell("A", "B1").value, book.cell("A", "C1").value, book.cell("A", "D1").value]).toEqual([
      20,
      "007",
      3.5,
    ]);
  });
});

describe("workbook settings", () => {
  test("add / getItem / items / getCount / delete round trip with JSON values", async () => {
    const book = createWorkbook();
    const ctx = book.context();
    const settings = ctx.workbook.settings;
    settings.add("reja.version", 3);
    settings.add("reja.columns", { plan: "D", fact: "E", list: [1, 2] });
    await ctx.sync();
    const item = settings.getItem("reja.columns").load("key, value");
    const count = settings.getCount();
    settings.load("items/key");
    await ctx.sync();
    expect(item.value).toEqual({ plan: "D", fact: "E", list: [1, 2] });
    expect(count.value).toBe(2);
    expect(settings.items.map((s: { key: string }) => s.key)).toEqual(["reja.version", "reja.columns"]);
    item.value = "changed";
    settings.getItem("reja.version").delete();
    await ctx.sync();
    expect(book.settings()).toEqual({ "reja.columns": "changed" });
  });

  test("getItem of a missing key rejects with ItemNotFound; getItemOrNullObject gives a null object", async () => {
    const ctx = createWorkbook().context();
    const missing = ctx.workbook.settings.getItemOrNullObject("nope");
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    ctx.workbook.settings.getItem("nope").load("value");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("a value that is not JSON-serializable rejects with InvalidArgument", async () => {
    const ctx = createWorkbook().context();
    ctx.workbook.settings.add("fn", () => 1);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a co-author's setting change fires onSettingsChanged; so does the add-in's own", async () => {
    const book = createWorkbook();
    const ctx = book.context();
    const seen: unknown[] = [];
    ctx.workbook.settings.onSettingsChanged.add(
      async (e: { settings: unknown }) => void seen.push(e.settings)
    );
    await ctx.sync();
    await book.coauthorSetSetting("reja.lock", { by: "Dilnoza" });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(ctx.workbook.settings);
    const item = ctx.workbook.settings.getItem("reja.lock").load("value");
    await ctx.sync();
    expect(item.value).toEqual({ by: "Dilnoza" });
    ctx.workbook.settings.add("mine", true);
    await ctx.sync();
    await book.settle();
    expect(seen).toHaveLength(2);
  });
});
