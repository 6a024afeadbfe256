import { describeSchedule, KNOWN_DEADLINE_PHRASES, parseDeadline } from "../../src/core/deadline";
import type { DeadlineParse, Lang, ScheduleKind, Window } from "../../src/core/model";

const EVERY: Window[] = [
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 4],
];
const HALVES: Window[] = [
  [1, 2],
  [3, 4],
];

function ok(text: string, planYear: number | null = 2026) {
  const p = parseDeadline(text, planYear);
  if (!p.ok) throw new Error(`"${text}" did not parse: ${JSON.stringify(p)}`);
  return p.schedule;
}

function shape(text: string): [ScheduleKind, Window[]] {
  const s = ok(text);
  return [s.kind, s.windows];
}

describe("parseDeadline: the table of docs/domain.md §5", () => {
  test.each<[string, ScheduleKind, Window[]]>([
    ["davomida", "year", EVERY],
    ["yil davomida", "year", EVERY],
    ["doimiy", "year", EVERY],
    ["har chorak", "quarterly", EVERY],
    ["har chorakda", "quarterly", EVERY],
    ["har oy", "monthly", EVERY],
    ["har oyda", "monthly", EVERY],
    ["har oyida", "monthly", EVERY],
    ["ikki marotaba", "twice", HALVES],
    ["har yarim yilda", "twice", HALVES],
    ["I chorak", "quarter", [[1, 1]]],
    ["I-chorak", "quarter", [[1, 1]]],
    ["1-chorak", "quarter", [[1, 1]]],
    ["II chorak", "quarter", [[2, 2]]],
    ["II-chorak", "quarter", [[2, 2]]],
    ["2-chorak", "quarter", [[2, 2]]],
    ["III chorak", "quarter", [[3, 3]]],
    ["III-chorak", "quarter", [[3, 3]]],
    ["3-chorak", "quarter", [[3, 3]]],
    ["IV chorak", "quarter", [[4, 4]]],
    ["IV-chorak", "quarter", [[4, 4]]],
    ["4-chorak", "quarter", [[4, 4]]],
    ["4 chorak", "quarter", [[4, 4]]],
    ["II – III chorak", "range", [[2, 3]]],
    ["II-III chorak", "range", [[2, 3]]],
    ["II — III chorak", "range", [[2, 3]]],
    ["II - III chorak", "range", [[2, 3]]],
    ["II–III chorak", "range", [[2, 3]]],
    ["I-II chorak", "range", [[1, 2]]],
    ["I – III chorak", "range", [[1, 3]]],
    ["III-IV chorak", "range", [[3, 4]]],
    ["1-2 chorak", "range", [[1, 2]]],
    ["yarim yillik", "halfYear", [[1, 2]]],
    ["9 oylik", "nineMonths", [[1, 3]]],
    ["mart", "month", [[1, 1]]],
    ["15-mart", "month", [[1, 1]]],
    ["1-iyulgacha", "month", [[3, 3]]],
    ["10-aprelgacha", "month", [[2, 2]]],
    ["dekabr", "month", [[4, 4]]],
    ["yanvar", "month", [[1, 1]]],
    ["fevral", "month", [[1, 1]]],
    ["aprel", "month", [[2, 2]]],
    ["may", "month", [[2, 2]]],
    ["iyun", "month", [[2, 2]]],
    ["iyul", "month", [[3, 3]]],
    ["avgust", "month", [[3, 3]]],
    ["sentabr", "month", [[3, 3]]],
    ["30-sentabrgacha", "month", [[3, 3]]],
    ["oktabr", "month", [[4, 4]]],
    ["noyabr", "month", [[4, 4]]],
    ["25-dekabr", "month", [[4, 4]]],
    ["mart oyida", "month", [[1, 1]]],
  ])("%s → %s", (text, kind, windows) => {
    expect(shape(text)).toEqual([kind, windows]);
  });

  test("davomida + a more specific phrase gives the specific one", () => {
    expect(shape("2026 yil davomida Ikki marotaba")).toEqual(["twice", HALVES]);
    expect(shape("2026-yil davomida Har chorak")).toEqual(["quarterly", EVERY]);
    expect(shape("yil davomida har oyda")).toEqual(["monthly", EVERY]);
    expect(shape("davomida II chorak")).toEqual(["quarter", [[2, 2]]]);
    expect(shape("har chorakda yil davomida")).toEqual(["quarterly", EVERY]);
    expect(shape("Ikki marotaba 2026-yil davomida")).toEqual(["twice", HALVES]);
    expect(ok("Ikki marotaba 2025-yil davomida").year).toBe(2025);
  });

  test("davomida + free text is the whole year with the text kept as a note", () => {
    const s = ok("2026-yil davomida Har bir AKM muddatini o'zi belgilaydi");
    expect(s.kind).toBe("year");
    expect(s.windows).toEqual(EVERY);
    expect(s.note).toBe("Har bir AKM muddatini o'zi belgilaydi");
    expect(s.year).toBe(2026);
  });

  test("a known phrase has no note", () => {
    expect(ok("2026-yil har chorakda").note).toBeNull();
    expect(ok("2026-yil davomida").note).toBeNull();
  });

  test("empty is missing", () => {
    expect(parseDeadline("", 2026)).toEqual({ ok: false, reason: "missing" });
    expect(parseDeadline("   \n ", 2026)).toEqual({ ok: false, reason: "missing" });
  });

  test("anything else is unknown, with the closest known phrase", () => {
    const p = parseDeadline("Har chorkda", 2026);
    expect(p).toEqual({ ok: false, reason: "unknown", suggestion: "Har chorakda", year: null });
    const q = parseDeadline("2026-yil ikki marotoba", 2026);
    expect(q).toMatchObject({ ok: false, reason: "unknown", suggestion: "Ikki marotaba", year: 2026 });
    const r = parseDeadline("Kitobxonlar talabiga ko'ra", 2026);
    expect(r).toMatchObject({ ok: false, reason: "unknown", suggestion: null });
  });

  test.each(["V chorak", "III-II chorak", "32-mart", "30-fevral", "13.13.2026", "har", "chorak"])(
    "%s is unknown",
    (text) => {
      expect(parseDeadline(text, 2026)).toMatchObject({ ok: false, reason: "unknown" });
    }
  );

  test("a bare year is unknown and suggests the whole year", () => {
    expect(parseDeadline("2026-yil", 2026)).toEqual({
      ok: false,
      reason: "unknown",
      suggestion: "Yil davomida",
      year: 2026,
    });
  });
});

describe("parseDeadline: year prefixes", () => {
  test.each([
    ["2026-yil har chorakda", 2026],
    ["2026 yil har chorakda", 2026],
    ["2026-yilning har chorakda", 2026],
    ["2026-yilda har chorakda", 2026],
    ["2026yil har chorakda", 2026],
    ["2025-yil har chorakda", 2025],
    ["2026 y. har chorakda", 2026],
    ["har chorakda 2026-yil", 2026],
    ["har chorakda", null],
  ])("%s → year %s", (text, year) => {
    const s = ok(text);
    expect(s.kind).toBe("quarterly");
    expect(s.year).toBe(year);
  });

  test("another year than the plan's is only reported", () => {
    const s = ok("2027-yil I chorak", 2026);
    expect(s.year).toBe(2027);
    expect(s.kind).toBe("quarter");
  });

  test("a full date gives its month's quarter and its year", () => {
    const s = ok("15.03.2026");
    expect([s.kind, s.windows, s.year]).toEqual(["month", [[1, 1]], 2026]);
    expect(shape("1.07")).toEqual(["month", [[3, 3]]]);
  });
});

describe("parseDeadline: spelling variants", () => {
  test("case, spaces, trailing punctuation", () => {
    expect(shape("  HAR   CHORAKDA. ")).toEqual(["quarterly", EVERY]);
    expect(shape("Yil\ndavomida;")).toEqual(["year", EVERY]);
    expect(shape("2026-yil,  har oyida")).toEqual(["monthly", EVERY]);
    expect(shape("2026\u00A0yil\u00A0IV\u00A0chorak")).toEqual(["quarter", [[4, 4]]]);
  });

  test.each([
    "to'qqiz oylik",
    "to’qqiz oylik",
    "to‘qqiz oylik",
    "to`qqiz oylik",
    "toʻqqiz oylik",
    "toʼqqiz oylik",
    "to´qqiz oylik",
  ])("apostrophes: %s", (text) => {
    expect(shape(text)).toEqual(["nineMonths", [[1, 3]]]);
  });

  test.each<[string, ScheduleKind, Window[]]>([
    ["Ҳар чоракда", "quarterly", EVERY],
    ["Йил давомида", "year", EVERY],
    ["2026 йил давомида", "year", EVERY],
    ["II чорак", "quarter", [[2, 2]]],
    ["IV-чорак", "quarter", [[4, 4]]],
    ["II – III чорак", "range", [[2, 3]]],
    ["Ҳар ойда", "monthly", EVERY],
    ["Икки маротаба", "twice", HALVES],
    ["Ярим йиллик", "halfYear", [[1, 2]]],
    ["9 ойлик", "nineMonths", [[1, 3]]],
    ["15-март", "month", [[1, 1]]],
    ["1-июлгача", "month", [[3, 3]]],
    ["Доимий", "year", EVERY],
    // Russian, cheap extras
    ["Ежеквартально", "quarterly", EVERY],
    ["ежемесячно", "monthly", EVERY],
    ["В течение года", "year", EVERY],
    ["I квартал", "quarter", [[1, 1]]],
    ["II-III квартал", "range", [[2, 3]]],
    ["до 15 марта", "month", [[1, 1]]],
    ["сентябрь", "month", [[3, 3]]],
    ["Два раза в год", "twice", HALVES],
    // English, for the English interface
    ["Every quarter", "quarterly", EVERY],
    ["Q2", "quarter", [[2, 2]]],
    ["Q2–Q3", "range", [[2, 3]]],
  ])("Cyrillic: %s → %s", (text, kind, windows) => {
    expect(shape(text)).toEqual([kind, windows]);
  });

  test("Cyrillic free text after davomida is kept as written", () => {
    const s = ok("2026 йил давомида Ҳар бир АКМ ўзи белгилайди");
    expect(s.kind).toBe("year");
    expect(s.note).toBe("Ҳар бир АКМ ўзи белгилайди");
  });

  test("other accepted phrasings", () => {
    expect(shape("I chorak davomida")).toEqual(["quarter", [[1, 1]]]);
    expect(shape("birinchi chorak")).toEqual(["quarter", [[1, 1]]]);
    expect(shape("II choragida")).toEqual(["quarter", [[2, 2]]]);
    expect(shape("II-III choraklarda")).toEqual(["range", [[2, 3]]]);
    expect(shape("yilda ikki marta")).toEqual(["twice", HALVES]);
    expect(shape("II yarim yillik")).toEqual(["range", [[3, 4]]]);
    expect(shape("doimiy ravishda")).toEqual(["year", EVERY]);
    expect(shape("dekabr oyigacha")).toEqual(["month", [[4, 4]]]);
    expect(shape("yanvar – mart")).toEqual(["month", [[1, 1]]]);
    expect(shape("mart-aprel oylarida")).toEqual(["range", [[1, 2]]]);
    expect(shape("sentabr – dekabr")).toEqual(["range", [[3, 4]]]);
    expect(parseDeadline("dekabr – mart", 2026)).toMatchObject({ ok: false, reason: "unknown" });
  });
});

/** Every "Bajarilish muddati" text of the seed plan (jondor-2026-ish-reja.txt), with what it means. */
const SEED_DEADLINES: [string, ScheduleKind, Window[], string | null][] = [
  ["2026-yil davomida", "year", EVERY, null],
  ["2026 yil davomida Ikki marotaba", "twice", HALVES, null],
  ["2026-yil IV-chorak", "quarter", [[4, 4]], null],
  ["2026-yil har chorak", "quarterly", EVERY, null],
  ["2026-yilning har oyida", "monthly", EVERY, null],
  ["2026-yil har chorakda", "quarterly", EVERY, null],
  ["2026-yil II – III chorak", "range", [[2, 3]], null],
  ["2026-yil II-chorak", "quarter", [[2, 2]], null],
  ["2026-yil IV chorak", "quarter", [[4, 4]], null],
  [
    "2026-yil davomida Har bir AKM muddatini o'zi belgilaydi",
    "year",
    EVERY,
    "Har bir AKM muddatini o'zi belgilaydi",
  ],
  ["2026-yil I chorak", "quarter", [[1, 1]], null],
  ["2026-yil davomida Har chorak", "quarterly", EVERY, null],
  ["2026-yilda ikki marotaba", "twice", HALVES, null],
];

describe("parseDeadline: the seed plan", () => {
  test.each(SEED_DEADLINES)("%s", (text, kind, windows, note) => {
    const s = ok(text, 2026);
    expect(s).toEqual({ kind, windows, year: 2026, note });
  });
});

describe("KNOWN_DEADLINE_PHRASES", () => {
  test.each(KNOWN_DEADLINE_PHRASES)("%s parses", (phrase) => {
    const s = ok(phrase);
    expect(s.year).toBeNull();
    expect(s.note).toBeNull();
  });

  test.each<Lang>(["uz", "uz-Cyrl", "ru", "en"])(
    "describeSchedule (%s) gives back a phrase that parses to the same windows",
    (lang) => {
      for (const phrase of [...KNOWN_DEADLINE_PHRASES, "15-mart", "II yarim yillik"]) {
        const s = ok(phrase);
        const again = ok(describeSchedule(s, lang));
        expect(again.windows).toEqual(s.windows);
      }
    }
  );

  test("describeSchedule words", () => {
    expect(describeSchedule(ok("2026-yil har chorak"))).toBe("Har chorakda");
    expect(describeSchedule(ok("2026-yil II – III chorak"))).toBe("II – III chorak");
    expect(describeSchedule(ok("IV-chorak"), "uz-Cyrl")).toBe("IV чорак");
    expect(describeSchedule(ok("1-iyulgacha"))).toBe("III chorak");
    expect(describeSchedule(ok("ikki marotaba"), "en")).toBe("Twice a year");
  });
});

describe("parseDeadline: results", () => {
  test("each call returns its own object", () => {
    const a = parseDeadline("2026-yil har chorakda", 2026) as Extract<DeadlineParse, { ok: true }>;
    a.schedule.windows.pop();
    (a.schedule.windows[0] as unknown as number[])[0] = 4;
    expect(ok("2026-yil har chorakda").windows).toEqual(EVERY);
  });
});

describe("parseDeadline: lists of quarters and months", () => {
  test.each<[string, ScheduleKind, Window[]]>([
    [
      "2026-yil I, III chorak",
      "quarter",
      [
        [1, 1],
        [3, 3],
      ],
    ],
    [
      "I va II chorak",
      "quarter",
      [
        [1, 1],
        [2, 2],
      ],
    ],
    [
      "I-II va IV chorak",
      "quarter",
      [
        [1, 2],
        [4, 4],
      ],
    ],
    [
      "Iyun, dekabr",
      "month",
      [
        [2, 2],
        [4, 4],
      ],
    ],
    [
      "mart va sentabr oylarida",
      "month",
      [
        [1, 1],
        [3, 3],
      ],
    ],
    ["aprel, may", "month", [[2, 2]]],
    [
      "har oyning 5-sanasigacha",
      "monthly",
      [
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
      ],
    ],
    [
      "Ҳар ойнинг 5-санасигача",
      "monthly",
      [
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
      ],
    ],
    [
      "Har chorak yakuni bo‘yicha",
      "quarterly",
      [
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
      ],
    ],
  ])("%s", (text, kind, windows) => {
    expect(shape(text)).toEqual([kind, windows]);
  });

  test.each(["I, I chorak", "I-III, II chorak", "III, V chorak", "mart, tez orada"])(
    "%s is unknown",
    (text) => {
      expect(parseDeadline(text, 2026).ok).toBe(false);
    }
  );

  test("a list is described window by window and parses back", () => {
    const s = ok("I-II va IV chorak");
    expect(describeSchedule(s, "uz")).toBe("I – II, IV chorak");
    expect(ok(describeSchedule(s, "uz")).windows).toEqual(s.windows);
    expect(describeSchedule(s, "en")).toBe("Q1–Q2, Q4");
  });
});
