/**
 * The report sheet's own words in the workbook's language (the "lang" setting): headings, period words,
 * dates, the summary and the signature block. Names and texts that come from the plan or the settings are
 * written as they are (the report's `transliterate` option turns Uzbek Latin ones into Cyrillic).
 */
import { formatPercent, MONTH_NAMES_UZ } from "../format";
import type { Lang, Quarter } from "../model";

export interface ReportTexts {
  headers: readonly [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  /** "Buxoro viloyati axborot-kutubxona markazi" → to whom the report goes */
  addressee: (region: string) => string;
  title: (t: { district: string; kind: "tuman" | "shahar"; year: number | null; quarter: Quarter }) => string;
  period: Record<Quarter, string>;
  date: (d: Date) => string;
  summaryTitle: string;
  section: string;
  noSection: string;
  total: string;
  completion: (percent: number | null, indicators: number) => string;
  /** the signer's position: "Jondor tuman axborot-kutubxona markazi direktori" */
  position: (district: string, kind: "tuman" | "shahar") => string;
  /** the date line below the signature, to be filled in by hand */
  dateLine: (year: number | null) => string;
  /** the place for the stamp (muhr o'rni) */
  stamp: string;
  /** the mark of a row whose source row has errors, in front of its note */
  sourceError: string;
}

const blank = "_____";

const UZ_CYRL_MONTHS = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];
const RU_MONTHS = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const ROMAN: Record<Quarter, string> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

export const REPORT_TEXTS: Record<Lang, ReportTexts> = {
  uz: {
    headers: [
      "№",
      "Nomi",
      "O'lchov birligi",
      "Yillik reja",
      "Davr rejasi",
      "Chorak fakti",
      "Yil boshidan fakt",
      "Bajarilish %",
      "Yillik bajarilish %",
      "Holati",
      "Mas'ul",
      "Izoh",
    ],
    addressee: (region) => {
      const r = region.trim();
      if (r === "") return "Viloyat axborot-kutubxona markaziga";
      return /ga$/i.test(r) ? r : `${r}ga`;
    },
    title: ({ district, kind, year, quarter }) =>
      `${district || blank} ${kind} axborot-kutubxona markazining ${year ?? blank}-yil ${REPORT_TEXTS.uz.period[quarter]} ish rejasi ijrosi to'g'risida HISOBOT`,
    period: { 1: "I chorak", 2: "yarim yillik", 3: "9 oylik", 4: "yillik" },
    date: (d) => `${d.getFullYear()}-yil ${d.getDate()}-${MONTH_NAMES_UZ[d.getMonth()]}`,
    summaryTitle: "Holatlar bo'yicha ko'rsatkichlar soni",
    section: "Bo'lim",
    noSection: "Bo'limsiz",
    total: "Jami",
    completion: (p, n) =>
      p === null
        ? "Miqdoriy ko'rsatkichlar bo'yicha umumiy bajarilish: hisobot davrida rejali miqdor yo'q"
        : `Miqdoriy ko'rsatkichlar bo'yicha umumiy bajarilish: ${formatPercent(p)} (${n} ta ko'rsatkichning o'rtachasi, har biri ko'pi bilan 100%)`,
    position: (district, kind) => `${district || blank} ${kind} axborot-kutubxona markazi direktori`,
    dateLine: (year) => `${year ?? blank}-yil “____” ______________`,
    stamp: "M.O'.",
    sourceError: "⚠ Rejaning bu qatorida xato bor.",
  },
  "uz-Cyrl": {
    headers: [
      "№",
      "Номи",
      "Ўлчов бирлиги",
      "Йиллик режа",
      "Давр режаси",
      "Чорак факти",
      "Йил бошидан факт",
      "Бажарилиш %",
      "Йиллик бажарилиш %",
      "Ҳолати",
      "Масъул",
      "Изоҳ",
    ],
    addressee: (region) => {
      const r = region.trim();
      if (r === "") return "Вилоят ахборот-кутубхона марказига";
      return /(ga|га)$/i.test(r) ? r : `${r}${/[\u0400-\u04FF]/.test(r) ? "га" : "ga"}`;
    },
    title: ({ district, kind, year, quarter }) =>
      `${district || blank} ${kind === "tuman" ? "туман" : "шаҳар"} ахборот-кутубхона марказининг ${year ?? blank}-йил ${REPORT_TEXTS["uz-Cyrl"].period[quarter]} иш режаси ижроси тўғрисида ҲИСОБОТ`,
    period: { 1: "I чорак", 2: "ярим йиллик", 3: "9 ойлик", 4: "йиллик" },
    date: (d) => `${d.getFullYear()}-йил ${d.getDate()}-${UZ_CYRL_MONTHS[d.getMonth()]}`,
    summaryTitle: "Ҳолатлар бўйича кўрсаткичлар сони",
    section: "Бўлим",
    noSection: "Бўлимсиз",
    total: "Жами",
    completion: (p, n) =>
      p === null
        ? "Миқдорий кўрсаткичлар бўйича умумий бажарилиш: ҳисобот даврида режали миқдор йўқ"
        : `Миқдорий кўрсаткичлар бўйича умумий бажарилиш: ${formatPercent(p)} (${n} та кўрсаткичнинг ўртачаси, ҳар бири кўпи билан 100%)`,
    position: (district, kind) =>
      `${district || blank} ${kind === "tuman" ? "туман" : "шаҳар"} ахборот-кутубхона маркази директори`,
    dateLine: (year) => `${year ?? blank}-йил “____” ______________`,
    stamp: "М.Ў.",
    sourceError: "⚠ Режанинг бу қаторида хато бор.",
  },
  ru: {
    headers: [
      "№",
      "Наименование",
      "Единица измерения",
      "Годовой план",
      "План периода",
      "Факт квартала",
      "Факт с начала года",
      "Выполнение %",
      "Годовое выполнение %",
      "Статус",
      "Ответственные",
      "Примечание",
    ],
    addressee: (region) =>
      region.trim() === "" ? "В областной информационно-библиотечный центр" : `В ${region.trim()}`,
    title: ({ district, kind, year, quarter }) =>
      `ОТЧЁТ об исполнении плана работы информационно-библиотечного центра ${kind === "tuman" ? "района" : "города"} ${district || blank} за ${REPORT_TEXTS.ru.period[quarter]} ${year ?? blank} года`,
    period: { 1: "I квартал", 2: "первое полугодие", 3: "9 месяцев", 4: "год" },
    date: (d) => `${d.getDate()} ${RU_MONTHS[d.getMonth()]} ${d.getFullYear()} г.`,
    summaryTitle: "Число показателей по статусам",
    section: "Раздел",
    noSection: "Без раздела",
    total: "Всего",
    completion: (p, n) =>
      p === null
        ? "Общее выполнение по количественным показателям: в отчётном периоде нет плановых количеств"
        : `Общее выполнение по количественным показателям: ${formatPercent(p)} (среднее по ${n} показателям, каждый не более 100%)`,
    position: (district, kind) =>
      `Директор информационно-библиотечного центра ${kind === "tuman" ? "района" : "города"} ${district || blank}`,
    dateLine: (year) => `«____» ______________ ${year ?? blank} г.`,
    stamp: "М.П.",
    sourceError: "⚠ В этой строке плана есть ошибка.",
  },
  en: {
    headers: [
      "№",
      "Name",
      "Unit",
      "Annual plan",
      "Period plan",
      "Quarter fact",
      "Fact to date",
      "Completion %",
      "Annual completion %",
      "Status",
      "Responsible",
      "Note",
    ],
    addressee: (region) =>
      region.trim() === "" ? "To the regional information-library centre" : `To: ${region.trim()}`,
    title: ({ district, kind, year, quarter }) =>
      `REPORT on the work plan of the ${district || blank} ${kind === "tuman" ? "district" : "city"} information-library centre: ${REPORT_TEXTS.en.period[quarter]} ${year ?? blank}`,
    period: { 1: `${ROMAN[1]} quarter`, 2: "first half-year", 3: "nine months", 4: "year" },
    date: (d) => `${d.getDate()} ${EN_MONTHS[d.getMonth()]} ${d.getFullYear()}`,
    summaryTitle: "Indicators by status",
    section: "Section",
    noSection: "No section",
    total: "Total",
    completion: (p, n) =>
      p === null
        ? "Overall completion of the quantitative indicators: nothing planned in the period"
        : `Overall completion of the quantitative indicators: ${formatPercent(p)} (mean of ${n} indicators, each at most 100%)`,
    position: (district, kind) =>
      `Director, ${district || blank} ${kind === "tuman" ? "district" : "city"} information-library centre`,
    dateLine: (year) => `“____” ______________ ${year ?? blank}`,
    stamp: "Seal",
    sourceError: "⚠ This row of the plan has an error.",
  },
};
