/**
 * Column names in help texts, which are shown without a workbook: named as a new workbook writes them (`reja
 * import` writes Uzbek Latin unless its settings name another language), from the catalogues that write the
 * headers. Texts about a given workbook take its own language instead (core yearTexts, the check messages).
 */
import { columnNames } from "../../core";

export const HELP_COLUMNS = columnNames("uz");
