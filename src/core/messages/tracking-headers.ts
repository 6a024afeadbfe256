/**
 * The tracking columns' headers of the plan sheet (docs/domain.md §7, columns 8..18) in the workbook's
 * language. The reader accepts each of them back (reader/header.ts).
 */
import type { Lang } from "../model";

export type TrackingHeaders = readonly [
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

export const TRACKING_HEADER_TEXTS: Record<Lang, TrackingHeaders> = {
  uz: [
    "I chorak fakt",
    "II chorak fakt",
    "III chorak fakt",
    "IV chorak fakt",
    "Jami fakt",
    "Bajarilish %",
    "I chorak holati",
    "II chorak holati",
    "III chorak holati",
    "IV chorak holati",
    "Izoh",
  ],
  "uz-Cyrl": [
    "I чорак факт",
    "II чорак факт",
    "III чорак факт",
    "IV чорак факт",
    "Жами факт",
    "Бажарилиш %",
    "I чорак ҳолати",
    "II чорак ҳолати",
    "III чорак ҳолати",
    "IV чорак ҳолати",
    "Изоҳ",
  ],
  ru: [
    "Факт I квартала",
    "Факт II квартала",
    "Факт III квартала",
    "Факт IV квартала",
    "Факт всего",
    "Выполнение %",
    "Статус I квартала",
    "Статус II квартала",
    "Статус III квартала",
    "Статус IV квартала",
    "Примечание",
  ],
  en: [
    "Q1 fact",
    "Q2 fact",
    "Q3 fact",
    "Q4 fact",
    "Total fact",
    "Completion %",
    "Q1 status",
    "Q2 status",
    "Q3 status",
    "Q4 status",
    "Note",
  ],
};
