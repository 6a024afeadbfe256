/** Texts the ribbon command shows when it cannot make the report (Uzbek first, as the users read it). */
import type { Lang } from "../core";
import type { ReportResult } from "./commands/report";

type Reason = Extract<ReportResult, { ok: false }>["reason"] | "error";

const UZ: Record<Reason, string> = {
  no_plan_sheet: "“Ish reja” varag‘i topilmadi. Avval Reja panelida “Reja muharririni sozlash” ni bajaring.",
  no_plan_table: "“Ish reja” varag‘ida reja jadvali (№ | Nomi | O‘lchov birligi … sarlavhasi) topilmadi.",
  name_taken: "Hisobot varag‘i nomi band: shu nomdagi varaqni qayta nomlang yoki o‘chiring.",
  error: "Hisobotni yaratib bo‘lmadi:",
};

const EN: Record<Reason, string> = {
  no_plan_sheet: "The “Ish reja” sheet was not found. Set up the plan editor in the Reja pane first.",
  no_plan_table: "No plan table (a header № | Nomi | O‘lchov birligi …) was found on the “Ish reja” sheet.",
  name_taken: "The report sheet's name is taken by another sheet: rename or delete that sheet.",
  error: "The report could not be made:",
};

export function reportFailureMessage(reason: Reason, detail: string | null, lang: Lang = "uz"): string {
  const table = lang === "en" ? EN : UZ;
  return detail ? `${table[reason]} ${detail}` : table[reason];
}
