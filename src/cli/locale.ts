/** Which language the command line speaks: --lang, else the locale of the environment, else Uzbek (Latin). */
import { type Lang } from "../core";
import { LANGS } from "./messages";

export function parseLangName(value: string): Lang | undefined {
  return LANGS.find((l) => l.toLowerCase() === value.trim().toLowerCase());
}

/** "ru_RU.UTF-8" → ru, "uz_UZ@cyrillic" / "uz_Cyrl_UZ" → uz-Cyrl, "en_GB" → en, "C" / unknown → undefined. */
export function langFromLocale(locale: string): Lang | undefined {
  const l = locale.trim().toLowerCase();
  if (l === "" || l === "c" || l === "posix" || l.startsWith("c.")) return undefined;
  const [base] = l.split(/[_.@-]/);
  if (base === "uz") return /cyrl|cyrillic/.test(l) ? "uz-Cyrl" : "uz";
  if (base === "ru") return "ru";
  if (base === "en") return "en";
  return undefined;
}

/** The language of the environment: the first set of LC_ALL, LC_MESSAGES, LANG that names one of ours. */
export function envLang(env: Record<string, string | undefined>): Lang | undefined {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value) return langFromLocale(value);
  }
  return undefined;
}

/** The value of --lang / --lang=X anywhere before a lone "--" (read before the command's options are parsed). */
export function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    if (a === "--lang") return argv[i + 1];
    if (a.startsWith("--lang=")) return a.slice("--lang=".length);
  }
  return undefined;
}
