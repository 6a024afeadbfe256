/** The message catalogues and the one function that turns a finding's code and params into a sentence. */
import type { Code } from "../codes";
import { DEFAULT_LANG } from "../languages";
import type { Lang } from "../model";
import { en } from "./en";
import type { Catalogue, Params } from "./format";
import { ru } from "./ru";
import { uz } from "./uz";
import { uzCyrl } from "./uz-Cyrl";

export type { Catalogue, Params } from "./format";
export { formatNumber, formatPercent } from "./format";

export const CATALOGUES: Record<Lang, Catalogue> = { uz, "uz-Cyrl": uzCyrl, ru, en };

export { DEFAULT_LANG };

/** The message for a finding in the given language (Uzbek Latin by default). */
export function formatMessage(code: Code, params: Params, lang: Lang = DEFAULT_LANG): string {
  const catalogue = CATALOGUES[lang] ?? CATALOGUES[DEFAULT_LANG];
  return catalogue[code](params);
}
