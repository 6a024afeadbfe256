/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { formatMessage } from "../../src/core/messages";
import type { Severity } from "../../src/core/model";
import type { SheetFinding } from "../../src/excel/commands/check";
import { FindingsList, groupFindings } from "../../src/taskpane/components/FindingsList";
import { translator } from "../../src/taskpane/i18n";
import { renderInFluent } from "./render";

function finding(
  code: string,
  severity: Severity,
  item: string | null,
  cell: string,
  row: number,
  params: Record<string, string | number> = {}
): SheetFinding {
  return {
    code,
    severity,
    item,
    cell,
    row,
    col: cell.charCodeAt(0) - 65,
    message: `${code} message`,
    params,
    sheet: "Ish reja",
  };
}

const FINDINGS: SheetFinding[] = [
  finding("responsible.unknown", "warning", "12", "H20", 19, { name: "Kutubxonachi" }),
  finding("unit.unknown", "error", "12", "C20", 19, { unit: "Tadbirlr", suggestion: "Tadbir" }),
  finding("plan.below_fact", "warning", "19", "E36", 35, { plan: 300, fact: 365 }),
  finding("plan.below_fact", "warning", "19", "E37", 36, { plan: 6000, fact: 7000 }),
  finding("fact.suspicious", "info", "21", "I40", 39, { total: 900, plan: 100, percent: 900 }),
];

describe("groupFindings", () => {
  it("groups by item in sheet order, errors first within an item, with counts", () => {
    const groups = groupFindings(FINDINGS);
    expect(groups.map((g) => g.item)).toEqual(["12", "19", "21"]);
    expect(groups[0].findings.map((f) => f.code)).toEqual(["unit.unknown", "responsible.unknown"]);
    expect(groups[0].counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(groups[1].counts).toEqual({ error: 0, warning: 2, info: 0 });
  });

  it("puts findings about no single item in a group of their own", () => {
    const groups = groupFindings([finding("number.duplicate", "error", null, "A5", 4), ...FINDINGS]);
    expect(groups[0].item).toBeNull();
  });
});

describe("FindingsList", () => {
  it("asks to check before the first check, and says when there is nothing", () => {
    const t = translator("en");
    const { rerenderInFluent } = renderInFluent(
      <FindingsList findings={null} lang="en" t={t} live={false} onSelect={() => undefined} />
    );
    expect(screen.getByText(t("findings.notChecked"))).toBeTruthy();
    rerenderInFluent(<FindingsList findings={[]} lang="en" t={t} live={false} onSelect={() => undefined} />);
    expect(screen.getByText(t("findings.none"))).toBeTruthy();
  });

  it("shows each group with its counts and each finding in the pane's language", () => {
    const t = translator("ru");
    const { container } = renderInFluent(
      <FindingsList findings={FINDINGS} lang="ru" t={t} live onSelect={() => undefined} />
    );
    const groups = container.querySelectorAll("li[data-item]");
    expect([...groups].map((g) => g.getAttribute("data-item"))).toEqual(["12", "19", "21"]);
    const item12 = within(groups[0] as HTMLElement);
    expect(item12.getByText(t("severity.count.error", { count: 1 }))).toBeTruthy();
    expect(item12.getByText(t("severity.count.warning", { count: 1 }))).toBeTruthy();
    const buttons = (groups[0] as HTMLElement).querySelectorAll("button[data-code]");
    expect([...buttons].map((b) => b.getAttribute("data-code"))).toEqual([
      "unit.unknown",
      "responsible.unknown",
    ]);
    expect(buttons[0].textContent).toContain(formatMessage("unit.unknown", FINDINGS[1].params, "ru"));
    // totals over the whole list
    expect(container.querySelector('[data-severity-count="warning"]')?.textContent).toBe(
      t("severity.count.warning", { count: 3 })
    );
    expect(container.querySelector('[data-severity-count="info"]')?.textContent).toBe(
      t("severity.count.info", { count: 1 })
    );
    expect(screen.getByText(t("findings.live"))).toBeTruthy();
  });

  it("selects a finding's cell on click; each finding is a labelled native button (Enter and Space work)", () => {
    const onSelect = jest.fn();
    const t = translator("uz");
    const { container } = renderInFluent(
      <FindingsList findings={FINDINGS} lang="uz" t={t} live={false} onSelect={onSelect} />
    );
    const button = container.querySelector('button[data-cell="E37"]') as HTMLButtonElement;
    expect(button.tagName).toBe("BUTTON");
    expect(button.type).toBe("button");
    expect(button.getAttribute("aria-label")).toContain("E37");
    fireEvent.click(button);
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0][0]).toMatchObject({
      cell: "E37",
      sheet: "Ish reja",
      code: "plan.below_fact",
    });
  });

  it("hides and shows a severity with its count button", () => {
    const t = translator("en");
    const { container } = renderInFluent(
      <FindingsList findings={FINDINGS} lang="en" t={t} live={false} onSelect={() => undefined} />
    );
    const warnings = container.querySelector('[data-severity-count="warning"]') as HTMLButtonElement;
    expect(warnings.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(warnings);
    expect(warnings.getAttribute("aria-pressed")).toBe("false");
    expect(
      [...container.querySelectorAll("button[data-code]")].map((b) => b.getAttribute("data-code"))
    ).toEqual(["unit.unknown", "fact.suspicious"]);
    fireEvent.click(warnings);
    expect(container.querySelectorAll("button[data-code]").length).toBe(FINDINGS.length);
  });
});
