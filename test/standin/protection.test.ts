/** Worksheet protection in the stand-in behaves as Excel's (docs/excel-standin-assumptions.md). */
import { createWorkbook } from "../../src/standin";
import { rejection } from "./helpers";

function book() {
  return createWorkbook({
    sheets: [
      {
        name: "S",
        values: [
          ["a", 1],
          ["b", 2],
        ],
      },
    ],
  });
}

describe("WorksheetProtection", () => {
  it("loads protected and the options with Excel's defaults", async () => {
    const b = book();
    await b.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("S").protection;
      p.load("protected,options");
      await ctx.sync();
      expect(p.protected).toBe(false);
      p.protect({ allowFormatRows: true });
      p.load("protected,options");
      await ctx.sync();
      expect(p.protected).toBe(true);
      expect(p.options).toMatchObject({
        allowFormatRows: true,
        allowFormatCells: false,
        allowInsertRows: false,
        selectionMode: "Normal",
      });
    });
  });

  it("refuses writes to locked cells of a protected sheet with AccessDenied; unlocked cells take them", async () => {
    const b = book();
    await b.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.getRange("B1:B2").format.protection.locked = false;
      s.protection.protect();
      s.getRange("B1").values = [[10]];
      await ctx.sync();
    });
    expect(b.cell("S", "B1").value).toBe(10);
    const e = await rejection(
      b.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["x", 11]];
        await ctx.sync();
      })
    );
    expect(e.code).toBe("AccessDenied");
    expect(b.cell("S", "A1").value).toBe("a");
    expect((await rejection(b.userEdit("S", "A2", "y"))).code).toBe("AccessDenied");
    expect(
      (
        await rejection(
          b.run(async (ctx) => {
            ctx.workbook.worksheets.getItem("S").getRange("A1").clear("Contents");
            await ctx.sync();
          })
        )
      ).code
    ).toBe("AccessDenied");
    // formats need allowFormatCells, even for the lock flag itself
    expect(
      (
        await rejection(
          b.run(async (ctx) => {
            ctx.workbook.worksheets.getItem("S").getRange("A1").format.protection.locked = false;
            await ctx.sync();
          })
        )
      ).code
    ).toBe("AccessDenied");
    expect(b.isEditable("S", "B2")).toBe(true);
    expect(b.isEditable("S", "A2")).toBe(false);
  });

  it("unprotect, write, protect in one request works; protect twice fails; unprotect twice does nothing", async () => {
    const b = book();
    await b.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.protection.protect();
      s.protection.unprotect();
      s.getRange("A1").values = [["z"]];
      s.protection.protect();
      await ctx.sync();
    });
    expect(b.cell("S", "A1").value).toBe("z");
    expect(b.protection("S")).not.toBeNull();
    const twice = await rejection(
      b.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").protection.protect();
        await ctx.sync();
      })
    );
    expect(twice.code).toBe("InvalidOperation");
    await b.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("S").protection;
      p.unprotect();
      p.unprotect();
      await ctx.sync();
    });
    expect(b.protection("S")).toBeNull();
  });

  it("a password-protected sheet needs its password to unprotect", async () => {
    const b = book();
    await b.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").protection.protect({}, "secret");
      await ctx.sync();
    });
    const wrong = await rejection(
      b.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").protection.unprotect("nope");
        await ctx.sync();
      })
    );
    expect(wrong.code).toBe("InvalidArgument");
    await b.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").protection.unprotect("secret");
      await ctx.sync();
    });
    expect(b.protection("S")).toBeNull();
  });
});
