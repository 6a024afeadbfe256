/**
 * The names of the quarter statuses in the four languages: the one source for the status cells the fill and
 * the report write (in the workbook's language), the count columns of the report and the consolidation, the
 * pane, and reading a status back (core/status statusFromLabel accepts every language).
 */
import type { Lang, Status } from "../model";

export const STATUS_NAMES: Record<Lang, Record<Status, string>> = {
  uz: {
    done: "Bajarildi",
    partial: "Qisman bajarildi",
    not_done: "Bajarilmadi",
    in_progress: "Jarayonda",
    not_due: "Muddati kelmagan",
    not_scheduled: "Muddati yo'q",
  },
  "uz-Cyrl": {
    done: "Бажарилди",
    partial: "Қисман бажарилди",
    not_done: "Бажарилмади",
    in_progress: "Жараёнда",
    not_due: "Муддати келмаган",
    not_scheduled: "Муддати йўқ",
  },
  ru: {
    done: "Выполнено",
    partial: "Выполнено частично",
    not_done: "Не выполнено",
    in_progress: "В процессе",
    not_due: "Срок не наступил",
    not_scheduled: "Срок не указан",
  },
  en: {
    done: "Done",
    partial: "Partially done",
    not_done: "Not done",
    in_progress: "In progress",
    not_due: "Not yet due",
    not_scheduled: "Not scheduled",
  },
};

/**
 * What a status cell shows for a quarter with nothing scheduled: a dash rather than a name, so the quarters
 * that matter stand out in the table (the count columns still use the name).
 */
export const NOT_SCHEDULED_MARK = "—";

/**
 * The six statuses in report order: the count columns of the report and the consolidation, the pane's summary
 * and chart (report/build's COUNTED_STATUSES is this list).
 */
export const STATUS_COLUMN_ORDER: readonly Status[] = [
  "done",
  "partial",
  "not_done",
  "in_progress",
  "not_due",
  "not_scheduled",
];

/** The text of a status cell in a workbook of language `lang` (Uzbek Latin by default). */
export function statusCellText(status: Status, lang: Lang = "uz"): string {
  return status === "not_scheduled" ? NOT_SCHEDULED_MARK : STATUS_NAMES[lang][status];
}
