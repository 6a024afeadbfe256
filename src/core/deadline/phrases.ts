/** The words of the deadline grammar (docs/domain.md §5): whole phrases, leaders and trailers, quarter and month words. */
import type { Quarter, ScheduleKind, Window } from "../model";
import { MONTH_NAMES_UZ } from "../format";

export type Shape = { kind: ScheduleKind; windows: readonly Window[] };

export const EVERY_QUARTER: readonly Window[] = [
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 4],
];
const HALVES: readonly Window[] = [
  [1, 2],
  [3, 4],
];

/** Canonical phrases: offered in dropdowns and used for suggestions. Each one parses. */
export const KNOWN_DEADLINE_PHRASES: string[] = [
  "Yil davomida",
  "Doimiy",
  "Har chorakda",
  "Har oyda",
  "Ikki marotaba",
  "Har yarim yilda",
  "I chorak",
  "II chorak",
  "III chorak",
  "IV chorak",
  "I – II chorak",
  "II – III chorak",
  "III – IV chorak",
  "I – III chorak",
  "Yarim yillik",
  "9 oylik",
];

/** Suggestions also cover the month names (a typo like "aprl" should point at "aprel"). */
export const SUGGESTION_PHRASES: readonly string[] = [
  ...KNOWN_DEADLINE_PHRASES,
  "Davomida",
  "Har chorak",
  "Har oy",
  ...MONTH_NAMES_UZ,
];

/** Whole phrases (as keys) → shape. Keys are what deadlineKey produces: Latin, lower case, "-" for dashes. */
export const PHRASES = new Map<string, Shape>();
function phrases(kind: ScheduleKind, windows: readonly Window[], keys: string[]): void {
  for (const k of keys) PHRASES.set(k, { kind, windows });
}
phrases("year", EVERY_QUARTER, [
  "davomida",
  "yil davomida",
  "yil bo'yi",
  "yil bo'yi davomida",
  "mobaynida",
  "yil mobaynida",
  "doimiy",
  "doimiy ravishda",
  "muntazam",
  "muntazam ravishda",
  "v techenie goda",
  "v techeniye goda",
  "postoyanno",
  "during the year",
  "all year",
]);
phrases("quarterly", EVERY_QUARTER, [
  "har chorak",
  "har chorakda",
  "har choragida",
  "har bir chorak",
  "har bir chorakda",
  "har chorak yakunida",
  "har chorak oxirida",
  "chorakda bir marta",
  "chorakda bir marotaba",
  "yejekvartalno",
  "ezhekvartalno",
  "every quarter",
  "quarterly",
]);
phrases("monthly", EVERY_QUARTER, [
  "har oy",
  "har oyda",
  "har oyida",
  "har bir oy",
  "har bir oyda",
  "oyda bir marta",
  "oyda bir marotaba",
  "yejemesyachno",
  "ezhemesyachno",
  "every month",
  "monthly",
]);
phrases("twice", HALVES, [
  "ikki marotaba",
  "ikki marta",
  "yilda ikki marotaba",
  "yilda ikki marta",
  "yiliga ikki marotaba",
  "yiliga ikki marta",
  "har yarim yil",
  "har yarim yilda",
  "har yarim yillikda",
  "yarim yilda bir marta",
  "yarim yilda bir marotaba",
  "dvajdi v god",
  "dva raza v god",
  "twice a year",
  "2 marotaba",
  "2 marta",
]);
phrases(
  "halfYear",
  [[1, 2]],
  [
    "yarim yillik",
    "yarim yil",
    "yarim yillikda",
    "i yarim yillik",
    "1-yarim yillik",
    "1 yarim yillik",
    "birinchi yarim yillik",
    "i yarim yil",
    "polugodie",
    "pervoye polugodie",
    "pervoe polugodie",
    "first half-year",
    "first half of the year",
  ]
);
phrases(
  "range",
  [[3, 4]],
  [
    "ii yarim yillik",
    "2-yarim yillik",
    "2 yarim yillik",
    "ikkinchi yarim yillik",
    "ii yarim yil",
    "vtoroye polugodie",
    "vtoroe polugodie",
    "second half-year",
  ]
);
phrases(
  "nineMonths",
  [[1, 3]],
  ["9 oylik", "9-oylik", "9 oy", "9-oy", "to'qqiz oylik", "9 mesyatsev", "9 months"]
);

/** Leading words that mean "during the year" and may be followed by a more specific phrase or a note. */
export const YEAR_LEADERS = [
  "yil davomida ",
  "davomida ",
  "yil mobaynida ",
  "mobaynida ",
  "doimiy ravishda ",
  "doimiy ",
];
/** Trailing words that add nothing to the phrase before them ("I chorak davomida"). */
export const TRAILERS = [
  " yil davomida",
  " yil mobaynida",
  " davomida",
  " mobaynida",
  " oxirigacha",
  " yakunigacha",
  " ichida",
  " yakunida",
  " oxirida",
];

/** Regex sources (no flags, no anchors) for a quarter word and a quarter number, shared by the parser's patterns. */
export const QUARTER_WORD =
  "(?:chorak(?:da|gacha|ning|lar|larda|lari|larida)?|chorag(?:i|ida|igacha)|kvartal[a-z]*)";
export const QUARTER_NUM = "(iv|iii|ii|i|[1-4]|birinchi|ikkinchi|uchinchi|to'rtinchi)";
export const QUARTER_NUMBERS: Record<string, Quarter> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  birinchi: 1,
  ikkinchi: 2,
  uchinchi: 3,
  "to'rtinchi": 4,
};

/** Month word (Uzbek Latin, Uzbek Cyrillic and Russian after transliteration) → month 1–12. */
export const MONTH_WORDS: Record<string, number> = {};
[
  ["yanvar", "yanvarya"],
  ["fevral", "fevralya"],
  ["mart", "marta"],
  ["aprel", "aprelya"],
  ["may", "maya"],
  ["iyun", "iyunya"],
  ["iyul", "iyulya"],
  ["avgust", "avgusta"],
  ["sentabr", "sentyabr", "sentyabrya"],
  ["oktabr", "oktyabr", "oktyabrya"],
  ["noyabr", "noyabrya"],
  ["dekabr", "dekabrya"],
].forEach((words, i) => words.forEach((w) => (MONTH_WORDS[w] = i + 1)));
export const MONTH_ALT = Object.keys(MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");
export const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
