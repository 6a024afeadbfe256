/**
 * Texts of approve / unlock / next year, in the four languages (command line and, later, the pane). Complete at
 * compile time: every language is a `YearTexts`.
 */
import { columnNames, type ColumnNames } from "../messages/column-names";
import type { Lang } from "../model";
import type { PlanChange } from "./approval";

export interface YearTexts {
  change(c: PlanChange): string;
  /** "approved on DATE by NAME" */
  approved(p: { date: string; by: string; items: number }): string;
  firstApproval: string;
  noChanges(p: { date: string; by: string }): string;
  changesSince(p: { date: string; by: string; count: number }): string;
  locked(p: { editable: string }): string;
  unlocked(p: { date: string; by: string }): string;
  /** what changes while the plan is unlocked */
  unlockExplain: string;
  notApproved: string;
  alreadyUnlocked(p: { date: string; by: string }): string;
  nextYear(p: { year: number; items: number; facts: number; suggestions: number }): string;
  noYear: string;
  /** why approve / unlock did nothing (the pane's notice) */
  failure(reason: YearFailure): string;
}

export type YearFailure =
  "no_plan_sheet" | "no_plan_table" | "no_tracking_columns" | "no_approver" | "not_approved";

const ind = (n: number): string => (n > 1 ? ` (${n})` : "");

const uz = (col: ColumnNames): YearTexts => ({
  change: (c) => {
    switch (c.kind) {
      case "item_added":
        return `${c.item}-band qo'shildi`;
      case "item_removed":
        return `${c.item}-band olib tashlandi`;
      case "name_changed":
        return `${c.item}-band: nomi o'zgardi`;
      case "deadline_changed":
        return `${c.item}-band: muddati "${c.from}" → "${c.to}"`;
      case "responsible_changed":
        return `${c.item}-band: mas'ullar o'zgardi`;
      case "indicator_added":
        return `${c.item}-band: ${c.indicator}-ko'rsatkich qo'shildi`;
      case "indicator_removed":
        return `${c.item}-band: ${c.indicator}-ko'rsatkich olib tashlandi`;
      case "unit_changed":
        return `${c.item}-band${ind(c.indicator)}: o'lchov birligi "${c.from}" → "${c.to}"`;
      case "plan_changed":
        return `${c.item}-band${ind(c.indicator)}: reja miqdori ${c.from || "–"} → ${c.to || "–"}`;
      case "previous_fact_changed":
        return `${c.item}-band${ind(c.indicator)}: o'tgan yil fakti ${c.from || "–"} → ${c.to || "–"}`;
      case "mechanism_changed":
        return `${c.item}-band${ind(c.indicator)}: amalga oshirish mexanizmi o'zgardi`;
    }
  },
  approved: (p) => `Reja tasdiqlandi: ${p.date}, ${p.by} (${p.items} ta band)`,
  firstApproval: "Birinchi tasdiqlash: solishtiriladigan avvalgi tasdiq yo'q.",
  noChanges: (p) => `${p.date} dagi tasdiqdan (${p.by}) keyin rejada o'zgarish yo'q.`,
  changesSince: (p) => `${p.date} dagi tasdiqdan (${p.by}) keyingi o'zgarishlar: ${p.count} ta`,
  locked: (p) => `Reja ustunlari (${col.planColumns}) qulflandi; tahrirlash mumkin: ${p.editable}.`,
  unlocked: (p) => `Reja qulfi ochildi (${p.date} dagi tasdiq, ${p.by}).`,
  unlockExplain: `Endi reja ustunlarini (${col.planColumns}) o'zgartirish mumkin; tasdiq yozuvi saqlanadi. Keyingi tasdiqlashda shu tasdiqdan keyingi barcha o'zgarishlar ro'yxati chiqariladi.`,
  notApproved: "Reja hali tasdiqlanmagan: ochiladigan qulf yo'q.",
  alreadyUnlocked: (p) => `Reja qulfi allaqachon ochiq (${p.date} dagi tasdiq, ${p.by}).`,
  nextYear: (p) =>
    `${p.year}-yil rejasi loyihasi: ${p.items} ta band, ${p.facts} ta ko'rsatkichga o'tgan yil fakti yozildi` +
    (p.suggestions > 0 ? `, ${p.suggestions} ta taklif "${col.note}" ustunida` : ""),
  noYear: "Rejaning yili topilmadi (sozlamalarda yilni kiriting).",
  failure: (r) =>
    ({
      no_plan_sheet: "“Ish reja” varag‘i topilmadi. Avval rejani sozlang.",
      no_plan_table: "“Ish reja” varag‘ida reja jadvali topilmadi.",
      no_tracking_columns: `Reja varag‘ida fakt va “${col.note}” ustunlari yo‘q: avval rejani sozlang.`,
      no_approver: "Kim tasdiqlaganini kiriting.",
      not_approved: "Reja hali tasdiqlanmagan: ochiladigan qulf yo‘q.",
    })[r],
});

const uzCyrl = (col: ColumnNames): YearTexts => ({
  change: (c) => {
    switch (c.kind) {
      case "item_added":
        return `${c.item}-банд қўшилди`;
      case "item_removed":
        return `${c.item}-банд олиб ташланди`;
      case "name_changed":
        return `${c.item}-банд: номи ўзгарди`;
      case "deadline_changed":
        return `${c.item}-банд: муддати "${c.from}" → "${c.to}"`;
      case "responsible_changed":
        return `${c.item}-банд: масъуллар ўзгарди`;
      case "indicator_added":
        return `${c.item}-банд: ${c.indicator}-кўрсаткич қўшилди`;
      case "indicator_removed":
        return `${c.item}-банд: ${c.indicator}-кўрсаткич олиб ташланди`;
      case "unit_changed":
        return `${c.item}-банд${ind(c.indicator)}: ўлчов бирлиги "${c.from}" → "${c.to}"`;
      case "plan_changed":
        return `${c.item}-банд${ind(c.indicator)}: режа миқдори ${c.from || "–"} → ${c.to || "–"}`;
      case "previous_fact_changed":
        return `${c.item}-банд${ind(c.indicator)}: ўтган йил факти ${c.from || "–"} → ${c.to || "–"}`;
      case "mechanism_changed":
        return `${c.item}-банд${ind(c.indicator)}: амалга ошириш механизми ўзгарди`;
    }
  },
  approved: (p) => `Режа тасдиқланди: ${p.date}, ${p.by} (${p.items} та банд)`,
  firstApproval: "Биринчи тасдиқлаш: солиштириладиган аввалги тасдиқ йўқ.",
  noChanges: (p) => `${p.date} даги тасдиқдан (${p.by}) кейин режада ўзгариш йўқ.`,
  changesSince: (p) => `${p.date} даги тасдиқдан (${p.by}) кейинги ўзгаришлар: ${p.count} та`,
  locked: (p) => `Режа устунлари (${col.planColumns}) қулфланди; таҳрирлаш мумкин: ${p.editable}.`,
  unlocked: (p) => `Режа қулфи очилди (${p.date} даги тасдиқ, ${p.by}).`,
  unlockExplain: `Энди режа устунларини (${col.planColumns}) ўзгартириш мумкин; тасдиқ ёзуви сақланади. Кейинги тасдиқлашда шу тасдиқдан кейинги барча ўзгаришлар рўйхати чиқарилади.`,
  notApproved: "Режа ҳали тасдиқланмаган: очиладиган қулф йўқ.",
  alreadyUnlocked: (p) => `Режа қулфи аллақачон очиқ (${p.date} даги тасдиқ, ${p.by}).`,
  nextYear: (p) =>
    `${p.year}-йил режаси лойиҳаси: ${p.items} та банд, ${p.facts} та кўрсаткичга ўтган йил факти ёзилди` +
    (p.suggestions > 0 ? `, ${p.suggestions} та таклиф "${col.note}" устунида` : ""),
  noYear: "Режанинг йили топилмади (созламаларда йилни киритинг).",
  failure: (r) =>
    ({
      no_plan_sheet: "“Ish reja” варағи топилмади. Аввал режани созланг.",
      no_plan_table: "“Ish reja” варағида режа жадвали топилмади.",
      no_tracking_columns: `Режа варағида факт ва “${col.note}” устунлари йўқ: аввал режани созланг.`,
      no_approver: "Ким тасдиқлаганини киритинг.",
      not_approved: "Режа ҳали тасдиқланмаган: очиладиган қулф йўқ.",
    })[r],
});

const ru = (col: ColumnNames): YearTexts => ({
  change: (c) => {
    switch (c.kind) {
      case "item_added":
        return `пункт ${c.item} добавлен`;
      case "item_removed":
        return `пункт ${c.item} удалён`;
      case "name_changed":
        return `пункт ${c.item}: изменено название`;
      case "deadline_changed":
        return `пункт ${c.item}: срок "${c.from}" → "${c.to}"`;
      case "responsible_changed":
        return `пункт ${c.item}: изменены ответственные`;
      case "indicator_added":
        return `пункт ${c.item}: добавлен показатель ${c.indicator}`;
      case "indicator_removed":
        return `пункт ${c.item}: удалён показатель ${c.indicator}`;
      case "unit_changed":
        return `пункт ${c.item}${ind(c.indicator)}: единица измерения "${c.from}" → "${c.to}"`;
      case "plan_changed":
        return `пункт ${c.item}${ind(c.indicator)}: плановое количество ${c.from || "–"} → ${c.to || "–"}`;
      case "previous_fact_changed":
        return `пункт ${c.item}${ind(c.indicator)}: факт прошлого года ${c.from || "–"} → ${c.to || "–"}`;
      case "mechanism_changed":
        return `пункт ${c.item}${ind(c.indicator)}: изменён механизм реализации`;
    }
  },
  approved: (p) => `План утверждён: ${p.date}, ${p.by} (пунктов: ${p.items})`,
  firstApproval: "Первое утверждение: сравнивать не с чем.",
  noChanges: (p) => `После утверждения ${p.date} (${p.by}) план не менялся.`,
  changesSince: (p) => `Изменения после утверждения ${p.date} (${p.by}): ${p.count}`,
  locked: (p) => `Столбцы плана (${col.planColumns}) заблокированы; можно редактировать: ${p.editable}.`,
  unlocked: (p) => `План разблокирован (утверждение ${p.date}, ${p.by}).`,
  unlockExplain: `Теперь столбцы плана (${col.planColumns}) можно менять; запись об утверждении сохраняется. При следующем утверждении будет выведен список всех изменений после этого утверждения.`,
  notApproved: "План ещё не утверждён: снимать нечего.",
  alreadyUnlocked: (p) => `План уже разблокирован (утверждение ${p.date}, ${p.by}).`,
  nextYear: (p) =>
    `Проект плана на ${p.year} год: пунктов ${p.items}, факт прошлого года записан для ${p.facts} показателей` +
    (p.suggestions > 0 ? `, предложений в столбце "${col.note}": ${p.suggestions}` : ""),
  noYear: "Год плана не найден (укажите год в настройках).",
  failure: (r) =>
    ({
      no_plan_sheet: "Лист “Ish reja” не найден. Сначала настройте план.",
      no_plan_table: "На листе “Ish reja” не найдена таблица плана.",
      no_tracking_columns: `На листе плана нет столбцов факта и “${col.note}”: сначала настройте план.`,
      no_approver: "Укажите, кто утвердил план.",
      not_approved: "План ещё не утверждён: снимать нечего.",
    })[r],
});

const en = (col: ColumnNames): YearTexts => ({
  change: (c) => {
    switch (c.kind) {
      case "item_added":
        return `item ${c.item} added`;
      case "item_removed":
        return `item ${c.item} removed`;
      case "name_changed":
        return `item ${c.item}: name changed`;
      case "deadline_changed":
        return `item ${c.item}: deadline "${c.from}" → "${c.to}"`;
      case "responsible_changed":
        return `item ${c.item}: responsible services changed`;
      case "indicator_added":
        return `item ${c.item}: indicator ${c.indicator} added`;
      case "indicator_removed":
        return `item ${c.item}: indicator ${c.indicator} removed`;
      case "unit_changed":
        return `item ${c.item}${ind(c.indicator)}: unit "${c.from}" → "${c.to}"`;
      case "plan_changed":
        return `item ${c.item}${ind(c.indicator)}: planned quantity ${c.from || "–"} → ${c.to || "–"}`;
      case "previous_fact_changed":
        return `item ${c.item}${ind(c.indicator)}: last year's fact ${c.from || "–"} → ${c.to || "–"}`;
      case "mechanism_changed":
        return `item ${c.item}${ind(c.indicator)}: implementation mechanism changed`;
    }
  },
  approved: (p) => `Plan approved: ${p.date}, ${p.by} (${p.items} items)`,
  firstApproval: "First approval: no earlier approval to compare with.",
  noChanges: (p) => `No change to the plan since the approval of ${p.date} (${p.by}).`,
  changesSince: (p) => `Changes since the approval of ${p.date} (${p.by}): ${p.count}`,
  locked: (p) => `The plan's columns (${col.planColumns}) are locked; still editable: ${p.editable}.`,
  unlocked: (p) => `Plan unlocked (approval of ${p.date}, ${p.by}).`,
  unlockExplain: `The plan's columns (${col.planColumns}) can now be changed; the approval stays recorded. The next approval lists every change made since it.`,
  notApproved: "The plan has not been approved: there is no lock to lift.",
  alreadyUnlocked: (p) => `The plan is already unlocked (approval of ${p.date}, ${p.by}).`,
  nextYear: (p) =>
    `Draft plan for ${p.year}: ${p.items} items, last year's fact written for ${p.facts} indicators` +
    (p.suggestions > 0 ? `, ${p.suggestions} suggestions in the "${col.note}" column` : ""),
  noYear: "The plan's year was not found (enter the year in the settings).",
  failure: (r) =>
    ({
      no_plan_sheet: "The “Ish reja” sheet was not found. Set up the plan first.",
      no_plan_table: "No plan table was found on the “Ish reja” sheet.",
      no_tracking_columns: `The plan sheet has no fact and “${col.note}” columns: set up the plan first.`,
      no_approver: "Enter who approved the plan.",
      not_approved: "The plan has not been approved: there is no lock to lift.",
    })[r],
});

const BUILD: Record<Lang, (col: ColumnNames) => YearTexts> = { uz, "uz-Cyrl": uzCyrl, ru, en };

/**
 * The texts in `lang`, naming the plan sheet's columns as a workbook in `sheetLang` writes them (the workbook's
 * "lang" setting: a pane in Uzbek Cyrillic over a Latin workbook says "Izoh", over a Cyrillic one "Изоҳ").
 */
export function yearTexts(lang: Lang = "uz", sheetLang: Lang = "uz"): YearTexts {
  return BUILD[lang](columnNames(sheetLang));
}

/** The texts in each language for a workbook in Uzbek (Latin), the default. */
export const YEAR_TEXTS: Record<Lang, YearTexts> = {
  uz: yearTexts("uz"),
  "uz-Cyrl": yearTexts("uz-Cyrl"),
  ru: yearTexts("ru"),
  en: yearTexts("en"),
};
