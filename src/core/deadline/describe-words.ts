/** The words of describeSchedule, complete in every language (checked at compile time). */
import { romanQuarter } from "../format";
import type { Lang, Quarter } from "../model";

export interface DescribeWords {
  year: string;
  quarterly: string;
  monthly: string;
  twice: string;
  halfYear: string;
  nineMonths: string;
  /** one quarter: "II" */
  quarter: (q: Quarter) => string;
  /** a run of quarters: "II – III" */
  quarterRange: (from: Quarter, to: Quarter) => string;
  /** the quarters and ranges together: "I – II, IV chorak" */
  quarters: (parts: string[]) => string;
}

const romanRange = (a: Quarter, b: Quarter): string => `${romanQuarter(a)} – ${romanQuarter(b)}`;

export const DESCRIBE_WORDS = {
  uz: {
    year: "Yil davomida",
    quarterly: "Har chorakda",
    monthly: "Har oyda",
    twice: "Ikki marotaba",
    halfYear: "Yarim yillik",
    nineMonths: "9 oylik",
    quarter: romanQuarter,
    quarterRange: romanRange,
    quarters: (parts) => `${parts.join(", ")} chorak`,
  },
  "uz-Cyrl": {
    year: "Йил давомида",
    quarterly: "Ҳар чоракда",
    monthly: "Ҳар ойда",
    twice: "Икки маротаба",
    halfYear: "Ярим йиллик",
    nineMonths: "9 ойлик",
    quarter: romanQuarter,
    quarterRange: romanRange,
    quarters: (parts) => `${parts.join(", ")} чорак`,
  },
  ru: {
    year: "В течение года",
    quarterly: "Ежеквартально",
    monthly: "Ежемесячно",
    twice: "Два раза в год",
    halfYear: "Первое полугодие",
    nineMonths: "9 месяцев",
    quarter: romanQuarter,
    quarterRange: romanRange,
    quarters: (parts) => `${parts.join(", ")} квартал`,
  },
  en: {
    year: "During the year",
    quarterly: "Every quarter",
    monthly: "Every month",
    twice: "Twice a year",
    halfYear: "First half-year",
    nineMonths: "9 months",
    quarter: (q) => `Q${q}`,
    quarterRange: (a, b) => `Q${a}–Q${b}`,
    quarters: (parts) => parts.join(", "),
  },
} satisfies Record<Lang, DescribeWords>;
