/**
 * The words Reja itself writes into the structured workbook, in the workbook's language (the "lang" setting):
 * the plan sheet's header of the plan columns (0..7), the approvers' marks and the title above it, the fact
 * cells' validation message, and the headers and descriptions of the settings and vocabulary sheets. The
 * tracking columns' headers are in tracking-headers.ts. The reader accepts each header back (reader/header.ts),
 * the marks and the title too (reader/preamble.ts). The plan's own texts are written as they are.
 *
 * Sheet names ("Ish reja", "Reja sozlamalari", "Reja lug'atlari") stay the same in every language: formulas,
 * validations and both adapters find the sheets by them.
 */
import type { Lang, PlanSettings } from "../model";

type Kind = "tuman" | "shahar";

export interface PlanSheetTexts {
  number: string;
  name: string;
  unit: string;
  /** over the two quantity columns */
  quantity: string;
  /** the previous year's fact column, under `quantity` */
  previousFact: (year: number | null) => string;
  /** the plan column, under `quantity` */
  plan: (year: number | null) => string;
  mechanism: string;
  deadline: string;
  responsible: string;
  /** the approvers' marks above the plan ("KELISHILDI" left, "TASDIQLAYMAN" right) */
  agreed: string;
  approved: string;
  /** the agreeing director's position when the plan names none ("" without a region) */
  agreedPosition: (region: string) => string;
  /** the approving director's position when the plan names none */
  approvedPosition: (district: string, kind: Kind) => string;
  /** the centre's line of the title when the plan has none */
  centre: (district: string, kind: Kind) => string;
  /** the title's second line: the work plan of the year */
  title: (year: number | null) => string;
  /** the approval's date line, to be filled in by hand */
  dateLine: (year: number | null) => string;
  /** the fact cells' validation message */
  factValidation: (marks: string) => string;
  /** the settings sheet: its header row and the description of each setting */
  settingsHeaders: readonly [string, string, string];
  settingDescriptions: Record<keyof PlanSettings, string>;
  /** the vocabulary sheet's header row */
  vocabularyHeaders: readonly [string, string, string, string, string];
  /** next year's draft: a suggested plan quantity, written into the note column ("–" for a missing number) */
  suggestion: (p: { value: number; year: number; plan: string; facts: string }) => string;
}

const blank = "_____";

export const PLAN_SHEET_TEXTS: Record<Lang, PlanSheetTexts> = {
  uz: {
    number: "№",
    name: "Nomi",
    unit: "O'lchov birligi",
    quantity: "Miqdori",
    previousFact: (y) => (y === null ? "O'tgan yil (fakt)" : `${y - 1}-yil (fakt)`),
    plan: (y) => (y === null ? "Joriy yil (reja)" : `${y}-yil (reja)`),
    mechanism: "Amalga oshirish mexanizmi",
    deadline: "Bajarilish muddati",
    responsible: "Mas'ullar",
    agreed: "“KELISHILDI”",
    approved: "“TASDIQLAYMAN”",
    agreedPosition: (region) => (region ? `${region} direktori` : ""),
    approvedPosition: (district, kind) => `${district} ${kind} axborot-kutubxona markazi direktori`,
    centre: (district, kind) => `${district} ${kind} axborot-kutubxona markazining`,
    title: (y) => `${y ?? blank}-yil uchun mo'ljallangan ISH REJASI`,
    dateLine: (y) => `${y ?? blank}-yil “ ${blank} ” ${blank}`,
    factValidation: (marks) => `Fakt: son (0 yoki ko'proq) yoki bajarildi belgisi (${marks}).`,
    settingsHeaders: ["Kalit", "Qiymat", "Izoh"],
    settingDescriptions: {
      year: "Reja yili",
      district: "Tuman (shahar) nomi, masalan: Jondor",
      districtKind: "tuman yoki shahar",
      region: "Hisobot yuboriladigan viloyat axborot-kutubxona markazi",
      director: "Tuman (shahar) AKM direktori: hisobotni imzolaydi",
      approver: "Rejani kelishgan viloyat AKM direktori",
      tolerance:
        "Ruxsat etilgan chetlanish: rejaning shu qismigacha orqada qolish izohsiz qabul qilinadi (10%)",
      quarter: "Hisobot choragi: 1, 2, 3 yoki 4 (I, II, III, IV)",
      lang: "Ish kitobi tili: uz, uz-Cyrl, ru, en",
    },
    vocabularyHeaders: [
      "O'lchov birliklari",
      "Birlik variantlari",
      "Bajarilish muddatlari",
      "Mas'ullar",
      "Mas'ul variantlari",
    ],
    suggestion: (p) =>
      `Reja taklifi: ${p.value} (${p.year}-yil rejasi ${p.plan}, fakti ${p.facts}) — tekshirib, reja ustuniga yozing`,
  },
  "uz-Cyrl": {
    number: "№",
    name: "Номи",
    unit: "Ўлчов бирлиги",
    quantity: "Миқдори",
    previousFact: (y) => (y === null ? "Ўтган йил (факт)" : `${y - 1}-йил (факт)`),
    plan: (y) => (y === null ? "Жорий йил (режа)" : `${y}-йил (режа)`),
    mechanism: "Амалга ошириш механизми",
    deadline: "Бажарилиш муддати",
    responsible: "Масъуллар",
    agreed: "“КЕЛИШИЛДИ”",
    approved: "“ТАСДИҚЛАЙМАН”",
    agreedPosition: (region) => (region ? `${region} директори` : ""),
    approvedPosition: (district, kind) =>
      `${district} ${kind === "tuman" ? "туман" : "шаҳар"} ахборот-кутубхона маркази директори`,
    centre: (district, kind) =>
      `${district} ${kind === "tuman" ? "туман" : "шаҳар"} ахборот-кутубхона марказининг`,
    title: (y) => `${y ?? blank}-йил учун мўлжалланган ИШ РЕЖАСИ`,
    dateLine: (y) => `${y ?? blank}-йил “ ${blank} ” ${blank}`,
    factValidation: (marks) => `Факт: сон (0 ёки кўпроқ) ёки бажарилди белгиси (${marks}).`,
    settingsHeaders: ["Калит", "Қиймат", "Изоҳ"],
    settingDescriptions: {
      year: "Режа йили",
      district: "Туман (шаҳар) номи, масалан: Жондор",
      districtKind: "туман ёки шаҳар",
      region: "Ҳисобот юбориладиган вилоят ахборот-кутубхона маркази",
      director: "Туман (шаҳар) АКМ директори: ҳисоботни имзолайди",
      approver: "Режани келишган вилоят АКМ директори",
      tolerance: "Рухсат этилган четланиш: режанинг шу қисмигача орқада қолиш изоҳсиз қабул қилинади (10%)",
      quarter: "Ҳисобот чораги: 1, 2, 3 ёки 4 (I, II, III, IV)",
      lang: "Иш китоби тили: uz, uz-Cyrl, ru, en",
    },
    vocabularyHeaders: [
      "Ўлчов бирликлари",
      "Бирлик вариантлари",
      "Бажарилиш муддатлари",
      "Масъуллар",
      "Масъул вариантлари",
    ],
    suggestion: (p) =>
      `Режа таклифи: ${p.value} (${p.year}-йил режаси ${p.plan}, факти ${p.facts}) — текшириб, режа устунига ёзинг`,
  },
  ru: {
    number: "№",
    name: "Наименование",
    unit: "Единица измерения",
    quantity: "Количество",
    previousFact: (y) => (y === null ? "Прошлый год (факт)" : `${y - 1} г. (факт)`),
    plan: (y) => (y === null ? "Текущий год (план)" : `${y} г. (план)`),
    mechanism: "Механизм реализации",
    deadline: "Срок исполнения",
    responsible: "Ответственные",
    agreed: "«СОГЛАСОВАНО»",
    approved: "«УТВЕРЖДАЮ»",
    agreedPosition: (region) => (region ? `Директор: ${region}` : ""),
    approvedPosition: (district, kind) =>
      `Директор информационно-библиотечного центра ${kind === "tuman" ? "района" : "города"} ${district}`,
    centre: (district, kind) =>
      `Информационно-библиотечный центр ${kind === "tuman" ? "района" : "города"} ${district}`,
    title: (y) => `ПЛАН РАБОТЫ на ${y ?? blank} год`,
    dateLine: (y) => `«${blank}» ${blank}_____ ${y ?? blank} г.`,
    factValidation: (marks) => `Факт: число (0 или больше) или отметка о выполнении (${marks}).`,
    settingsHeaders: ["Ключ", "Значение", "Описание"],
    settingDescriptions: {
      year: "Год плана",
      district: "Название района (города), например: Jondor",
      districtKind: "tuman (район) или shahar (город)",
      region: "Областной информационно-библиотечный центр, куда отправляется отчёт",
      director: "Директор ИБЦ района (города): подписывает отчёт",
      approver: "Директор областного ИБЦ, согласовавший план",
      tolerance: "Допустимое отклонение: отставание в этих пределах принимается без пояснения (10%)",
      quarter: "Отчётный квартал: 1, 2, 3 или 4 (I, II, III, IV)",
      lang: "Язык книги: uz, uz-Cyrl, ru, en",
    },
    vocabularyHeaders: [
      "Единицы измерения",
      "Варианты единиц",
      "Сроки исполнения",
      "Ответственные",
      "Варианты ответственных",
    ],
    suggestion: (p) =>
      `Предложение по плану: ${p.value} (план ${p.year} г. ${p.plan}, факт ${p.facts}) — проверьте и впишите в столбец плана`,
  },
  en: {
    number: "№",
    name: "Name",
    unit: "Unit",
    quantity: "Quantity",
    previousFact: (y) => (y === null ? "Last year (fact)" : `${y - 1} (fact)`),
    plan: (y) => (y === null ? "This year (plan)" : `${y} (plan)`),
    mechanism: "Implementation mechanism",
    deadline: "Deadline",
    responsible: "Responsible",
    agreed: "“AGREED”",
    approved: "“APPROVED”",
    agreedPosition: (region) => (region ? `Director, ${region}` : ""),
    approvedPosition: (district, kind) =>
      `Director, ${district} ${kind === "tuman" ? "district" : "city"} information-library centre`,
    centre: (district, kind) =>
      `${district} ${kind === "tuman" ? "district" : "city"} information-library centre`,
    title: (y) => `WORK PLAN for ${y ?? blank}`,
    dateLine: (y) => `“${blank}” ${blank}_____ ${y ?? blank}`,
    factValidation: (marks) => `Fact: a number (0 or more) or a done mark (${marks}).`,
    settingsHeaders: ["Key", "Value", "Description"],
    settingDescriptions: {
      year: "The plan's year",
      district: "Name of the district (city), e.g. Jondor",
      districtKind: "tuman (district) or shahar (city)",
      region: "The regional information-library centre the report goes to",
      director: "Director of the district (city) centre: signs the report",
      approver: "Director of the regional centre who agreed the plan",
      tolerance: "Tolerance: falling behind by up to this share of the plan needs no note (10%)",
      quarter: "Report quarter: 1, 2, 3 or 4 (I, II, III, IV)",
      lang: "Workbook language: uz, uz-Cyrl, ru, en",
    },
    vocabularyHeaders: ["Units", "Unit variants", "Deadlines", "Responsible", "Responsible variants"],
    suggestion: (p) =>
      `Suggested plan: ${p.value} (${p.year} plan ${p.plan}, fact ${p.facts}) — check it and write it in the plan column`,
  },
};
