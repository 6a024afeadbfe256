/** The pane's "status.*" texts, taken from the one catalogue of status names (core/messages/status). */
import { type Lang, type Status, STATUS_COLUMN_ORDER, STATUS_NAMES } from "../../core";

export type StatusKey = `status.${Status}`;

export function statusTexts(lang: Lang): Record<StatusKey, string> {
  return Object.fromEntries(STATUS_COLUMN_ORDER.map((s) => [`status.${s}`, STATUS_NAMES[lang][s]])) as Record<
    StatusKey,
    string
  >;
}
