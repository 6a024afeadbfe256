/** @jest-environment jsdom */
/** Approve / unlock / next year through the pane over the Excel stand-in (the playground's structured workbook). */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { toA1 } from "../../src/core/grid";
import { PLAN_COL } from "../../src/core/layout/plan-sheet";
import { readApproval } from "../../src/core/year/approval";
import { YEAR_TEXTS } from "../../src/core/year/messages";
import { approvePlan } from "../../src/excel/commands/approve";
import type { ExcelRun } from "../../src/excel/commands/settings";
import { createPlaygroundWorkbook } from "../../src/playground/seed";
import type { StandinWorkbook } from "../../src/standin";
import App from "../../src/taskpane/App";
import { translator } from "../../src/taskpane/i18n";
import { rowOfItem } from "../excel/helpers";
import { renderInFluent } from "./render";

const t = translator("en");
const year = YEAR_TEXTS.en;
const NOW = () => new Date(2026, 6, 10);
const PLAN = "Ish reja";
const SETTINGS = "Reja sozlamalari";

function yearButton(container: HTMLElement, action: string): HTMLButtonElement {
  return container.querySelector(`button[data-year-action="${action}"]`) as HTMLButtonElement;
}

async function ready() {
  await waitFor(() => expect(screen.getByTestId("approval-state").textContent).not.toBe(""));
  await waitFor(() =>
    expect(screen.getByLabelText<HTMLInputElement>(t("settings.director")).value).not.toBe("")
  );
}

function stateText(): string {
  return screen.getByTestId("approval-state").textContent ?? "";
}

describe("the year panel over the stand-in", () => {
  let book: StandinWorkbook;
  let unmount: () => void = () => undefined;
  beforeEach(async () => {
    book = await createPlaygroundWorkbook("structured");
  });
  afterEach(async () => {
    unmount();
    await book.settle();
  });

  it("approves with the director's name, locks the plan, unlocks, and lists the changes on the next approval", async () => {
    const r = renderInFluent(<App run={(b) => book.run(b)} initialLang="en" now={NOW} />);
    unmount = r.unmount;
    await ready();
    expect(stateText()).toBe(t("year.state.none"));

    fireEvent.click(yearButton(r.container, "approve"));
    expect(screen.getByTestId<HTMLInputElement>("approver").value).toBe("R. Halimov");
    fireEvent.click(yearButton(r.container, "approve-confirm"));
    await waitFor(() => expect(book.protection(PLAN)).not.toBeNull());
    await waitFor(() =>
      expect(stateText()).toBe(t("year.state.approved", { date: "2026-07-10", by: "R. Halimov" }))
    );
    expect(r.container.textContent).toContain(year.firstApproval);
    expect(readApproval(book.snapshot(SETTINGS).values)).toMatchObject({
      by: "R. Halimov",
      state: "approved",
    });

    // the plan's own cells are locked, the facts stay open
    const r19 = rowOfItem(book.snapshot(PLAN).values, "19");
    await expect(book.userEdit(PLAN, toA1(r19, PLAN_COL.plan), 999)).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await act(async () => {
      await book.userEdit(PLAN, toA1(r19, PLAN_COL.facts[2]), 5);
    });

    fireEvent.click(yearButton(r.container, "unlock"));
    expect(r.container.textContent).toContain(year.unlockExplain);
    expect(book.protection(PLAN)).not.toBeNull();
    fireEvent.click(yearButton(r.container, "unlock-confirm"));
    await waitFor(() => expect(book.protection(PLAN)).toBeNull());
    await waitFor(() =>
      expect(stateText()).toBe(t("year.state.unlocked", { date: "2026-07-10", by: "R. Halimov" }))
    );

    const before = book.snapshot(PLAN).values[r19][PLAN_COL.plan];
    await act(async () => {
      await book.userEdit(PLAN, toA1(r19, PLAN_COL.plan), 999);
    });
    fireEvent.click(yearButton(r.container, "approve"));
    fireEvent.change(screen.getByTestId("approver"), { target: { value: "M. Karimova" } });
    fireEvent.click(yearButton(r.container, "approve-confirm"));
    const change = year.change({
      kind: "plan_changed",
      item: "19",
      indicator: 1,
      from: String(before),
      to: "999",
    });
    await waitFor(() => expect(r.container.querySelector('li[data-change="plan_changed"]')).not.toBeNull());
    expect(r.container.querySelector('li[data-change="plan_changed"]')?.textContent).toBe(change);
    expect(stateText()).toBe(t("year.state.approved", { date: "2026-07-10", by: "M. Karimova" }));
    expect(book.protection(PLAN)).not.toBeNull();
  });

  it("shows an approval recorded before the pane opened, read with the settings (no run of its own)", async () => {
    const mount = async (): Promise<{ runs: number; text: string }> => {
      let runs = 0;
      const run: ExcelRun = (b) => {
        runs++;
        return book.run(b);
      };
      const r = renderInFluent(<App run={run} initialLang="en" now={NOW} />);
      await ready();
      await act(async () => {
        await book.settle();
      });
      const text = stateText();
      r.unmount();
      return { runs, text };
    };
    const plain = await mount();
    expect(plain.text).toBe(t("year.state.none"));
    await book.run((ctx) => approvePlan(ctx, { by: "R. Halimov", date: new Date(2026, 0, 12) }));
    const approved = await mount();
    expect(approved.text).toBe(t("year.state.approved", { date: "2026-01-12", by: "R. Halimov" }));
    expect(approved.runs).toBe(plain.runs);
  });

  it("writes next year's draft to a new sheet, says it is a draft, and refuses to write it again", async () => {
    const r = renderInFluent(<App run={(b) => book.run(b)} initialLang="en" now={NOW} />);
    unmount = r.unmount;
    await ready();
    const plan = book.snapshot(PLAN).values;
    fireEvent.click(yearButton(r.container, "nextYear"));
    await waitFor(() => expect(book.sheetNames()).toContain("Ish reja 2027"));
    await waitFor(() =>
      expect(r.container.textContent).toContain(t("year.draft", { sheet: "Ish reja 2027" }))
    );
    expect(r.container.textContent).toMatch(/2027/);
    expect(book.snapshot(PLAN).values).toEqual(plan);

    fireEvent.click(yearButton(r.container, "nextYear"));
    await waitFor(() =>
      expect(r.container.textContent).toContain(t("year.draftExists", { sheet: "Ish reja 2027" }))
    );
    expect(book.sheetNames().filter((n) => n.startsWith("Ish reja 2027"))).toEqual(["Ish reja 2027"]);
  });
});
