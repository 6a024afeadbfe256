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
 * - failure: a small dialog shows the reason. The dialog is this same page opened with ?message=…, so no
 *   other page has to be deployed; the command completes when the dialog is closed, because completing
 *   earlier lets Office unload the function file and the dialog with it.
 * event.completed() is called on every path, or Office leaves the button busy.
 */
import { type Lang, langFromDisplayLanguage } from "../core";
import { generateReport as makeReport } from "../excel/commands/report";
import { closeLabel, reportFailureMessage } from "./messages";

const MESSAGE_PARAM = "message";
const LANG_PARAM = "lang";

/** The user's Office display language, as the pane chooses it. */
function officeLang(): Lang {
  return langFromDisplayLanguage(Office.context?.displayLanguage);
}

async function generateReport(event: Office.AddinCommands.Event): Promise<void> {
  const lang = officeLang();
  let failure: string | null = null;
  try {
    const result = await Excel.run((context) => makeReport(context, new Date(), { activate: true }));
    if (!result.ok) failure = reportFailureMessage(result.reason, null, lang);
  } catch (error) {
    failure = reportFailureMessage("error", error instanceof Error ? error.message : String(error), lang);
  }
  if (failure === null) event.completed();
  else showMessage(failure, lang, () => event.completed());
}

/** Opens this page as a dialog showing `text`; `done` runs once, when the dialog closes or cannot open. */
function showMessage(text: string, lang: Lang, done: () => void): void {
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    done();
  };
  const query = new URLSearchParams({ [MESSAGE_PARAM]: text, [LANG_PARAM]: lang });
  const url = `${window.location.origin}${window.location.pathname}?${query.toString()}`;
  Office.context.ui.displayDialogAsync(url, { height: 25, width: 35, displayInIframe: true }, (opened) => {
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
  });
}

/** When this page is the message dialog: show the text (as text, never HTML) and a close button. */
function renderMessageDialog(text: string, lang: Lang): void {
  const body = document.body;
  body.style.fontFamily = "Segoe UI, sans-serif";
  body.style.padding = "12px";
  const p = document.createElement("p");
  p.textContent = text;
  const button = document.createElement("button");
  button.textContent = closeLabel(lang);
  button.onclick = () => Office.context.ui.messageParent("close");
  body.append(p, button);
}

void Office.onReady(() => {
  const params = new URLSearchParams(window.location.search);
  const message = params.get(MESSAGE_PARAM);
  if (message !== null) renderMessageDialog(message, langFromDisplayLanguage(params.get(LANG_PARAM)));
});

// Registered at load, as Office looks the function up by name when the button is pressed.
Office.actions.associate("generateReport", generateReport);
