/**
 * Uzbek Latin → Uzbek Cyrillic, as the 1995 alphabet pairs them: o' → ў, g' → ғ, q → қ, h → ҳ, sh → ш,
 * ch → ч, ng stays нг, ya/yo/yu → я/ё/ю, ye → е, e → э at a word's start (е inside), ts → ц, ' (tutuq
 * belgisi) → ъ. Case follows the Latin letter (a whole-capital word stays capital: "HISOBOT" → "ҲИСОБОТ").
 * Text without Latin letters is returned as it is.
 */

const APOSTROPHES = "'ʻʼ’‘`";
const isApostrophe = (c: string | undefined): boolean => c !== undefined && APOSTROPHES.includes(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}]/u.test(c);

const SINGLE: Record<string, string> = {
  a: "а",
  b: "б",
  d: "д",
  e: "е",
  f: "ф",
  g: "г",
  h: "ҳ",
  i: "и",
  j: "ж",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  q: "қ",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  v: "в",
  x: "х",
  y: "й",
  z: "з",
  c: "с",
  w: "в",
};

/** Two Latin letters written as one Cyrillic letter. */
const PAIRS: Record<string, string> = { sh: "ш", ch: "ч", ya: "я", yo: "ё", yu: "ю", ye: "е", ts: "ц" };

function withCase(cyr: string, latin: string, wordUpper: boolean): string {
  const upper = latin[0] !== latin[0].toLowerCase();
  if (!upper) return cyr;
  if (wordUpper || cyr.length === 1) return cyr.toUpperCase();
  return cyr[0].toUpperCase() + cyr.slice(1);
}

/** Whether the word around position i is written in capitals (two capital letters or more, no small one). */
function inCapitalWord(s: string, i: number): boolean {
  let a = i;
  let b = i;
  while (a > 0 && (/[A-Za-z]/.test(s[a - 1]) || isApostrophe(s[a - 1]))) a--;
  while (b < s.length - 1 && (/[A-Za-z]/.test(s[b + 1]) || isApostrophe(s[b + 1]))) b++;
  const letters = s.slice(a, b + 1).replace(/[^A-Za-z]/g, "");
  return letters.length > 1 && letters === letters.toUpperCase();
}

export function latinToCyrillic(s: string): string {
  if (!/[A-Za-z]/.test(s)) return s;
  let out = "";
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    const low = ch.toLowerCase();
    if (!/[a-z]/.test(low)) {
      // the tutuq belgisi between letters ("ma'no", "sur'at") is ъ; other apostrophes and quotes stay
      if (isApostrophe(ch) && /[a-z]/i.test(s[i - 1] ?? "") && isLetter(s[i + 1])) {
        out += /[A-Z]/.test(s[i - 1]) && /[A-Z]/.test(s[i + 1] ?? "") ? "Ъ" : "ъ";
      } else out += ch;
      i++;
      continue;
    }
    const wordStart = !/[A-Za-z\u0400-\u04FF]/.test(s[i - 1] ?? "") && !isApostrophe(s[i - 1]);
    // a Roman numeral ("I chorak", "IV bo'lim") stays Latin, as Cyrillic texts write it
    const roman = wordStart ? /^[IVXLC]+(?![A-Za-z'ʻʼ’‘`])/.exec(s.slice(i)) : null;
    if (roman) {
      out += roman[0];
      i += roman[0].length;
      continue;
    }
    const upperRun = inCapitalWord(s, i);
    const next = s[i + 1]?.toLowerCase();
    // o' and g' (any apostrophe form)
    if ((low === "o" || low === "g") && isApostrophe(s[i + 1])) {
      out += withCase(low === "o" ? "ў" : "ғ", ch, upperRun);
      i += 2;
      continue;
    }
    // y + o' is й + ў ("yo'q" → "йўқ"), not ё
    const yoApostrophe = low === "y" && next === "o" && isApostrophe(s[i + 2]);
    if (next !== undefined && !yoApostrophe && PAIRS[low + next] !== undefined) {
      out += withCase(PAIRS[low + next], ch, upperRun);
      i += 2;
      continue;
    }
    if (low === "e") {
      out += withCase(wordStart ? "э" : "е", ch, upperRun);
      i++;
      continue;
    }
    out += withCase(SINGLE[low] ?? ch, ch, upperRun);
    i++;
  }
  return out;
}
