/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { buildReport } from "../../src/core/report";
import { formatPercent } from "../../src/core/messages";
import type { PlanSettings } from "../../src/core/model";
import { QuarterSummary } from "../../src/taskpane/components/QuarterSummary";
import { translator } from "../../src/taskpane/i18n";
import { summarize } from "../../src/taskpane/summary";
import { item, plan, section, W } from "../core/layout/builders";
import { renderInFluent } from "./render";

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

function sampleSummary() {
  const p = plan([
    section("I", "QONUNLAR"),
    item("1.", { plan: 1200, facts: [350, 200] }), // partial: 550 of 600 → 91,7%
    item("2.", { windows: W.range(2, 3), kind: "range", facts: [null, null, "✓"] }), // in_progress, no quantity
    section("IV", "ASOSIY"),
    item("3.", { plan: 2, windows: W.twice, kind: "twice", facts: [1, 1] }), // done: 100%
    item("4.", { plan: 1, windows: W.q(4), kind: "quarter" }), // not_due
    item("5.", { plan: 40, facts: [0, 0] }), // not_done: 0%
    item("6.", { plan: 100, facts: [80, 80] }), // done, over plan: 160% counts as 100
  ]);
  return summarize(buildReport(p, SETTINGS));
}

describe("summarize", () => {
  it("counts by status and the completion of quantitative indicators, per section and in total", () => {
    const s = sampleSummary();
    expect(s.quarter).toBe(2);
    expect(s.sections.map((l) => l.number)).toEqual(["I", "IV"]);
    const [first, fourth] = s.sections;
    expect(first.counts).toMatchObject({ partial: 1, in_progress: 1, done: 0 });
    expect(first.indicators).toBe(2);
    expect(first.completion).toBe(91.7);
    expect(fourth.counts).toMatchObject({ done: 2, not_due: 1, not_done: 1 });
    // (100 + 0 + 100) / 3, the over-fulfilled indicator capped at 100
    expect(fourth.completion).toBe(66.7);
    expect(s.total.indicators).toBe(6);
    expect(s.total.counts).toMatchObject({ done: 2, partial: 1, not_done: 1, in_progress: 1, not_due: 1 });
    expect(s.total.completion).toBe(72.9);
  });
});

describe("QuarterSummary", () => {
  it("shows the totals by status, the completion and one bar per section, sized by the counts", () => {
    const t = translator("en");
    const summary = sampleSummary();
    const { container } = renderInFluent(
      <QuarterSummary summary={summary} loading={false} lang="en" t={t} onRefresh={() => undefined} />
    );
    expect(screen.getByText(t("summary.title", { roman: "II" }))).toBeTruthy();
    const done = container.querySelector('li[data-status="done"]');
    expect(done?.textContent).toBe(`${t("status.done")}2`);
    expect(container.querySelector('li[data-status="not_due"]')?.textContent).toContain("1");
    expect(container.querySelector("[data-completion]")?.textContent).toContain(formatPercent(72.9, "en"));

    const chart = screen.getByRole("img", { name: t("summary.chart") });
    const bars = chart.querySelectorAll("g[data-section]");
    expect([...bars].map((g) => g.getAttribute("data-section"))).toEqual(["I", "IV"]);
    // section IV: 4 indicators, 2 done → the done part is half of the bar
    const parts = [...bars[1].querySelectorAll("rect")].slice(1).map((r) => Number(r.getAttribute("width")));
    const barWidth = Number(bars[1].querySelector("rect")?.getAttribute("width"));
    expect(parts[0]).toBeCloseTo(barWidth / 2);
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(barWidth);
    expect(bars[1].textContent).toContain(formatPercent(66.7, "en"));
  });

  it("says when there is no plan sheet, and refreshes on request", () => {
    const t = translator("uz");
    const onRefresh = jest.fn();
    renderInFluent(<QuarterSummary summary={null} loading={false} lang="uz" t={t} onRefresh={onRefresh} />);
    expect(screen.getByText(t("summary.empty"))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: t("summary.refresh") }));
    expect(onRefresh).toHaveBeenCalled();
  });
});
