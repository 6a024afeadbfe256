/**
 * The name the plan's Word document is offered under: district and year, "Jondor-2026-ish-reja.docx".
 * Letters of any script and digits are kept (a Cyrillic district stays Cyrillic); apostrophes are dropped
 * ("G'ijduvon" → "Gijduvon", as Uzbek names are written in web addresses); anything else (spaces, slashes,
 * colons, quotes: what Windows or macOS refuse or read otherwise) becomes one "-".
 */
import type { Plan, PlanSettings } from "../model";

const APOSTROPHES = /['`‘’ʻʼ]/g;
const MAX_PART = 60;

function safePart(text: string): string {
  return text
    .normalize("NFC")
    .replace(APOSTROPHES, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_PART)
    .replace(/-+$/, "");
}

export function planDocxFileName(
  plan: Pick<Plan, "district" | "year">,
  settings: Pick<PlanSettings, "district" | "year">
): string {
  const district = safePart(settings.district || plan.district || "");
  const year = settings.year ?? plan.year;
  const parts = [district, year === null ? "" : String(year), "ish-reja"].filter((p) => p !== "");
  return `${parts.join("-")}.docx`;
}
