/** Validation and normalisation of format property values written through the API. */
import { ErrorCode, fail } from "./errors";

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  purple: "#800080",
  lightgreen: "#90EE90",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  lightblue: "#ADD8E6",
  pink: "#FFC0CB",
  darkred: "#8B0000",
  darkgreen: "#006400",
  navy: "#000080",
  maroon: "#800000",
  teal: "#008080",
  cyan: "#00FFFF",
};

/** "#rrggbb" / named colour -> "#RRGGBB"; "" -> undefined (reset). */
export function normalizeColor(value: unknown, location: string): string | undefined {
  if (value === "") return undefined;
  if (typeof value !== "string")
    return fail(ErrorCode.invalidArgument, `Invalid color ${String(value)}.`, location);
  const v = value.trim();
  if (/^#?[0-9a-fA-F]{6}$/.test(v)) return `#${v.replace("#", "").toUpperCase()}`;
  const named = NAMED[v.toLowerCase()];
  if (named) return named;
  return fail(ErrorCode.invalidArgument, `Invalid color '${value}'.`, location);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], location: string): T {
  if (typeof value === "string") {
    const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (hit) return hit;
  }
  return fail(ErrorCode.invalidArgument, `'${String(value)}' is not one of ${allowed.join(", ")}.`, location);
}

export function requireBoolean(value: unknown, location: string): boolean {
  if (typeof value !== "boolean")
    fail(ErrorCode.invalidArgument, `Expected a boolean, got ${String(value)}.`, location);
  return value;
}

export function requireNumber(value: unknown, location: string, min = -Infinity, max = Infinity): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max)
    fail(ErrorCode.invalidArgument, `Expected a number in [${min}, ${max}], got ${String(value)}.`, location);
  return value;
}

export const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
export const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
export const BORDER_INDEX = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
export const BORDER_STYLE = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
] as const;
export const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"] as const;
export const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"] as const;
