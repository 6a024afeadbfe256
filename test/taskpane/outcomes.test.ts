/** The pane's action table without React: each command's result → notice, findings, summary, follow-up. */
import { buildReport } from "../../src/core/report";
import type { PlanSettings } from "../../src/core/model";
import type { CheckResult, SheetFinding } from "../../src/excel/commands/check";
import type { ExcelRun } from "../../src/excel/commands/settings";
import { RangeTooLargeError } from "../../src/excel/read-blocks";
import { createPlaygroundWorkbook, SEEDED_MISTAKE } from "../../src/playground/seed";
import {
  ACTION_TABLE,
  ACTIONS,
  checkNotice,
  failedOutcome,
  isCheckNotice,
  performAction,
  type ActionOutcome,
} from "../../src/taskpane/container/outcomes";
import { noticeText } from "../../src/taskpane/components/NoticeBar";
import { severityCounts } from "../../src/taskpane/container/findings";
import { translator } from "../../src/taskpane/i18n";
import { readQuarterReport } from "../../src/taskpane/excel-actions";
import { summarize } from "../../src/taskpane/summary";
import { item, plan, section } from "../core/layout/builders";

const t = translator("en");

const SETTINGS: PlanSettings = {
  year: 2026,
  district: "Jondor",
  districtKind: "tuman",
  region: "",
  director: "",
  approver: "",
  tolerance: 0.1,
  quarter: 2,
  lang: "uz",
};

function sampleReport() {
  return buildReport(
    plan([
      section("I", "QONUNLAR"),
      item("1.", { plan: 1200, facts: [350, 200] }),
      item("2.", { plan: 40, facts: [0, 0] }),
    ]),
    SETTINGS
  );
}

function finding(cell: string, code: string): SheetFinding {
  return {
    sheet: "Ish reja",
    code,
    severity: "error",
    item: "1.",
    cell,
    row: 5,
    col: 3,
    message: code,
    params: {},
  };
}

describe("the action table", () => {
  it("lists the five actions once, in button order, each with its own label and hint", () => {
    expect(ACTIONS).toEqual(["setup", "check", "fill", "report", "docx"]);
    const labels = ACTIONS.map((a) => ACTION_TABLE[a].label);
    const hints = ACTIONS.map((a) => ACTION_TABLE[a].hint);
    expect(new Set(labels).size).toBe(5);
    expect(new Set(hints).size).toBe(5);
    for (const a of ACTIONS) expect(t(ACTION_TABLE[a].label)).not.toBe(ACTION_TABLE[a].label);
    expect(ACTIONS.filter((a) => ACTION_TABLE[a].primary)).toEqual(["check"]);
  });
});

describe("setup outcome", () => {
  it("success names the sheet and asks for the settings to be read and followed", () => {
    const o = ACTION_TABLE.setup.outcome({
      ok: true,
      sheet: "Ish reja",
      source: "Sheet1",
      createdSheets: [],
      syncs: 2,
    });
    expect(o.notice).toEqual({ intent: "success", key: "result.setup", params: { sheet: "Ish reja" } });
    expect(o.reloadSettings).toBe(true);
    expect(o.findings).toBeUndefined();
    expect(o.summary).toBeUndefined();
  });

  it("a problem is a warning keyed by its reason, with nothing to follow", () => {
    const o = ACTION_TABLE.setup.outcome({ ok: false, reason: "already_structured", source: "Ish reja" });
    expect(o.notice).toEqual({
      intent: "warning",
      key: "problem.already_structured",
      params: { sheet: "Ish reja" },
    });
    expect(o.reloadSettings).toBeFalsy();
  });
});

describe("check outcome", () => {
  const base = { computedColumns: [], syncs: 1, tracked: true, report: sampleReport() };

  it("findings: counted in the notice, listed, and the sheet checked live from now on", () => {
    const findings = [finding("C5", "unit.unknown"), finding("D7", "plan.missing")];
    const result = { ok: true as const, sheet: "Ish reja", findings, ...base };
    const o = ACTION_TABLE.check.outcome(result);
    const c = severityCounts(findings);
    expect(o.notice.params).toEqual({ errors: c.error, warnings: c.warning, infos: c.info });
    expect(noticeText(o.notice, t)).toBe(
      t("result.checkCounts", { errors: c.error, warnings: c.warning, infos: c.info })
    );
    expect(o.findings).toBe(findings);
    expect(o.liveSheet).toBe("Ish reja");
    // live checking starts from this check instead of checking again
    expect(o.liveFrom).toBe(result);
    expect(o.untracked).toBe(false);
    // the quarter the check computed from its own read: the pane does not read the workbook again for it
    expect(o.summary).toEqual(summarize(result.report));
  });

  it("the notice's colour follows the worst finding: an error is never a green tick", () => {
    const at = (severity: "error" | "warning" | "info") => ({ ...finding("C5", "x"), severity });
    const intent = (fs: ReturnType<typeof at>[]) =>
      ACTION_TABLE.check.outcome({ ok: true, sheet: "Ish reja", findings: fs, ...base }).notice.intent;
    expect(intent([at("warning"), at("error")])).toBe("error");
    expect(intent([at("warning"), at("info")])).toBe("warning");
    expect(intent([at("info")])).toBe("info");
    expect(intent([])).toBe("success");
    expect(checkNotice([at("error"), at("error"), at("warning")]).params).toEqual({
      errors: 2,
      warnings: 1,
      infos: 0,
    });
    expect(isCheckNotice(checkNotice([]))).toBe(true);
  });

  it('English counts agree with their number (no "1 errors")', () => {
    const en = translator("en");
    expect(en("result.checkCounts", { errors: 1, warnings: 2, infos: 1 })).toBe(
      "Checked: 1 error, 2 warnings, 1 note."
    );
    expect(en("severity.count.error", { count: 1 })).toBe("1 error");
  });

  it("no findings: the clean notice and an empty list (not the old one)", () => {
    const o = ACTION_TABLE.check.outcome({ ok: true, sheet: "Reja", findings: [], ...base });
    expect(o.notice).toEqual({ intent: "success", key: "result.checkClean" });
    expect(o.findings).toEqual([]);
    expect(o.liveSheet).toBe("Reja");
  });

  it("a problem is a warning, clears the list and starts no live checking", () => {
    const r: CheckResult = { ok: false, reason: "no_plan_sheet", sheet: "Ish reja", findings: [], syncs: 1 };
    const o = ACTION_TABLE.check.outcome(r);
    expect(o.notice).toEqual({ intent: "warning", key: "problem.no_plan_sheet" });
    expect(o.findings).toEqual([]);
    expect(o.noPlan).toBe(true);
    expect(o.liveSheet).toBeUndefined();
  });
});

describe("fill outcome", () => {
  it("success counts the cells and carries the quarter it computed as the summary", () => {
    const report = sampleReport();
    const o = ACTION_TABLE.fill.outcome({ ok: true, sheet: "Ish reja", cells: 17, syncs: 2, report });
    expect(o.notice).toEqual({ intent: "success", key: "result.fill", params: { count: 17 } });
    expect(o.summary).toEqual(summarize(report));
    expect(o.summary?.total.indicators).toBe(2);
    expect(o.findings).toBeUndefined();
  });

  it("a problem is a warning and leaves the summary to be read again", () => {
    const o = ACTION_TABLE.fill.outcome({
      ok: false,
      reason: "no_tracking_columns",
      sheet: "Ish reja",
      syncs: 1,
    });
    expect(o.notice).toEqual({ intent: "warning", key: "problem.no_tracking_columns" });
    expect(o.summary).toBeUndefined();
  });
});

describe("report outcome", () => {
  it("a new sheet and a replaced one have their own texts; both carry the summary", () => {
    const report = sampleReport();
    const created = ACTION_TABLE.report.outcome({
      ok: true,
      sheet: "Hisobot 2-chorak",
      replaced: false,
      syncs: 2,
      report,
    });
    const replaced = ACTION_TABLE.report.outcome({
      ok: true,
      sheet: "Hisobot 2-chorak",
      replaced: true,
      syncs: 2,
      report,
    });
    expect(created.notice).toEqual({
      intent: "success",
      key: "result.report",
      params: { sheet: "Hisobot 2-chorak" },
    });
    expect(replaced.notice).toEqual({
      intent: "success",
      key: "result.reportReplaced",
      params: { sheet: "Hisobot 2-chorak" },
    });
    expect(created.summary).toEqual(summarize(report));
  });

  it("a name taken by another sheet is a warning naming that sheet", () => {
    const o = ACTION_TABLE.report.outcome({ ok: false, reason: "name_taken", sheet: "Hisobot", syncs: 1 });
    expect(o.notice).toEqual({ intent: "warning", key: "problem.name_taken", params: { sheet: "Hisobot" } });
    expect(noticeText(o.notice, t)).toBe(t("problem.name_taken", { sheet: "Hisobot" }));
    expect(o.summary).toBeUndefined();
  });
});

describe("failedOutcome", () => {
  it("an error names the action (translated) and the error's message", () => {
    const o = failedOutcome("fill", new Error("disk full"));
    expect(o.notice).toEqual({
      intent: "error",
      key: "actions.failed",
      actionKey: "actions.fill",
      params: { error: "disk full" },
    });
    expect(noticeText(o.notice, t)).toBe(
      t("actions.failed", { action: t("actions.fill"), error: "disk full" })
    );
  });

  it("a thrown string is the message; anything else shows as ?", () => {
    expect(failedOutcome("check", "busy").notice.params).toEqual({ error: "busy" });
    expect(failedOutcome("check", { code: 1 }).notice.params).toEqual({ error: "?" });
    expect(failedOutcome("setup", new Error("")).notice.params).toEqual({ error: "?" });
  });

  it("a sheet too large to read is explained in the pane's language, naming the sheet (no English error text)", () => {
    const o = failedOutcome("report", new RangeTooLargeError("Reja lug'atlari"));
    expect(o.notice).toMatchObject({
      intent: "error",
      key: "host.rangeTooLarge",
      params: { sheet: "Reja lug'atlari" },
    });
    const ru = noticeText(o.notice, translator("ru"));
    expect(ru).toContain("«Reja lug'atlari»");
    expect(ru).toContain("5 000 000");
    expect(ru).not.toMatch(/more than|used cells/);
  });
});

describe("performAction over the stand-in", () => {
  it("runs the command in one run and maps its real result", async () => {
    const book = await createPlaygroundWorkbook("structured");
    let runs = 0;
    const run: ExcelRun = (batch) => {
      runs++;
      return book.run(batch);
    };
    const o: ActionOutcome = await performAction("check", run, { now: () => new Date(2026, 6, 10) });
    expect(runs).toBe(1);
    // the seeded mistake is an error: a red notice whose counts are the list's
    expect(o.notice.intent).toBe("error");
    expect(o.notice.key).toBe("result.checkCounts");
    const c = severityCounts(o.findings ?? []);
    expect(o.notice.params).toEqual({ errors: c.error, warnings: c.warning, infos: c.info });
    expect(c.error).toBeGreaterThan(0);
    expect(o.findings?.some((f) => f.item === SEEDED_MISTAKE.item && f.code === "unit.unknown")).toBe(true);
    expect(o.liveSheet).toBe("Ish reja");
    await book.settle();
  });

  it("check's summary (computed from the check's own read, the computed columns skipped) is the one a full read gives", async () => {
    const book = await createPlaygroundWorkbook("structured");
    await performAction("fill", (b) => book.run(b), { now: () => new Date(2026, 6, 10) });
    const o = await performAction("check", (b) => book.run(b), { now: () => new Date(2026, 6, 10) });
    const full = await book.run((ctx) => readQuarterReport(ctx));
    expect(full).not.toBeNull();
    expect(o.summary).toEqual(summarize(full!));
    expect(o.summary?.total.indicators).toBeGreaterThan(0);
    await book.settle();
  });

  it("report creates its sheet and returns the quarter summary it computed", async () => {
    const book = await createPlaygroundWorkbook("structured");
    const o = await performAction("report", (b) => book.run(b), { now: () => new Date(2026, 6, 10) });
    expect(o.notice.key).toBe("result.report");
    expect(o.summary?.quarter).toBe(2);
    expect(o.summary?.total.indicators).toBeGreaterThan(0);
    await book.settle();
  });
});
