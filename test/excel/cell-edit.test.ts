/** Actions while the person is typing in a cell: wait (delayForCellEdit), or try again, then explain. */
import { checkWorkbook } from "../../src/excel";
import { CellEditModeError, runAfterCellEdit } from "../../src/excel/cell-edit";
import type { ExcelRun } from "../../src/excel/commands/settings";
import { failedOutcome } from "../../src/taskpane/container/outcomes";
import { translator } from "../../src/taskpane/i18n";
import { setUpSeedBook } from "./helpers";

describe("cell-edit mode", () => {
  test("without delayForCellEdit a batch fails with InvalidOperationInCellEditMode", async () => {
    const book = await setUpSeedBook();
    book.userEntersCellEdit();
    await expect(book.run((ctx) => checkWorkbook(ctx))).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
  });

  test("with delayForCellEdit the action waits until the edit ends, then runs", async () => {
    const book = await setUpSeedBook();
    book.userEntersCellEdit();
    let done = false;
    const pending = book
      .run({ delayForCellEdit: true }, (ctx) => checkWorkbook(ctx))
      .then((r) => ((done = true), r));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    book.userLeavesCellEdit();
    expect((await pending).ok).toBe(true);
  });

  test("a host that ignores delayForCellEdit: tried again, and run once the edit ended", async () => {
    const book = await setUpSeedBook();
    book.host.honoursDelayForCellEdit = false;
    book.userEntersCellEdit();
    const run: ExcelRun = (batch) => book.run({ delayForCellEdit: true }, batch);
    let pauses = 0;
    const result = await runAfterCellEdit(run, (ctx) => checkWorkbook(ctx), {
      sleep: async () => {
        pauses++;
        if (pauses === 2) book.userLeavesCellEdit();
      },
    });
    expect(result.ok).toBe(true);
    expect(pauses).toBe(2);
  });

  test("still editing after the last try: the pane explains in the person's language", async () => {
    const book = await setUpSeedBook();
    book.host.honoursDelayForCellEdit = false;
    book.userEntersCellEdit();
    const run: ExcelRun = (batch) => book.run(batch);
    const error = await runAfterCellEdit(run, (ctx) => checkWorkbook(ctx), {
      attempts: 3,
      sleep: async () => undefined,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CellEditModeError);
    const outcome = failedOutcome("check", error);
    expect(outcome.notice).toMatchObject({ intent: "warning", key: "host.cellEdit" });
    const texts = (["uz", "uz-Cyrl", "ru", "en"] as const).map((lang) => {
      const t = translator(lang);
      return t(outcome.notice!.key, { action: t(outcome.notice!.actionKey!) });
    });
    expect(texts[0]).toMatch(/Enter/);
    expect(new Set(texts).size).toBe(4);
    for (const text of texts) expect(text).not.toMatch(/\{action\}/);
  });
});
