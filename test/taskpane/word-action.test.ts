/**
 * The pane's "Word hujjati" action over the Excel stand-in, without React: the plan read in one run, the .docx
 * made by the Word writer (loaded through the same import() the pane uses) and offered; the bytes read back
 * with Reja's own .docx reader are the workbook's plan. The download itself (Blob, object URL, anchor) is the
 * browser test's (test/browser/word-download.test.ts); the pane around it is word-download.test.tsx.
 */
import { readPlan } from "../../src/core/reader";
import { readDocxFile } from "../../src/docx-file/node";
import type { ExcelRun } from "../../src/excel/commands/settings";
import { readPlanForWord } from "../../src/excel/commands/word";
import { createPlaygroundWorkbook, exampleGrid, SEEDED_MISTAKE } from "../../src/playground/seed";
import { createWorkbook, type StandinWorkbook } from "../../src/standin";
import { noticeText } from "../../src/taskpane/components/NoticeBar";
import { DOCX_TYPE } from "../../src/taskpane/download";
import { ACTION_TABLE, performAction } from "../../src/taskpane/container/outcomes";
import { deliverWordFile } from "../../src/taskpane/container/word-file";
import { CATALOGUES, PANE_LANGS, translator } from "../../src/taskpane/i18n";
import { itemSummary } from "../docx-file/plan-summary";
import { recorder } from "./offered-files";

const NOW = () => new Date(2026, 6, 10);

function examplePlan() {
  const r = readPlan(exampleGrid());
  if (!r.ok) throw new Error("the example has no plan");
  return r.plan;
}

async function planOfDocx(bytes: Uint8Array) {
  const r = readPlan((await readDocxFile(bytes)).grid);
  if (!r.ok) throw new Error("the offered document has no plan table");
  return r.plan;
}

describe("the docx action (performAction over the stand-in)", () => {
  let book: StandinWorkbook;
  beforeEach(async () => {
    book = await createPlaygroundWorkbook("structured");
  });
  afterEach(() => book.settle());

  it("reads in one run, offers Jondor-2026-ish-reja.docx, and the file is the workbook's plan", async () => {
    const { offered, offerFile } = recorder();
    let runs = 0;
    const run: ExcelRun = (b) => {
      runs++;
      return book.run(b);
    };
    book.resetStats();
    const o = await performAction("docx", run, { now: NOW, offerFile, platform: null });
    expect(runs).toBe(1);
    expect(book.stats.syncs).toBe(1);
    expect(offered).toHaveLength(1);
    const [file] = offered;
    expect(file.fileName).toBe("Jondor-2026-ish-reja.docx");
    expect(file.type).toBe(DOCX_TYPE);
    expect(o.notice).toEqual({
      intent: "success",
      key: "result.docx",
      params: { file: "Jondor-2026-ish-reja.docx", count: 48 },
      download: { url: file.url, fileName: "Jondor-2026-ish-reja.docx" },
    });
    // the pane holds the file so it can revoke its URL when the notice goes
    o.file?.revoke();
    expect(file.revoked).toBe(1);

    const back = await planOfDocx(file.bytes);
    const expected = examplePlan();
    expect(back.items).toHaveLength(48);
    expect(back.items.map((i) => i.number)).toEqual(expected.items.map((i) => i.number));
    expect(back.items.map(itemSummary)).toEqual(expected.items.map(itemSummary));
    // the plan as the workbook has it, the seeded mistake included: the document is not corrected behind one's back
    const item = back.items.find((i) => i.number === SEEDED_MISTAKE.item);
    expect(item?.indicators[0].unitText).toBe(SEEDED_MISTAKE.unit);
    expect(back.year).toBe(2026);
    expect(back.district).toBe("Jondor");
  });

  it("on Excel for Mac the notice says what to do if no file appears", async () => {
    const { offerFile } = recorder();
    const o = await performAction("docx", (b) => book.run(b), { now: NOW, offerFile, platform: "Mac" });
    expect(o.notice.key).toBe("result.docxMac");
    expect(noticeText(o.notice, translator("en"))).toContain("Excel on the web");
  });

  it("without a plan sheet: a plain warning, nothing offered", async () => {
    const { offered, offerFile } = recorder();
    const bare = createWorkbook({ sheets: [{ name: "Sheet1", values: [["salom"]] }] });
    const o = await performAction("docx", (b) => bare.run(b), { now: NOW, offerFile });
    expect(o.notice).toEqual({ intent: "warning", key: "problem.no_plan_sheet" });
    expect(offered).toHaveLength(0);
  });

  it("a writer that cannot be loaded (no connection) is a plain error in four languages, nothing offered", async () => {
    const { offered, offerFile } = recorder();
    const read = await book.run((ctx) => readPlanForWord(ctx));
    const chunkError = Object.assign(new Error("Loading chunk docx-writer failed."), {
      name: "ChunkLoadError",
    });
    const r = await deliverWordFile(read, { offerFile }, () => Promise.reject(chunkError));
    expect(r).toEqual({ ok: false, reason: "writer_unavailable" });
    expect(offered).toHaveLength(0);
    const o = ACTION_TABLE.docx.outcome(r);
    expect(o.notice).toEqual({ intent: "error", key: "problem.writer_unavailable" });
    const texts = PANE_LANGS.map((lang) => noticeText(o.notice, translator(lang)));
    for (const text of texts) expect(text).not.toMatch(/chunk|problem\./i);
    expect(new Set(texts).size).toBe(4);
    for (const lang of PANE_LANGS) expect(CATALOGUES[lang]["problem.writer_unavailable"]).toBeTruthy();
  });
});
