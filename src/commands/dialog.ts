/* global Office */
/**
 * The ribbon's message dialog (dialog.html), opened by commands.ts with displayDialogAsync when the report
 * button fails. A dialog may call only Office.context.ui.messageParent and Office.context.requirements.
 * isSetSupported (D "Best practices and rules for the Office dialog API"), so this page does nothing else: it
 * shows the message it was given — as text, never as HTML — in the language the command chose, and its close
 * button tells the command to close it.
 */
import { CLOSE_LABELS, dialogLang, LANG_PARAM, MESSAGE_PARAM } from "./dialog-texts";

export function renderMessageDialog(search: string): void {
  const params = new URLSearchParams(search);
  const lang = dialogLang(params.get(LANG_PARAM));
  document.documentElement.lang = lang;
  const p = document.createElement("p");
  p.textContent = params.get(MESSAGE_PARAM) ?? "";
  const button = document.createElement("button");
  button.textContent = CLOSE_LABELS[lang];
  button.onclick = () => Office.context.ui.messageParent("close");
  document.body.replaceChildren(p, button);
}

void Office.onReady(() => renderMessageDialog(window.location.search));
