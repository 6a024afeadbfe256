/** @jest-environment jsdom */
/** The approval and next-year panels render their props: the state, the approver form, unlock's warning, the change list. */
import { fireEvent, screen } from "@testing-library/react";
import type { PlanChange } from "../../src/core";
import { YEAR_TEXTS } from "../../src/core/year/messages";
import { ApprovalPanel, type ApprovalPanelProps } from "../../src/taskpane/components/ApprovalPanel";
import { NextYearPanel } from "../../src/taskpane/components/NextYearPanel";
import { translator } from "../../src/taskpane/i18n";
import { renderInFluent } from "./render";

const t = translator("en");
const year = YEAR_TEXTS.en;

function panel(over: Partial<ApprovalPanelProps> = {}) {
  const onApprove = jest.fn();
  const onUnlock = jest.fn();
  const props: ApprovalPanelProps = {
    t,
    year,
    approval: null,
    director: "R. Halimov",
    busy: null,
    changes: null,
    onApprove,
    onUnlock,
    ...over,
  };
  const r = renderInFluent(<ApprovalPanel {...props} />);
  const button = (name: string) => r.container.querySelector(`button[data-year-action="${name}"]`);
  return { ...r, onApprove, onUnlock, button };
}

describe("ApprovalPanel", () => {
  it("a plan never approved: says so, and Approve asks for the name (the director first) before recording", () => {
    const p = panel();
    expect(screen.getByTestId("approval-state").textContent).toBe(t("year.state.none"));
    expect(p.button("unlock")).toBeNull();
    fireEvent.click(p.button("approve") as HTMLButtonElement);
    expect(p.onApprove).not.toHaveBeenCalled();
    const input = screen.getByTestId("approver") as HTMLInputElement;
    expect(input.value).toBe("R. Halimov");
    // protecting the sheet clears Excel's undo history: the form says so before anything happens
    expect(p.container.textContent).toContain(t("year.undo"));
    fireEvent.change(input, { target: { value: "  " } });
    expect((p.button("approve-confirm") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(input, { target: { value: " M. Karimova " } });
    fireEvent.click(p.button("approve-confirm") as HTMLButtonElement);
    expect(p.onApprove).toHaveBeenCalledWith("M. Karimova");
  });

  it("an approved plan: shows by whom and when; Unlock first says what changes, then unlocks", () => {
    const p = panel({ approval: { date: "2026-01-12", by: "R. Halimov", state: "approved" } });
    expect(screen.getByTestId("approval-state").textContent).toBe(
      t("year.state.approved", { date: "2026-01-12", by: "R. Halimov" })
    );
    expect(p.button("approve")).toBeNull();
    fireEvent.click(p.button("unlock") as HTMLButtonElement);
    expect(p.onUnlock).not.toHaveBeenCalled();
    expect(p.container.textContent).toContain(year.unlockExplain);
    expect(p.container.textContent).toContain(t("year.undo"));
    fireEvent.click(screen.getByText(t("year.cancel")));
    expect(p.onUnlock).not.toHaveBeenCalled();
    expect(p.container.textContent).not.toContain(year.unlockExplain);
    fireEvent.click(p.button("unlock") as HTMLButtonElement);
    fireEvent.click(p.button("unlock-confirm") as HTMLButtonElement);
    expect(p.onUnlock).toHaveBeenCalledTimes(1);
  });

  it("an unlocked plan offers Approve again, with the last approver's name", () => {
    const p = panel({ approval: { date: "2026-01-12", by: "M. Karimova", state: "unlocked" } });
    expect(screen.getByTestId("approval-state").textContent).toBe(
      t("year.state.unlocked", { date: "2026-01-12", by: "M. Karimova" })
    );
    fireEvent.click(p.button("approve") as HTMLButtonElement);
    expect((screen.getByTestId("approver") as HTMLInputElement).value).toBe("M. Karimova");
  });

  it("lists each change since the last approval", () => {
    const list: PlanChange[] = [
      { kind: "plan_changed", item: "19", indicator: 1, from: "300", to: "320" },
      { kind: "item_added", item: "49" },
      { kind: "deadline_changed", item: "26", from: "Yil davomida", to: "II chorak" },
    ];
    const previous = { date: "2026-01-12", by: "R. Halimov" };
    const p = panel({
      approval: { date: "2026-03-01", by: "R. Halimov", state: "approved" },
      changes: { previous, list },
    });
    const section = screen.getByTestId("approval-changes");
    expect(section.textContent).toContain(year.changesSince({ ...previous, count: 3 }));
    const items = [...p.container.querySelectorAll("li[data-change]")];
    expect(items.map((li) => li.textContent)).toEqual(list.map((c) => year.change(c)));
  });

  it("the first approval and an approval without changes say so", () => {
    const first = panel({ changes: { previous: null, list: [] } });
    expect(first.container.textContent).toContain(year.firstApproval);
    first.unmount();
    const previous = { date: "2026-01-12", by: "R. Halimov" };
    const same = panel({ changes: { previous, list: [] } });
    expect(same.container.textContent).toContain(year.noChanges(previous));
    expect(same.container.querySelectorAll("li[data-change]")).toHaveLength(0);
  });

  it("disables its actions while a year action runs", () => {
    const p = panel({ busy: "nextYear" });
    expect((p.button("approve") as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("NextYearPanel", () => {
  it("writes the draft, with suggestions only when asked", () => {
    const onNextYear = jest.fn();
    const r = renderInFluent(<NextYearPanel t={t} busy={null} onNextYear={onNextYear} />);
    const button = r.container.querySelector('button[data-year-action="nextYear"]') as HTMLButtonElement;
    fireEvent.click(button);
    fireEvent.click(screen.getByLabelText(t("year.suggest")));
    fireEvent.click(button);
    expect(onNextYear.mock.calls).toEqual([[false], [true]]);
  });
});
