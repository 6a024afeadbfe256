/** Texts of the ribbon command (the report button without the pane), in the language it is given. */
import type { Lang } from "../core";
import type { ReportResult } from "../excel/commands/report";
import { CATALOGUES } from "../taskpane/i18n";

type Reason = Extract<ReportResult, { ok: false }>["reason"] | "error";

type CommandKey = Reason | "close";

/** The pane's own name for its set-up button, so the two never disagree. */
const setup = (lang: Lang): string => CATALOGUES[lang]["actions.setup"];

export const COMMAND_MESSAGES: Record<Lang, Record<CommandKey, string>> = {
  uz: {
    no_plan_sheet: `“Ish reja” varag‘i topilmadi. Avval Reja panelida “${setup("uz")}” tugmasini bosing.`,
    no_plan_table: "“Ish reja” varag‘ida reja jadvali (№ | Nomi | O‘lchov birligi … sarlavhasi) topilmadi.",
    name_taken: "Hisobot varag‘i nomi band: shu nomdagi varaqni qayta nomlang yoki o‘chiring.",
    error: "Hisobotni yaratib bo‘lmadi:",
    close: "Yopish",
  },
  "uz-Cyrl": {
    no_plan_sheet: `“Ish reja” варағи топилмади. Аввал Reja панелида “${setup("uz-Cyrl")}” тугмасини босинг.`,
    no_plan_table: "“Ish reja” варағида режа жадвали (№ | Nomi | O‘lchov birligi … сарлавҳаси) топилмади.",
    name_taken: "Ҳисобот варағи номи банд: шу номдаги варақни қайта номланг ёки ўчиринг.",
    error: "Ҳисоботни яратиб бўлмади:",
    close: "Ёпиш",
  },
  ru: {
    no_plan_sheet: `Лист “Ish reja” не найден. Сначала нажмите “${setup("ru")}” в панели Reja.`,
    no_plan_table: "На листе “Ish reja” не найдена таблица плана (заголовок № | Nomi | O‘lchov birligi …).",
    name_taken: "Имя листа отчёта занято другим листом: переименуйте или удалите тот лист.",
    error: "Не удалось составить отчёт:",
    close: "Закрыть",
  },
  en: {
    no_plan_sheet: `The “Ish reja” sheet was not found. Press “${setup("en")}” in the Reja pane first.`,
    no_plan_table: "No plan table (a header № | Nomi | O‘lchov birligi …) was found on the “Ish reja” sheet.",
    name_taken: "The report sheet's name is taken by another sheet: rename or delete that sheet.",
    error: "The report could not be made:",
    close: "Close",
  },
};

export function reportFailureMessage(reason: Reason, detail: string | null, lang: Lang): string {
  const text = COMMAND_MESSAGES[lang][reason];
  return detail ? `${text} ${detail}` : text;
}

/** The label of the message dialog's close button. */
export function closeLabel(lang: Lang): string {
  return COMMAND_MESSAGES[lang].close;
}
