/** Sheets Reja itself writes: never a plan, whatever a person names with --sheet or activates in Excel. */
import { isGeneratedSheetName, SHEET_NAMES } from "./names";

/** The prefix of the add-in's hidden check-mask sheets ("Reja tekshiruv", "Reja tekshiruv (2)"). */
const MASK_PREFIX = "Reja tekshiruv";

/** True for a report, consolidation, problems, settings, vocabulary or check-mask sheet. */
export function isReservedSheetName(name: string): boolean {
  return (
    isGeneratedSheetName(name) ||
    name.startsWith(MASK_PREFIX) ||
    name === SHEET_NAMES.settings ||
    name === SHEET_NAMES.vocabulary
  );
}
