/** @jest-environment jsdom */
/** *Set up* from a Word file: the picked .docx becomes the "Ish reja" sheet (reader loaded on demand). */
import { fireEvent, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createWorkbook, type StandinWorkbook } from "../../src/standin";
import App from "../../src/taskpane/App";
import { translator } from "../../src/taskpane/i18n";
import { renderInFluent } from "./render";

const t = translator("en");
const DOCX = join(__dirname, "..", "fixtures", "office", "jondor-2026.docx");

function pick(container: HTMLElement, file: File): void {
  const input = container.querySelector('input[data-testid="word-setup-input"]') as HTMLInputElement;
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
}

describe("Set up from a Word file", () => {
  let book: StandinWorkbook;
  let unmount: () => void = () => undefined;
  beforeEach(() => {
    book = createWorkbook({ sheets: [{ name: "Sheet1", values: [[""]] }] });
  });
  afterEach(async () => {
    unmount();
    await book.settle();
  });

  it("writes the plan sheet from the document and says so", async () => {
    const r = renderInFluent(<App run={(b) => book.run(b)} initialLang="en" />);
    unmount = r.unmount;
    pick(r.container, new File([readFileSync(DOCX)], "jondor-2026.docx"));
    await waitFor(() => expect(book.sheetNames()).toContain("Ish reja"), { timeout: 20000 });
    await waitFor(() => expect(r.container.textContent).toContain(t("result.setup", { sheet: "Ish reja" })));
    const values = book.snapshot("Ish reja").values;
    expect(values.some((row) => String(row[0]).trim() === "19.")).toBe(true);
  }, 30000);

  it("says plainly when the file is not a Word document", async () => {
    const r = renderInFluent(<App run={(b) => book.run(b)} initialLang="en" />);
    unmount = r.unmount;
    pick(r.container, new File(["not a docx"], "notes.docx"));
    await waitFor(() => expect(r.container.textContent).toContain(t("problem.unreadable_docx")));
    expect(book.sheetNames()).toEqual(["Sheet1"]);
  });

  it("refuses a Word document cut short as `reja` does (a damaged Word document), writing nothing", async () => {
    const r = renderInFluent(<App run={(b) => book.run(b)} initialLang="en" />);
    unmount = r.unmount;
    const docx = readFileSync(DOCX);
    pick(r.container, new File([docx.subarray(0, Math.floor(docx.length / 2))], "jondor-2026.docx"));
    await waitFor(() => expect(r.container.textContent).toContain(t("problem.unreadable_docx")));
    expect(book.sheetNames()).toEqual(["Sheet1"]);
  });
});
