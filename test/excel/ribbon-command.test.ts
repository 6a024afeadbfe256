/**
 * @jest-environment jsdom
 */
/**
 * The ribbon's "generateReport" function command, with Office and Excel as globals (Excel = the stand-in), and
 * its message dialog page under the dialog's Office (only messageParent and isSetSupported: the stand-in's
 * installOfficeDialog throws on anything else).
 */
import { CLOSE_LABELS } from "../../src/commands/dialog-texts";
import { COMMAND_MESSAGES } from "../../src/commands/messages";
import { SHEET_NAMES } from "../../src/core/layout/names";
import {
  DialogApiError,
  installExcelGlobal,
  installOfficeDialog,
  type StandinWorkbook,
} from "../../src/standin";
import { bookWithGrid, seedGrid, setUpSeedBook } from "./helpers";

type Handler = (event: { completed: () => void }) => Promise<void>;

interface OfficeMock {
  actions: Record<string, Handler>;
  dialogs: { url: string; handlers: Record<string, (arg?: unknown) => void>; closed: boolean }[];
}

/** The Office of the function file (commands.html): actions, displayDialogAsync, displayLanguage. */
function installOffice(displayLanguage?: string): OfficeMock {
  const mock: OfficeMock = { actions: {}, dialogs: [] };
  (globalThis as unknown as { Office: unknown }).Office = {
    onReady: (cb?: () => void) => {
      cb?.();
      return Promise.resolve({});
    },
    actions: { associate: (name: string, fn: Handler) => void (mock.actions[name] = fn) },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      displayLanguage,
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          const dialog = { url, handlers: {} as Record<string, (arg?: unknown) => void>, closed: false };
          mock.dialogs.push(dialog);
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type: string, h: (arg?: unknown) => void) => void (dialog.handlers[type] = h),
              close: () => void (dialog.closed = true),
            },
          });
        },
      },
    },
  };
  return mock;
}

async function loadCommands(
  book: StandinWorkbook,
  displayLanguage?: string
): Promise<{ office: OfficeMock; restore: () => void }> {
  window.history.pushState({}, "", "/app/commands.html");
  const office = installOffice(displayLanguage);
  const restore = installExcelGlobal(book);
  jest.resetModules();
  await import("../../src/commands/commands");
  return { office, restore };
}

/** Presses the button; the dialog's URL, or null when none opened; `completed` counts event.completed(). */
async function press(book: StandinWorkbook, displayLanguage?: string) {
  const { office, restore } = await loadCommands(book, displayLanguage);
  const completed = jest.fn();
  await office.actions.generateReport({ completed });
  restore();
  const url = office.dialogs[0] ? new URL(office.dialogs[0].url) : null;
  return { office, completed, url };
}

/** Opens the dialog page at `url` under the dialog's Office. */
async function openDialog(url: URL) {
  document.body.innerHTML = "";
  window.history.pushState({}, "", `${url.pathname}${url.search}`);
  const office = installOfficeDialog();
  jest.resetModules();
  try {
    await import("../../src/commands/dialog");
  } finally {
    office.restore();
  }
  return office;
}

afterEach(() => window.history.pushState({}, "", "/"));

describe("ribbon: generateReport", () => {
  test("makes the report sheet, activates it, opens no dialog, completes", async () => {
    const book = await setUpSeedBook();
    const { office, completed } = await press(book);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(office.dialogs).toHaveLength(0);
    const report = book.sheetNames().find((n) => n.startsWith("Hisobot 2026"));
    expect(report).toBeDefined();
    expect(book.activeSheetName()).toBe(report);
  });

  test("a workbook without the plan sheet: dialog.html says why, and the command completes when it closes", async () => {
    const book = bookWithGrid(seedGrid());
    const before = book.sheetNames();
    const { office, completed, url } = await press(book);
    expect(book.sheetNames()).toEqual(before);
    expect(office.dialogs).toHaveLength(1);
    // its own page, next to the function file (same origin, as displayDialogAsync requires)
    expect(url?.origin).toBe(window.location.origin);
    expect(url?.pathname).toBe("/app/dialog.html");
    expect(url?.searchParams.get("message") ?? "").toContain(SHEET_NAMES.plan);
    expect(completed).not.toHaveBeenCalled();
    office.dialogs[0].handlers.dialogMessageReceived?.({ message: "close" });
    expect(office.dialogs[0].closed).toBe(true);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("the message is in the Office display language", async () => {
    const { url } = await press(bookWithGrid(seedGrid()), "ru-RU");
    expect(url?.searchParams.get("message")).toBe(COMMAND_MESSAGES.ru.no_plan_sheet);
    expect(url?.searchParams.get("lang")).toBe("ru");
  });

  test("an Excel error is framed in the user's language, with Excel's own message after it", async () => {
    const book = await setUpSeedBook();
    await press(book); // the report sheet exists now
    const report = book.sheetNames().find((n) => n.startsWith("Hisobot 2026")) as string;
    // a protected report sheet cannot be cleared and rewritten: Excel answers AccessDenied
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(report).protection.protect();
      await ctx.sync();
    });
    const { url } = await press(book, "en-US");
    const message = url?.searchParams.get("message") ?? "";
    expect(message.startsWith(`${COMMAND_MESSAGES.en.error} `)).toBe(true);
    expect(message.length).toBeGreaterThan(COMMAND_MESSAGES.en.error.length + 5);
  });

  test("what the add-in can explain it says in its own words: a sheet too large to read", async () => {
    const book = await setUpSeedBook();
    await book.userEdit(SHEET_NAMES.settings, "XFD400", "x");
    const { url } = await press(book, "uz-Cyrl-UZ");
    expect(url?.searchParams.get("message")).toBe(
      COMMAND_MESSAGES["uz-Cyrl"].range_too_large.replace("{sheet}", SHEET_NAMES.settings)
    );
  });

  test("pressed while a cell is being edited: waits for the edit to end, then makes the report", async () => {
    const book = await setUpSeedBook();
    book.userEntersCellEdit();
    const pressed = press(book);
    await new Promise((r) => setTimeout(r, 20));
    expect(book.sheetNames().some((n) => n.startsWith("Hisobot"))).toBe(false);
    book.userLeavesCellEdit();
    const { completed, office } = await pressed;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(office.dialogs).toHaveLength(0);
    expect(book.sheetNames().some((n) => n.startsWith("Hisobot"))).toBe(true);
  });
});

describe("the message dialog page (dialog.html)", () => {
  test("shows the message as text, never as HTML, and its close button in the command's language", async () => {
    const url = new URL("https://localhost:3000/dialog.html");
    url.search = new URLSearchParams({ message: "<b>xato</b> & <img src=x>", lang: "ru" }).toString();
    await openDialog(url);
    expect(document.body.querySelector("p")?.textContent).toBe("<b>xato</b> & <img src=x>");
    expect(document.body.querySelector("b, img")).toBeNull();
    expect(document.body.querySelector("button")?.textContent).toBe(CLOSE_LABELS.ru);
    expect(document.documentElement.lang).toBe("ru");
  });

  test("its close button calls messageParent only (the dialog's Office has nothing else)", async () => {
    const book = bookWithGrid(seedGrid());
    const { url } = await press(book, "en-US");
    const office = installOfficeDialog();
    document.body.innerHTML = "";
    window.history.pushState({}, "", `${url!.pathname}${url!.search}`);
    jest.resetModules();
    await import("../../src/commands/dialog");
    expect(document.body.querySelector("p")?.textContent).toBe(COMMAND_MESSAGES.en.no_plan_sheet);
    document.body.querySelector("button")?.click();
    office.restore();
    expect(office.messages).toEqual(["close"]);
  });

  test("an unknown language falls back to Uzbek (Latin)", async () => {
    const url = new URL("https://localhost:3000/dialog.html?message=x&lang=de");
    await openDialog(url);
    expect(document.body.querySelector("button")?.textContent).toBe(CLOSE_LABELS.uz);
  });

  test("the dialog's Office refuses what a dialog may not call: loading the function file there fails", async () => {
    // what the ribbon did before it had its own dialog page: commands.html opened as the dialog
    const office = installOfficeDialog();
    jest.resetModules();
    await expect(import("../../src/commands/commands")).rejects.toBeInstanceOf(DialogApiError);
    office.restore();
  });
});
