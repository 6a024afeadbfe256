/**
 * The command line's own texts (help, errors, table headers, summaries) in the four languages. Each language
 * file is typed `CliCatalogue`, so a missing text fails the compile. The findings' messages come from
 * core/messages; option names, codes and file names are never translated.
 */
import { type Lang, type Severity } from "../../core";
import { en } from "./en";
import { ru } from "./ru";
import { uz } from "./uz";
import { uzCyrl } from "./uz-Cyrl";

export type CommandName =
  | "inspect"
  | "check"
  | "import"
  | "fill"
  | "report"
  | "consolidate"
  | "approve"
  | "unlock"
  | "next-year"
  | "docx";

/** The key of an option's help line (an option may read differently for one command, e.g. fill's -o). */
export type OptionHelp =
  | "sheet"
  | "json"
  | "quarter"
  | "output"
  | "fillOutput"
  | "docxOutput"
  | "lang"
  | "date"
  | "district"
  | "region"
  | "director"
  | "year"
  | "force"
  | "keepFacts"
  | "bookLang"
  | "docxLang"
  | "help"
  | "by"
  | "approvalDate"
  | "suggest"
  | "transliterate"
  | "mapping";

export interface CliCatalogue {
  // help
  title: string;
  usage: (what: string) => string;
  /** placeholders in usage lines */
  commandWord: string;
  optionsWord: string;
  commandsTitle: string;
  optionsTitle: string;
  exampleTitle: string;
  moreHelp: string;
  exitCodes: string;
  languages: string;
  summaries: Record<CommandName, string>;
  options: Record<OptionHelp, string>;
  // the command line itself
  unknownCommand: (name: string) => string;
  unknownOption: (flag: string) => string;
  optionNeedsValue: (flag: string) => string;
  optionTakesNoValue: (flag: string) => string;
  missingArgument: (usage: string) => string;
  unexpectedArgument: (arg: string) => string;
  quarterRequired: string;
  badQuarter: (value: string) => string;
  byRequired: string;
  outputRequired: string;
  badYear: (value: string) => string;
  badDate: (value: string) => string;
  /** a language option's value is none of the four (`flag`: --lang by default, or --book-lang) */
  badLang: (value: string, flag?: string) => string;
  // inputs
  noSuchFile: (file: string) => string;
  notAFile: (file: string) => string;
  sheetOnlyXlsx: (file: string) => string;
  noPlanTable: (file: string) => string;
  noPlanTableInSheet: (file: string, sheet: string) => string;
  noSuchSheet: (file: string, sheet: string) => string;
  unreadableWorkbook: (file: string) => string;
  noTrackingColumns: (file: string, sheet: string) => string;
  noUsablePlan: (files: number) => string;
  // the file system
  permissionDenied: (path: string) => string;
  diskFull: (path: string) => string;
  readOnly: (path: string) => string;
  missingFolder: (path: string) => string;
  isFolder: (path: string) => string;
  systemError: (path: string, code: string) => string;
  internalError: (detail: string) => string;
  // never losing work
  outputIsInput: (file: string) => string;
  /** `reja docx -o FILE` where FILE exists: a document may hold what a person wrote in Word */
  docxExists: (file: string) => string;
  notRejaFile: (file: string) => string;
  factsForQuarters: (quarters: number) => string;
  notesCount: (n: number) => string;
  otherSheets: (names: string) => string;
  wouldBeLost: (file: string, what: string) => string;
  useForce: string;
  useKeepFacts: string;
  itemsWithoutPlace: (items: string) => string;
  carried: (facts: number, notes: number, file: string) => string;
  skippedOwnOutput: (file: string) => string;
  // results
  severity: Record<Severity, string>;
  checkHeader: [string, string, string, string, string];
  checkSummary: (file: string, errors: number, warnings: number, info: number) => string;
  /** no fact entered yet and no --quarter: the fact checks wait (as in the pane) */
  checkUntracked: (quarter: string) => string;
  importDone: (output: string, items: number, sheets: string) => string;
  fillDone: (output: string, cells: number, sheet: string, quarter: number) => string;
  reportDone: (output: string, sheet: string, rows: number) => string;
  consolidateHeader: [string, string, string];
  districtOk: string;
  districtUnusable: string;
  districtProblems: (n: number) => string;
  consolidateDone: (output: string, sheets: string) => string;
  inspectHead: (place: string, year: string, sections: number, items: number) => string;
  districtNotNamed: string;
  yearNotFound: string;
  inspectHeader: [string, string, string, string, string];
  // progress (stderr, on a terminal)
  reading: (i: number, n: number, file: string) => string;
  readingLarge: (file: string, megabytes: number) => string;
  // files Reja cannot read (issue 10): what the file is and what to do
  refusedEncrypted: (file: string) => string;
  refusedXls: (file: string) => string;
  refusedDoc: (file: string) => string;
  refusedCfb: (file: string) => string;
  refusedOds: (file: string) => string;
  refusedOdt: (file: string) => string;
  refusedOdf: (file: string) => string;
  refusedRtf: (file: string) => string;
  refusedCsv: (file: string) => string;
  refusedPdf: (file: string) => string;
  refusedDamaged: (file: string) => string;
  refusedNotDocument: (file: string) => string;
  /** --sheet names a sheet Reja generated (report, consolidation, settings …); `plan` is a sheet to use, or "" */
  generatedSheet: (file: string, sheet: string, plan: string) => string;
  // text exports that were decoded with doubt (stderr warnings)
  textLostCharacters: (file: string, count: number, line: number, sample: string) => string;
  textInvalidBytes: (file: string, count: number) => string;
  textUncertainEncoding: (file: string, line: number, sample: string) => string;
  // Word documents (issue 10.1, 15.3)
  unreadableDocx: (file: string) => string;
  docxDone: (output: string, items: number) => string;
}

export const CLI_MESSAGES: Record<Lang, CliCatalogue> = { uz, "uz-Cyrl": uzCyrl, ru, en };

export const LANGS: readonly Lang[] = ["uz", "uz-Cyrl", "ru", "en"];
