/* global Office, Excel */
/**
 * The function file of the ribbon (manifest <FunctionFile>): the "generateReport" button makes the regional
 * submission sheet for the current report quarter without opening the pane. The action name must match
 * <FunctionName> in manifest.xml (test/manifest checks it).
 *
 * How the user learns the outcome: Excel has no notification API for an ExecuteFunction command (Outlook's
 * notificationMessages do not exist in Excel, and Office.addin.showAsTaskpane needs a shared runtime this
 * add-in does not declare). So:
 * - success: the new report sheet is activated — the user sees the result itself, nothing else is written;
 * - failure: a small dialog shows the reason, in the user's Office language. The dialog is its own page,
 *   dialog.html (same origin as this one, as displayDialogAsync requires), because a dialog may call only
 *   messageParent and isSetSupported — this page registers the button's function, which a dialog must not.
 *   The command completes when the dialog is closed, because completing earlier lets Office unload the
 *   function file and the dialog with it.
 * A press while a cell is being edited waits for the edit to end where Excel supports it (delayForCellEdit),
 * else is tried again a few times and then explained (cell-edit.ts).
 * event.completed() is called on every path, or Office leaves the button busy.
 */
import { type Lang, langFromDisplayLanguage } from "../core";
import { runAfterCellEdit } from "../excel/cell-edit";
import { generateReport as makeReport } from "../excel/commands/report";
import { LANG_PARAM, MESSAGE_PARAM } from "./dialog-texts";
import { errorMessage, reportFailureMessage } from "./messages";

/** The message dialog's page, next to this one. */
export const DIALOG_PAGE = "dialog.html";

/** The user's Office display language, as the pane chooses it. */
function officeLang(): Lang {
  return langFromDisplayLanguage(Office.context?.displayLanguage);
}

async function generateReport(event: Office.AddinCommands.Event): Promise<void> {
  const lang = officeLang();
  let failure: string | null = null;
  try {
    const result = await runAfterCellEdit(
      (batch) => Excel.run({ delayForCellEdit: true }, batch),
      (context) => makeReport(context, new Date(), { activate: true })
    );
    if (!result.ok) failure = reportFailureMessage(result.reason, null, lang);
  } catch (error) {
    failure = errorMessage(error, lang);
  }
  if (failure === null) event.completed();
  else showMessage(failure, lang, () => event.completed());
}

/** Opens dialog.html showing `text`; `done` runs once, when the dialog closes or cannot open. */
function showMessage(text: string, lang: Lang, done: () => void): void {
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    done();
  };
  const url = new URL(DIALOG_PAGE, window.location.href);
  url.search = new URLSearchParams({ [MESSAGE_PARAM]: text, [LANG_PARAM]: lang }).toString();
  Office.context.ui.displayDialogAsync(
    url.href,
    { height: 25, width: 35, displayInIframe: true },
    (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        finish();
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        finish();
      });
      // the user closed it with the window's own X
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
    }
  );
}

// Registered at load, as Office looks the function up by name when the button is pressed.
Office.actions.associate("generateReport", generateReport);
