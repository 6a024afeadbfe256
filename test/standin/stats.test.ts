import { PAYLOAD_LIMIT_BYTES, createWorkbook } from "../../src/standin";
import { rejection } from "./helpers";

describe("sync counting and payload limits", () => {
  test("every sync is counted, with request bytes measured as JSON of the queued operations", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    await ctx.sync();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
    r.values = [["abc", 12345]];
    r.format.font.bold = true;
    r.load("values");
    await ctx.sync();
    expect(book.stats.syncs).toBe(2);
    expect(book.stats.requests.map((q) => q.ops)).toEqual([0, 3]);
    const [empty, full] = book.stats.requests;
    expect(full.bytes).toBeGreaterThan(empty.bytes);
    expect(full.bytes).toBeGreaterThan(JSON.stringify([["abc", 12345]]).length);
    expect(full.responseBytes).toBeGreaterThanOrEqual(JSON.stringify([["abc", 12345]]).length);
    expect(book.stats.maxRequestBytes).toBe(full.bytes);
  });

  test("request bytes grow with the size of the values written", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("A1").values = [["x"]];
    await ctx.sync();
    s.getRange("A1").values = [["x".repeat(1000)]];
    await ctx.sync();
    const [small, big] = book.stats.requests;
    expect(big.bytes - small.bytes).toBe(999);
  });

  test("non-ASCII text is counted in UTF-8 bytes", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["o‘"]];
    await ctx.sync();
    ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["oo"]];
    await ctx.sync();
    expect(book.stats.requests[0].bytes - book.stats.requests[1].bytes).toBe(2);
  });

  test("resetStats clears the counters", async () => {
    const book = createWorkbook();
    await book.context().sync();
    book.resetStats();
    expect(book.stats).toEqual({ syncs: 0, requests: [], maxRequestBytes: 0, busyMs: 0 });
  });

  test("a request above 5 MB rejects with RequestPayloadSizeLimitExceeded and changes nothing", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const rows = 2000;
    const cell = "y".repeat(Math.ceil(PAYLOAD_LIMIT_BYTES / rows / 2));
    ctx.workbook.worksheets.getItem("S").getRange(`A1:B${rows}`).values = Array.from({ length: rows }, () => [
      cell,
      cell,
    ]);
    const error = await rejection(ctx.sync());
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(book.stats.requests[0].bytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(book.snapshot("S").usedRange).toBeNull();
  });

  test("the same data split over two syncs is accepted", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const rows = 1000;
    const cell = "y".repeat(Math.ceil(PAYLOAD_LIMIT_BYTES / (2 * rows) / 2));
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange(`A1:B${rows}`).values = Array.from({ length: rows }, () => [cell, cell]);
    await ctx.sync();
    s.getRange(`A${rows + 1}:B${2 * rows}`).values = Array.from({ length: rows }, () => [cell, cell]);
    await ctx.sync();
    expect(book.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(book.snapshot("S").usedRange).toBe(`A1:B${2 * rows}`);
  });

  test("a response above 5 MB rejects with ResponsePayloadSizeLimitExceeded", async () => {
    const big = "z".repeat(3000);
    const book = createWorkbook({
      sheets: [{ name: "S", values: Array.from({ length: 2000 }, () => [big]) }],
    });
    const ctx = book.context();
    ctx.workbook.worksheets.getItem("S").getRange("A1:A2000").load("values");
    expect((await rejection(ctx.sync())).code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("a read above 5,000,000 cells gives null for the cell grids, no error; the range's other properties come", async () => {
    // the shape of OfficeDev/office-js#6781: 5,001 rows × 1,000 columns
    const book = createWorkbook({ sheets: [{ name: "S", values: [["top"]] }] });
    const ctx = book.context();
    const sheet = ctx.workbook.worksheets.getItem("S");
    sheet.getRange("ALL5001").values = [["bottom"]];
    const used = sheet.getUsedRange(true);
    used.load("address,cellCount,values,text,formulas,numberFormat,valueTypes");
    await ctx.sync();
    expect(used.address).toBe("S!A1:ALL5001");
    expect(used.cellCount).toBe(5_001_000);
    expect(used.values).toBeNull();
    expect(used.text).toBeNull();
    expect(used.formulas).toBeNull();
    expect(used.numberFormat).toBeNull();
    expect(used.valueTypes).toBeNull();
  });

  test("a read of exactly 5,000,000 cells is within the cell limit: the response limit refuses it instead", async () => {
    const ctx = createWorkbook({ sheets: [{ name: "S" }] }).context();
    ctx.workbook.worksheets.getItem("S").getRange("A1:ALL5000").load("values");
    expect((await rejection(ctx.sync())).code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});
