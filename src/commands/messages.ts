/** Texts of the ribbon command (the report button without the pane), in the language it is given. */
import type { Lang } from "../core";
import type { ReportResult } from "../excel/commands/report";
import { CATALOGUES } from "../taskpane/i18n";

type Reason = Extract<ReportResult, { ok: false }>["reason"] | "error";

/** What the command explains in words of its own rather than with Excel's error text. */
type Known = "cell_edit" | "range_too_large";

type CommandKey = Reason | Known;

/** The pane's own name for its set-up button, so the two never disagree. */
const setup = (lang: Lang): string => CATALOGUES[lang]["actions.setup"];

/** The report button as the ribbon labels it (manifest.xml Reja.GenerateReport.Label; no uz-Cyrl override there). */
const BUTTON: Record<Lang, string> = {
  uz: "Hisobot yaratish",
  "uz-Cyrl": "Hisobot yaratish",
  ru: "Создать отчёт",
  en: "Create report",
};

export const COMMAND_MESSAGES: Record<Lang, Record<CommandKey, string>> = {
  uz: {
    no_plan_sheet: `“Ish reja” varag‘i topilmadi. Avval Reja panelida “${setup("uz")}” tugmasini bosing.`,
    no_plan_table: "“Ish reja” varag‘ida reja jadvali (№ | Nomi | O‘lchov birligi … sarlavhasi) topilmadi.",
    name_taken: "Hisobot varag‘i nomi band: shu nomdagi varaqni qayta nomlang yoki o‘chiring.",
    error: "Hisobotni yaratib bo‘lmadi:",
    cell_edit: `Excel katakni tahrirlash rejimida: Enter yoki Esc tugmasini bosing, so‘ng “${BUTTON.uz}” tugmasini qayta bosing.`,
    range_too_large:
      "Hisobotni yaratib bo‘lmadi: “{sheet}” varag‘ida Excel bir martada o‘qiy oladiganidan (5 000 000 katak) ko‘p katak band. Varaqning keraksiz joylaridagi yozuvlarni o‘chiring.",
  },
  "uz-Cyrl": {
    no_plan_sheet: `“Ish reja” варағи топилмади. Аввал Reja панелида “${setup("uz-Cyrl")}” тугмасини босинг.`,
    no_plan_table: "“Ish reja” варағида режа жадвали (№ | Nomi | O‘lchov birligi … сарлавҳаси) топилмади.",
    name_taken: "Ҳисобот варағи номи банд: шу номдаги варақни қайта номланг ёки ўчиринг.",
    error: "Ҳисоботни яратиб бўлмади:",
    cell_edit: `Excel катакни таҳрирлаш режимида: Enter ёки Esc тугмасини босинг, сўнг “${BUTTON["uz-Cyrl"]}” тугмасини қайта босинг.`,
    range_too_large:
      "Ҳисоботни яратиб бўлмади: “{sheet}” варағида Excel бир мартада ўқий оладиганидан (5 000 000 катак) кўп катак банд. Варақнинг кераксиз жойларидаги ёзувларни ўчиринг.",
  },
  ru: {
    no_plan_sheet: `Лист “Ish reja” не найден. Сначала нажмите “${setup("ru")}” в панели Reja.`,
    no_plan_table: "На листе “Ish reja” не найдена таблица плана (заголовок № | Nomi | O‘lchov birligi …).",
    name_taken: "Имя листа отчёта занято другим листом: переименуйте или удалите тот лист.",
    error: "Не удалось составить отчёт:",
    cell_edit: `Excel в режиме редактирования ячейки: нажмите Enter или Esc, затем снова нажмите «${BUTTON.ru}».`,
    range_too_large:
      "Не удалось составить отчёт: на листе “{sheet}” занято больше ячеек, чем Excel читает за раз (5 000 000). Удалите записи в ненужных местах листа.",
  },
  en: {
    no_plan_sheet: `The “Ish reja” sheet was not found. Press “${setup("en")}” in the Reja pane first.`,
    no_plan_table: "No plan table (a header № | Nomi | O‘lchov birligi …) was found on the “Ish reja” sheet.",
    name_taken: "The report sheet's name is taken by another sheet: rename or delete that sheet.",
    error: "The report could not be made:",
    cell_edit: `Excel is editing a cell: press Enter or Esc, then press “${BUTTON.en}” again.`,
    range_too_large:
      "The report could not be made: the “{sheet}” sheet uses more cells than Excel reads at once (5,000,000). Delete entries in the parts of the sheet that are not needed.",
  },
};

export function reportFailureMessage(reason: Reason, detail: string | null, lang: Lang): string {
  const text = COMMAND_MESSAGES[lang][reason];
  return detail ? `${text} ${detail}` : text;
}

/**
 * The words for an error the command caught: its own text for what it can explain (cell-edit mode, a sheet
 * too large to read), otherwise "the report could not be made:" and Excel's message (a RichApi error's message
 * comes in Office's own display language) or the error code when there is no message.
 */
export function errorMessage(error: unknown, lang: Lang): string {
  const e = error as { code?: unknown; message?: unknown; where?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  if (code === "CellEditMode" || code === "InvalidOperationInCellEditMode")
    return COMMAND_MESSAGES[lang].cell_edit;
  if (code === "RangeTooLarge")
    return COMMAND_MESSAGES[lang].range_too_large.replace("{sheet}", String(e?.where ?? ""));
  const message = typeof e?.message === "string" && e.message ? e.message : code || String(error);
  return reportFailureMessage("error", message, lang);
}
