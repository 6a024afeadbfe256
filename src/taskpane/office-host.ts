/* global Office */
/**
 * What the pane asks of the Office host, in one place and guarded: the playground and the tests run
 * without Office.js, and older hosts have no officeTheme.
 */
import type { Lang } from "../core";
import { langFromDisplayLanguage } from "./i18n";

export type ThemeKind = "light" | "dark";

function officeContext(): Office.Context | null {
  try {
    return typeof Office !== "undefined" && Office.context ? Office.context : null;
  } catch {
    return null;
  }
}

/** Relative luminance of "#RRGGBB" (0 black … 1 white); null for anything else. */
export function luminance(color: string | null | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((color ?? "").trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when the body background Office gives is dark; light when there is no Office or no theme. */
export function themeFromBackground(bodyBackgroundColor: string | null | undefined): ThemeKind {
  const l = luminance(bodyBackgroundColor);
  return l !== null && l < 0.2 ? "dark" : "light";
}

export function officeThemeKind(): ThemeKind {
  const ctx = officeContext();
  return themeFromBackground(ctx?.officeTheme?.bodyBackgroundColor);
}

export function officeDisplayLang(): Lang {
  return langFromDisplayLanguage(officeContext()?.displayLanguage);
}

/** Office's platform ("PC", "Mac", "OfficeOnline", "iOS", …); null without Office (the playground, tests). */
export function officePlatform(): string | null {
  const platform = officeContext()?.platform;
  if (platform === undefined || platform === null) return null;
  // Office.PlatformType's values are these strings ("Mac"); compared through the enum where it is there
  if (typeof Office !== "undefined" && Office.PlatformType && platform === Office.PlatformType.Mac)
    return "Mac";
  return String(platform);
}
