/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { formatMessage } from "../../src/core/messages";
import type { Severity } from "../../src/core/model";
import type { SheetFinding } from "../../src/excel/commands/check";
import { FindingsList, groupByCode } from "../../src/taskpane/components/FindingsList";
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
  {
    ...finding("unit.unknown", "error", "12", "C20", 19, { unit: "Tadbirlr", suggestion: "Tadbir" }),
    fix: { cell: "C20", value: "Tadbir" },
  },
  finding("plan.below_fact", "warning", "19", "E36", 35, { plan: 300, fact: 365 }),
  finding("plan.below_fact", "warning", "19", "E37", 36, { plan: 6000, fact: 7000 }),
  finding("fact.suspicious", "info", "21", "I40", 39, { total: 900, plan: 100, percent: 900 }),
];

describe("groupByCode", () => {
  it("one group per kind, errors first, then warnings, then info, cells in sheet order", () => {
    const groups = groupByCode(FINDINGS);
    expect(groups.map((g) => g.key)).toEqual([
      "unit.unknown",
      "responsible.unknown",
      "plan.below_fact",
      "fact.suspicious",
    ]);
    expect(groups[2].findings.map((f) => f.cell)).toEqual(["E36", "E37"]);
  });

  it("the quarter checks group per quarter", () => {
    const groups = groupByCode([
      finding("fact.missing", "warning", "1", "J4", 3, { quarter: 2 }),
      finding("fact.missing", "warning", "1", "I4", 3, { quarter: 1 }),
      finding("fact.missing", "warning", "2", "J5", 4, { quarter: 2 }),
    ]);
    expect(groups.map((g) => [g.key, g.findings.length])).toEqual([
      ["fact.missing@2", 2],
      ["fact.missing@1", 1],
    ]);
  });
});

describe("FindingsList", () => {
  const none = () => undefined;

  it("asks to check before the first check, says when there is nothing, and says when there is no plan sheet", () => {
    const t = translator("en");
    const { rerenderInFluent } = renderInFluent(
      <FindingsList findings={null} lang="en" t={t} live={false} onSelect={none} />
    );
    expect(screen.getByText(t("findings.notChecked"))).toBeTruthy();
    rerenderInFluent(<FindingsList findings={[]} lang="en" t={t} live={false} onSelect={none} />);
    expect(screen.getByText(t("findings.none"))).toBeTruthy();
    rerenderInFluent(<FindingsList findings={[]} lang="en" t={t} live={false} noPlan onSelect={none} />);
    expect(screen.getByText(t("findings.noPlan"))).toBeTruthy();
    expect(screen.queryByText(t("findings.none"))).toBeNull();
  });

  it("shows each kind with its count; error groups open, the rest closed until opened", () => {
    const t = translator("uz");
    const { container } = renderInFluent(
      <FindingsList findings={FINDINGS} lang="uz" t={t} live onSelect={none} />
    );
    const heads = [...container.querySelectorAll("button[data-group-toggle]")];
    expect(heads.map((h) => h.getAttribute("aria-expanded"))).toEqual(["true", "false", "false", "false"]);
    expect(heads[2].textContent).toContain(t("code.plan.below_fact"));
    expect(heads[2].textContent).toContain(t("findings.groupCount", { count: 2 }));
    expect(
      [...container.querySelectorAll("button[data-code]")].map((b) => b.getAttribute("data-cell"))
    ).toEqual(["C20"]);
    fireEvent.click(heads[2]);
    expect(
      [...container.querySelectorAll("button[data-code]")].map((b) => b.getAttribute("data-cell"))
    ).toEqual(["C20", "E36", "E37"]);
    // totals over the whole list
    expect(container.querySelector('[data-severity-count="warning"]')?.textContent).toBe(
      t("severity.count.warning", { count: 3 })
    );
    expect(screen.getByText(t("findings.live"))).toBeTruthy();
  });

  it("a quarter group names its quarter", () => {
    const t = translator("uz");
    const { container } = renderInFluent(
      <FindingsList
        findings={[finding("fact.missing", "warning", "1", "J4", 3, { quarter: 2 })]}
        lang="uz"
        t={t}
        live={false}
        onSelect={none}
      />
    );
    expect(container.querySelector("button[data-group-toggle]")?.textContent).toContain(
      "II chorak fakti kiritilmagan"
    );
  });

  it("a finding is a native button named by its visible text; a click selects its cell", () => {
    const onSelect = jest.fn();
    const t = translator("ru");
    const { container } = renderInFluent(
      <FindingsList findings={FINDINGS} lang="ru" t={t} live={false} onSelect={onSelect} />
    );
    const button = container.querySelector('button[data-cell="C20"]') as HTMLButtonElement;
    expect(button.type).toBe("button");
    // no aria-label: the accessible name is the visible text (label-content-name-mismatch)
    expect(button.getAttribute("aria-label")).toBeNull();
    expect(button.textContent).toContain(formatMessage("unit.unknown", FINDINGS[1].params, "ru"));
    fireEvent.click(button);
    expect(onSelect.mock.calls[0][0]).toMatchObject({ cell: "C20", code: "unit.unknown" });
  });

  it("a finding with a known correction has a Fix button that hands the finding on", () => {
    const onFix = jest.fn();
    const t = translator("uz");
    const { container } = renderInFluent(
      <FindingsList findings={FINDINGS} lang="uz" t={t} live={false} onSelect={none} onFix={onFix} />
    );
    const fix = container.querySelector('button[data-fix="C20"]') as HTMLButtonElement;
    expect(fix.textContent).toBe(t("fix.button", { value: "Tadbir" }));
    fireEvent.click(fix);
    expect(onFix.mock.calls[0][0]).toMatchObject({ cell: "C20", fix: { cell: "C20", value: "Tadbir" } });
    expect(within(container).queryAllByText(/Tuzatish/).length).toBe(1);
  });
});

describe("the findings list is one Tab stop", () => {
  it("only one button is tabbable; the arrow keys, Home and End move the focus", () => {
    const t = translator("uz");
    const { container } = renderInFluent(
      <FindingsList
        findings={FINDINGS}
        lang="uz"
        t={t}
        live={false}
        onSelect={() => undefined}
        onFix={() => undefined}
      />
    );
    const buttons = () => [...container.querySelectorAll<HTMLButtonElement>("ul[aria-label] button")];
    expect(buttons().filter((b) => b.tabIndex === 0).length).toBe(1);
    buttons()[0].focus();
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowDown" });
    expect(document.activeElement).toBe(buttons()[1]);
    expect(buttons().filter((b) => b.tabIndex === 0)).toEqual([buttons()[1]]);
    fireEvent.keyDown(document.activeElement as Element, { key: "End" });
    expect(document.activeElement).toBe(buttons()[buttons().length - 1]);
    fireEvent.keyDown(document.activeElement as Element, { key: "Home" });
    expect(document.activeElement).toBe(buttons()[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowUp" });
    expect(document.activeElement).toBe(buttons()[0]);
  });
});
