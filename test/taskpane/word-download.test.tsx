/** @jest-environment jsdom */
/**
 * "Word hujjati" in the pane over the Excel stand-in: the question when errors remain, the notice with its link
 * to the file, and the file's URL let go with that notice. (The action without React: word-action.test.ts.)
 */
import { TextEncoder } from "node:util";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { readPlan } from "../../src/core/reader";
import { readDocxFile } from "../../src/docx-file/node";
import { createPlaygroundWorkbook } from "../../src/playground/seed";
import type { StandinWorkbook } from "../../src/standin";
import App from "../../src/taskpane/App";
import { translator } from "../../src/taskpane/i18n";
import { renderInFluent } from "./render";
import { recorder } from "./offered-files";

// jsdom, the tests' DOM, has no TextEncoder; every browser the pane runs in has it (the docx writer uses it)
if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder });

const NOW = () => new Date(2026, 6, 10);

async function planOfDocx(bytes: Uint8Array) {
  const r = readPlan((await readDocxFile(bytes)).grid);
  if (!r.ok) throw new Error("the offered document has no plan table");
  return r.plan;
}

describe("the docx action in the pane", () => {
  let book: StandinWorkbook;
  let unmount: () => void = () => undefined;
  beforeEach(async () => {
    book = await createPlaygroundWorkbook("structured");
  });
  afterEach(async () => {
    unmount();
    await book.settle();
  });

  it("asks first when errors remain, then offers the file with a link; the link's URL goes with the notice", async () => {
    const t = translator("en");
    const { offered, offerFile } = recorder();
    const r = renderInFluent(
      <App run={(b) => book.run(b)} initialLang="en" now={NOW} offerFile={offerFile} />
    );
    unmount = r.unmount;
    const button = await waitFor(
      () => {
        const b = r.container.querySelector('button[data-action="docx"]') as HTMLButtonElement | null;
        expect(b?.disabled).toBe(false);
        return b as HTMLButtonElement;
      },
      { timeout: 10000 }
    );
    expect(button.textContent).toBe(t("actions.docx"));
    fireEvent.click(button);
    // the seeded mistake is an error: the question names the Word document, nothing is offered yet
    const ask = await waitFor(() => screen.getByTestId("confirm-errors"), { timeout: 10000 });
    expect(ask.textContent).toContain(t("confirm.docx", { count: 1 }));
    expect(offered).toHaveLength(0);
    fireEvent.click(ask.querySelector('button[data-confirm="goon"]') as HTMLButtonElement);

    const link = await waitFor(
      () => {
        const a = r.container.querySelector("a[data-download-link]") as HTMLAnchorElement | null;
        expect(a).not.toBeNull();
        return a as HTMLAnchorElement;
      },
      { timeout: 10000 }
    );
    expect(offered).toHaveLength(1);
    expect(link.getAttribute("href")).toBe(offered[0].url);
    expect(link.getAttribute("download")).toBe("Jondor-2026-ish-reja.docx");
    expect(link.textContent).toBe(t("download.again", { file: "Jondor-2026-ish-reja.docx" }));
    expect(r.container.textContent).toContain(
      t("result.docx", { file: "Jondor-2026-ish-reja.docx", count: 48 })
    );
    expect((await planOfDocx(offered[0].bytes)).items).toHaveLength(48);
    expect(offered[0].revoked).toBe(0);

    // Dismiss lets the file go: its URL is revoked once, the link is gone
    const notice = r.container.querySelector('[data-notice="result.docx"]') as HTMLElement;
    await act(async () => {
      fireEvent.click(screen.getAllByText(t("actions.dismiss"))[0]);
    });
    expect(notice.isConnected).toBe(false);
    expect(r.container.querySelector("a[data-download-link]")).toBeNull();
    expect(offered[0].revoked).toBe(1);
  });

  it("another action replacing the notice also revokes the file's URL", async () => {
    const { offered, offerFile } = recorder();
    const r = renderInFluent(
      <App run={(b) => book.run(b)} initialLang="en" now={NOW} offerFile={offerFile} />
    );
    unmount = r.unmount;
    const click = async (action: string) => {
      const b = await waitFor(
        () => {
          const el = r.container.querySelector(`button[data-action="${action}"]`) as HTMLButtonElement;
          expect(el.disabled).toBe(false);
          return el;
        },
        { timeout: 10000 }
      );
      fireEvent.click(b);
    };
    await click("docx");
    fireEvent.click(
      (await waitFor(() => screen.getByTestId("confirm-errors"), { timeout: 10000 })).querySelector(
        'button[data-confirm="goon"]'
      ) as HTMLButtonElement
    );
    await waitFor(() => expect(r.container.querySelector("a[data-download-link]")).not.toBeNull(), {
      timeout: 10000,
    });
    expect(offered[0].revoked).toBe(0);
    await click("fill");
    await waitFor(() => expect(offered[0].revoked).toBe(1), { timeout: 10000 });
    unmount();
    unmount = () => undefined;
    expect(offered[0].revoked).toBe(1);
  });
});
