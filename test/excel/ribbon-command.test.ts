/**
 * @jest-environment jsdom
 */
/** The ribbon's "generateReport" function command, with Office and Excel as globals (Excel = the stand-in). */
import { COMMAND_MESSAGES } from "../../src/commands/messages";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { installExcelGlobal, type StandinWorkbook } from "../../src/standin";
import { bookWithGrid, seedGrid, setUpSeedBook } from "./helpers";

type Handler = (event: { completed: () => void }) => Promise<void>;

interface OfficeMock {
  actions: Record<string, Handler>;
  dialogs: { url: string; handlers: Record<string, (arg?: unknown) => void>; closed: boolean }[];
}

function installOffice(): OfficeMock {
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
        messageParent: () => undefined,
      },
    },
  };
  return mock;
}

async function loadCommands(book: StandinWorkbook): Promise<{ office: OfficeMock; restore: () => void }> {
  const office = installOffice();
  const restore = installExcelGlobal(book);
  jest.resetModules();
  await import("../../src/commands/commands");
  return { office, restore };
}

describe("ribbon: generateReport", () => {
  test("makes the report sheet, activates it, opens no dialog, completes", async () => {
    const book = await setUpSeedBook();
    const { office, restore } = await loadCommands(book);
    const completed = jest.fn();
    await office.actions.generateReport({ completed });
    restore();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(office.dialogs).toHaveLength(0);
    const report = book.sheetNames().find((n) => n.startsWith("Hisobot 2026"));
    expect(report).toBeDefined();
    expect(book.activeSheetName()).toBe(report);
  });

  test("a workbook without the plan sheet: a dialog says why, and the command completes when it closes", async () => {
    const book = bookWithGrid(seedGrid());
    const before = book.sheetNames();
    const { office, restore } = await loadCommands(book);
    const completed = jest.fn();
    await office.actions.generateReport({ completed });
    restore();
    expect(book.sheetNames()).toEqual(before);
    expect(office.dialogs).toHaveLength(1);
    const message = new URL(office.dialogs[0].url).searchParams.get("message") ?? "";
    expect(message).toContain(SHEET_NAMES.plan);
    expect(completed).not.toHaveBeenCalled();
    office.dialogs[0].handlers.dialogMessageReceived?.({ message: "close" });
    expect(office.dialogs[0].closed).toBe(true);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("the message page renders the text as text", async () => {
    const book = bookWithGrid(seedGrid());
    window.history.pushState({}, "", "/commands.html?message=%3Cb%3Exato%3C%2Fb%3E");
    const { restore } = await loadCommands(book);
    restore();
    expect(document.body.querySelector("p")?.textContent).toBe("<b>xato</b>");
    expect(document.body.querySelector("b")).toBeNull();
    window.history.pushState({}, "", "/");
  });
  test("the dialog speaks the Office display language, its close button too", async () => {
    const book = bookWithGrid(seedGrid());
    const { office, restore } = await loadCommands(book);
    (
      globalThis as unknown as { Office: { context: { displayLanguage?: string } } }
    ).Office.context.displayLanguage = "ru-RU";
    await office.actions.generateReport({ completed: jest.fn() });
    restore();
    const params = new URL(office.dialogs[0].url).searchParams;
    expect(params.get("message")).toBe(COMMAND_MESSAGES.ru.no_plan_sheet);
    expect(params.get("lang")).toBe("ru");

    document.body.innerHTML = "";
    window.history.pushState({}, "", `/commands.html?${params.toString()}`);
    const page = await loadCommands(book);
    page.restore();
    expect(document.body.querySelector("button")?.textContent).toBe(COMMAND_MESSAGES.ru.close);
    window.history.pushState({}, "", "/");
  });
});
