/** A schedule in words, in each of the four languages (the words are in ./describe-words.ts). */
import type { Lang, Schedule } from "../model";
import { DESCRIBE_WORDS } from "./describe-words";

/**
 * A schedule in words, the canonical phrase for its kind: "Har chorakda", "II – III chorak". A month
 * deadline is described by its quarter. Every Uzbek and Russian result parses back to the same windows.
 */
export function describeSchedule(s: Schedule, lang: Lang = "uz"): string {
  const w = DESCRIBE_WORDS[lang];
  switch (s.kind) {
    case "year":
    case "quarterly":
    case "monthly":
    case "twice":
    case "halfYear":
    case "nineMonths":
      return w[s.kind];
    case "quarter":
    case "month":
    case "range": {
      if (s.windows.length === 0) return "";
      return w.quarters(
        s.windows.map((win) => (win[0] === win[1] ? w.quarter(win[0]) : w.quarterRange(win[0], win[1])))
      );
    }
  }
}
