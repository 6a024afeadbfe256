import { SHEET_NAMES } from "../../src/core/layout/names";
import { readWorkbookSettings, saveSettings, watchSettings, type SettingsRead } from "../../src/excel";
import { bookWithGrid, comparable, seedGrid, setUpSeedBook, snapshotAll } from "./helpers";

const SETTINGS = SHEET_NAMES.settings;

function rowOfKey(values: unknown[][], key: string): number {
  return values.findIndex((r) => r[0] === key);
}

describe("settings in the workbook", () => {
  test("read: the settings sheet over the defaults, one sync", async () => {
    const book = await setUpSeedBook();
    const read = await book.run((ctx) => readWorkbookSettings(ctx));
    expect(read.sheetExists).toBe(true);
    expect(read.settings).toMatchObject({
      year: 2026,
      district: "Jondor",
      director: "R. Halimov",
      approver: "H. Qosimov",
      quarter: 1,
      tolerance: 0.1,
    });
    expect(book.stats.syncs).toBe(1);
  });

  test("save writes only the value cells that change; a co-author's other change is kept", async () => {
    const book = await setUpSeedBook();
    const values = book.snapshot(SETTINGS).values;
    const districtCell = `B${rowOfKey(values, "district") + 1}`;
    await book.userEdit(SETTINGS, districtCell, "Jondor tumani", { remote: true });
    const before = snapshotAll(book);
    book.resetStats();
    const saved = await book.run((ctx) => saveSettings(ctx, { quarter: 3, director: "A. Karimov" }));
    expect(book.stats.syncs).toBeLessThanOrEqual(2);
    expect(saved.settings).toMatchObject({ quarter: 3, director: "A. Karimov", district: "Jondor tumani" });
    const after = snapshotAll(book);
    for (const name of Object.keys(before))
      if (name !== SETTINGS) expect(comparable(after[name])).toEqual(comparable(before[name]));
    const changed = Object.keys(after[SETTINGS].cells).filter(
      (a) => JSON.stringify(after[SETTINGS].cells[a]) !== JSON.stringify(before[SETTINGS].cells[a])
    );
    expect(changed.sort()).toEqual(
      [`B${rowOfKey(values, "director") + 1}`, `B${rowOfKey(values, "quarter") + 1}`].sort()
    );
    expect(book.cell(SETTINGS, districtCell).value).toBe("Jondor tumani");
    const read = await book.run((ctx) => readWorkbookSettings(ctx));
    expect(read.settings).toMatchObject({ quarter: 3, director: "A. Karimov", district: "Jondor tumani" });
  });

  test("saving the same settings twice gives the same workbook", async () => {
    const book = await setUpSeedBook();
    await book.run((ctx) => saveSettings(ctx, { quarter: 2, tolerance: 0.05 }));
    const once = snapshotAll(book);
    await book.run((ctx) => saveSettings(ctx, { quarter: 2, tolerance: 0.05 }));
    for (const [n, s] of Object.entries(snapshotAll(book)))
      expect(comparable(s)).toEqual(comparable(once[n]));
  });

  test("a workbook without a settings sheet gets one", async () => {
    const book = bookWithGrid(seedGrid());
    const saved = await book.run((ctx) => saveSettings(ctx, { district: "Vobkent", quarter: 4 }));
    expect(book.sheetNames()).toContain(SETTINGS);
    expect(saved.settings).toMatchObject({ district: "Vobkent", quarter: 4 });
    const read = await book.run((ctx) => readWorkbookSettings(ctx));
    expect(read.settings).toMatchObject({ district: "Vobkent", quarter: 4 });
  });

  test("watch picks up a co-author's change, and stops when asked", async () => {
    const book = await setUpSeedBook();
    const seen: SettingsRead[] = [];
    const watch = await watchSettings(
      (fn) => book.run(fn),
      (s) => seen.push(s)
    );
    expect(watch.watching).toBe(true);
    const quarterCell = `B${rowOfKey(book.snapshot(SETTINGS).values, "quarter") + 1}`;
    await book.userEdit(SETTINGS, quarterCell, 3, { remote: true });
    await book.settle();
    expect(seen.map((s) => s.settings.quarter)).toEqual([3]);
    await watch.stop();
    await book.userEdit(SETTINGS, quarterCell, 4, { remote: true });
    await book.settle();
    expect(seen).toHaveLength(1);
  });

  test("watch without a settings sheet says so", async () => {
    const book = bookWithGrid(seedGrid());
    const watch = await watchSettings(
      (fn) => book.run(fn),
      () => undefined
    );
    expect(watch.watching).toBe(false);
  });
});
