/** @jest-environment jsdom */
/** The pane's container over the Excel stand-in: every action goes through the injected run. */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { ExcelRun } from "../../src/excel/commands/settings";
import { createPlaygroundWorkbook, SEEDED_MISTAKE } from "../../src/playground/seed";
import type { StandinWorkbook } from "../../src/standin";
import App from "../../src/taskpane/App";
import { translator } from "../../src/taskpane/i18n";
import { renderInFluent } from "./render";

const t = translator("en");
const NOW = () => new Date(2026, 6, 10);

function actionButton(container: HTMLElement, action: string): HTMLButtonElement {
  return container.querySelector(`button[data-action="${action}"]`) as HTMLButtonElement;
}

// The whole pane mounts over the stand-in; on a machine busy with several jest workers that can take longer
// than waitFor's default 1 s.
const MOUNT = { timeout: 10000 };

async function ready(container: HTMLElement) {
  await waitFor(() => expect(screen.getByLabelText(t("quarter.label"))).toBeTruthy(), MOUNT);
  await waitFor(() => expect(container.querySelector('li[data-status="done"]')).not.toBeNull(), MOUNT);
}

describe("App over the stand-in", () => {
  let book: StandinWorkbook;
  let unmount: () => void = () => undefined;
  beforeEach(async () => {
    book = await createPlaygroundWorkbook("structured");
  });
  afterEach(async () => {
    unmount();
    await book.settle();
  });

  it("checks, lists the seeded error, selects its cell, and follows a fix made in the sheet", async () => {
    const r = renderInFluent(<App run={(b) => book.run(b)} initialLang="en" now={NOW} liveDelayMs={10} />);
    unmount = r.unmount;
    await ready(r.container);
    expect(screen.getByLabelText<HTMLSelectElement>(t("quarter.label")).value).toBe("2");

    fireEvent.click(actionButton(r.container, "check"));
    const seeded = await waitFor(() => {
      const el = r.container.querySelector(
        `li[data-item="${SEEDED_MISTAKE.item}"] button[data-code="unit.unknown"]`
      );
      expect(el).not.toBeNull();
      return el as HTMLButtonElement;
    });
    const cell = seeded.getAttribute("data-cell") as string;
    fireEvent.click(seeded);
    await waitFor(() => expect(book.selectedAddress()).toBe(`Ish reja!${cell}`));

    // a person fixes the unit: live checking re-checks and the finding goes
    await act(async () => {
      await book.userEdit("Ish reja", cell, "Tadbir");
    });
    await waitFor(() => expect(r.container.querySelector('button[data-code="unit.unknown"]')).toBeNull(), {
      timeout: 5000,
    });
  });

  it("fills statuses and generates the report, with a message for each", async () => {
    const r = renderInFluent(<App run={(b) => book.run(b)} initialLang="en" now={NOW} />);
    unmount = r.unmount;
    await ready(r.container);
    fireEvent.click(actionButton(r.container, "fill"));
    await waitFor(() =>
      expect(r.container.textContent).toMatch(new RegExp(t("result.fill", { count: "\\d+" })))
    );
    fireEvent.click(actionButton(r.container, "report"));
    // the seeded plan has an error: the pane asks first (how many; go on or go to them), nothing is written yet
    const ask = await waitFor(() => screen.getByTestId("confirm-errors"));
    expect(ask.textContent).toContain(t("confirm.report", { count: 1 }));
    expect(book.sheetNames()).not.toContain("Hisobot 2026 II chorak");
    fireEvent.click(ask.querySelector('button[data-confirm="goon"]') as HTMLButtonElement);
    await waitFor(() => expect(book.sheetNames()).toContain("Hisobot 2026 II chorak"));
    expect(screen.queryByTestId("confirm-errors")).toBeNull();
    await waitFor(() =>
      expect(screen.getByText(t("result.report", { sheet: "Hisobot 2026 II chorak" }))).toBeTruthy()
    );
  });

  it("fill and report take one Excel.run each: their result carries the summary, no second read", async () => {
    let runs = 0;
    const run: ExcelRun = (b) => {
      runs++;
      return book.run(b);
    };
    const r = renderInFluent(<App run={run} initialLang="en" now={NOW} />);
    unmount = r.unmount;
    await ready(r.container);
    await act(async () => {
      await book.settle();
    });
    for (const action of ["fill", "report"]) {
      const before = runs;
      fireEvent.click(actionButton(r.container, action));
      if (action === "report") {
        // errors remain: one run checked them; going on is the report's one run
        const ask = await waitFor(() => screen.getByTestId("confirm-errors"));
        expect(runs - before).toBe(1);
        fireEvent.click(ask.querySelector('button[data-confirm="goon"]') as HTMLButtonElement);
        await waitFor(() => expect(screen.queryByTestId("confirm-errors")).toBeNull());
        await waitFor(() => expect(actionButton(r.container, action).disabled).toBe(false));
        await waitFor(() => expect(book.sheetNames()).toContain("Hisobot 2026 II chorak"));
        expect(runs - before).toBe(2);
        continue;
      }
      await waitFor(() => expect(actionButton(r.container, action).disabled).toBe(false));
      await waitFor(() => expect(r.container.querySelector('li[data-status="done"]')).not.toBeNull());
      expect(runs - before).toBe(1);
    }
  });

  it("a failing action shows a plain error message and the buttons come back", async () => {
    let fail = false;
    const run: ExcelRun = (b) => (fail ? Promise.reject(new Error("The workbook is locked")) : book.run(b));
    const r = renderInFluent(<App run={run} initialLang="en" now={NOW} />);
    unmount = r.unmount;
    await ready(r.container);
    fail = true;
    fireEvent.click(actionButton(r.container, "report"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The workbook is locked");
    expect(alert.textContent).toContain(t("actions.report"));
    expect(actionButton(r.container, "report").disabled).toBe(false);
    expect(book.sheetNames()).not.toContain("Hisobot 2026 II chorak");
  });

  it("saves the quarter to the workbook and picks up a co-author's settings change", async () => {
    const r = renderInFluent(<App run={(b) => book.run(b)} initialLang="en" now={NOW} />);
    unmount = r.unmount;
    await ready(r.container);
    fireEvent.change(screen.getByLabelText(t("quarter.label")), { target: { value: "1" } });
    await waitFor(() => expect(screen.getByText(t("summary.title", { roman: "I" }))).toBeTruthy());
    const { readWorkbookSettings } = await import("../../src/excel/commands/settings");
    expect((await book.run((ctx) => readWorkbookSettings(ctx))).settings.quarter).toBe(1);

    // a co-author types a new director into the settings sheet
    const snap = book.snapshot("Reja sozlamalari");
    const row = snap.values.findIndex(
      (v) => String(v[1] ?? "") === "R. Halimov" || String(v[2] ?? "") === "R. Halimov"
    );
    expect(row).toBeGreaterThanOrEqual(0);
    const col = snap.values[row].findIndex((v) => v === "R. Halimov");
    await act(async () => {
      await book.userEdit("Reja sozlamalari", `${String.fromCharCode(65 + col)}${row + 1}`, "A. Karimov", {
        remote: true,
      });
    });
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>(t("settings.director")).value).toBe("A. Karimov")
    );
    expect(screen.getByText(t("settings.coauthor"))).toBeTruthy();
  });

  it("names the note column as the workbook writes it: Izoh in a Latin workbook, Изоҳ once it is Cyrillic", async () => {
    const cyr = translator("uz-Cyrl");
    const r = renderInFluent(<App run={(b) => book.run(b)} initialLang="uz-Cyrl" now={NOW} />);
    unmount = r.unmount;
    await waitFor(() => expect(screen.getByLabelText(cyr("quarter.label"))).toBeTruthy(), MOUNT);
    const suggest = () =>
      screen.getByText((_, el) => el?.tagName === "LABEL" && /\("/.test(el.textContent ?? ""));
    await waitFor(
      () => expect(suggest().textContent).toBe(translator("uz-Cyrl", "uz")("year.suggest")),
      MOUNT
    );
    expect(suggest().textContent).toContain('"Izoh"');

    // the workbook's language ("Ish kitobi tili") becomes Uzbek Cyrillic
    const snap = book.snapshot("Reja sozlamalari");
    const row = snap.values.findIndex((v) => v[0] === "lang");
    await act(async () => {
      await book.userEdit("Reja sozlamalari", `B${row + 1}`, "uz-Cyrl", { remote: true });
    });
    await waitFor(() => expect(suggest().textContent).toContain('"Изоҳ"'), MOUNT);
  });
  it("saving a new workbook language says the plan sheet's headers followed it; saving again says only saved", async () => {
    const r = renderInFluent(<App run={(b) => book.run(b)} initialLang="en" now={NOW} />);
    unmount = r.unmount;
    await ready(r.container);
    const header = () =>
      book.snapshot("Ish reja").values.find((row) => row.includes("Nomi") || row.includes("Наименование"));
    expect(header()).toContain("Nomi");
    fireEvent.change(screen.getByLabelText(t("settings.lang")), { target: { value: "ru" } });
    fireEvent.click(screen.getByRole("button", { name: t("settings.save") }));
    await waitFor(() => expect(screen.getByText(t("settings.savedRelabelled"))).toBeTruthy(), MOUNT);
    expect(header()).toContain("Наименование");
    fireEvent.click(screen.getByRole("button", { name: t("settings.save") }));
    await waitFor(() => expect(screen.getByText(t("settings.saved"))).toBeTruthy(), MOUNT);
    expect(screen.queryByText(t("settings.savedRelabelled"))).toBeNull();
  });
});
