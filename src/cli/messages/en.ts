/** English texts of the command line. */
import { HELP_COLUMNS } from "./columns";
import type { CliCatalogue } from "./index";

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const en: CliCatalogue = {
  title: "reja: annual work plans of information-library centres (AKM)",
  usage: (what) => `usage: reja ${what}`,
  commandWord: "COMMAND",
  optionsWord: "[options]",
  commandsTitle: "commands:",
  optionsTitle: "options:",
  exampleTitle: "example:",
  moreHelp: "reja help COMMAND (or reja COMMAND --help) shows the command's options and an example.",
  exitCodes:
    "Exit codes: 0 done; 1 done, but errors were found in the plan or some files were unusable; 2 nothing done (command line, input or file problem).",
  languages: "Language: --lang uz|uz-Cyrl|ru|en, else LC_ALL / LC_MESSAGES / LANG; Uzbek (Latin) by default.",
  summaries: {
    inspect: "read a plan (exported text or .xlsx) and show its sections and items",
    check: "check a plan; exit 1 when there are errors",
    import: "make the structured plan workbook (plan, vocabulary and settings sheets) from a plan",
    fill: "write total fact, completion % and quarter statuses into the plan workbook",
    report: "write the quarterly report sheet for the regional centre",
    consolidate: "put several districts' plans into one regional workbook",
    approve: `record the plan's approval and lock its own columns (facts and ${HELP_COLUMNS.note} stay editable)`,
    unlock: "lift the approval's lock so the plan can be changed (the next approve lists the changes)",
    "next-year": "draft next year's plan workbook: same items, this year's facts as last year's fact",
    docx: "writes the plan as a Word document (.docx) in the official layout, in the workbook's language: approval blocks, title and table",
  },
  options: {
    sheet: "the sheet holding the plan (default: the first sheet with a plan table)",
    json: "print JSON instead of a readable text",
    quarter: "report quarter 1–4",
    output: "the workbook to write (missing folders are created)",
    docxOutput: "the Word document to write (.docx; missing folders are created)",
    fillOutput: "write here instead of changing PLAN.xlsx in place",
    lang: "language of the output: uz (default), uz-Cyrl, ru, en",
    date: "the date printed on the report (default: today)",
    district: "district name (default: from the plan)",
    region: "the regional centre the reports go to",
    director: "district director who signs the reports",
    year: "plan year (default: from the plan)",
    force: "replace the output even if it holds work that would be lost",
    keepFacts: "carry the facts and notes of the existing output over to the new plan, item by item",
    bookLang:
      "the workbook's language: uz (the default, or the input workbook's setting), uz-Cyrl, ru, en; headers, statuses and the report are written in it",
    docxLang:
      "the document's language: uz, uz-Cyrl, ru, en (default: the workbook's language setting, else uz); Reja's own words (approval marks, title, table header, date line) are written in it, the plan's own texts stay as they are",
    help: "show this help",
    by: "who approved the plan (recorded in the settings sheet)",
    approvalDate: "the date of the approval (default: today)",
    suggest: `suggest each plan quantity (in the ${HELP_COLUMNS.note} column, not in the plan column)`,
    transliterate:
      "write the plan's own texts in Cyrillic too in the report (when the workbook language is uz-Cyrl)",
    mapping:
      'take the matching corrections from this workbook\'s "Moslashtirish" sheet (default: the output file itself)',
  },
  unknownCommand: (name) => `unknown command "${name}" (see: reja help)`,
  unknownOption: (flag) => `unknown option ${flag} (see: reja help)`,
  optionNeedsValue: (flag) => `option ${flag} needs a value`,
  optionTakesNoValue: (flag) => `option ${flag} takes no value`,
  missingArgument: (usage) => `missing ${usage}`,
  unexpectedArgument: (arg) => `unexpected argument ${arg}`,
  quarterRequired: "--quarter N is required (1–4)",
  badQuarter: (value) => `--quarter must be 1, 2, 3 or 4 (got ${value})`,
  byRequired: "--by NAME is required (who approved the plan)",
  outputRequired: "-o FILE is required",
  badYear: (value) => `--year must be a four-digit year (got ${value})`,
  badDate: (value) => `--date must be a real date written YYYY-MM-DD (got ${value})`,
  badLang: (value, flag = "--lang") => `${flag} must be one of uz, uz-Cyrl, ru, en (got ${value})`,
  noSuchFile: (file) => `no such file: ${file}`,
  notAFile: (file) => `${file} is a folder, not a file`,
  sheetOnlyXlsx: (file) => `--sheet applies to .xlsx workbooks only: ${file}`,
  noPlanTable: (file) => `no plan table in ${file}`,
  noPlanTableInSheet: (file, sheet) => `no plan table in sheet "${sheet}" of ${file}`,
  noSuchSheet: (file, sheet) => `no sheet named "${sheet}" in ${file}`,
  unreadableWorkbook: (file) => `${file} is not a readable .xlsx workbook`,
  noTrackingColumns: (file, sheet) =>
    `sheet "${sheet}" of ${file} has no tracking columns (make the workbook with reja import first)`,
  noUsablePlan: (files) => `no usable plan in ${n(files, "file", "files")}`,
  permissionDenied: (path) => `permission denied: ${path}`,
  diskFull: (path) => `the disk is full; ${path} was not written`,
  readOnly: (path) => `${path} is on a read-only disk`,
  missingFolder: (path) => `a folder in ${path} does not exist or is a file`,
  isFolder: (path) => `${path} is a folder, not a file`,
  systemError: (path, code) => `cannot use ${path} (${code})`,
  internalError: (detail) => `internal error (${detail}); please report it`,
  outputIsInput: (file) =>
    `${file} is also an input; reja never writes onto its input, choose another -o file`,
  docxExists: (file) => `${file} exists: replacing it would lose any changes made to it in Word`,
  notRejaFile: (file) => `${file} exists and is not a workbook reja wrote`,
  factsForQuarters: (q) => `facts for ${n(q, "quarter", "quarters")}`,
  notesCount: (c) => n(c, "note", "notes"),
  otherSheets: (names) => `other sheets (${names})`,
  wouldBeLost: (file, what) => `${file} has ${what} that would be lost`,
  useForce: "add --force to replace it anyway",
  useKeepFacts: "add --keep-facts to carry them over, or --force to replace it",
  itemsWithoutPlace: (items) => `items ${items} hold facts or notes but are not in the new plan`,
  carried: (facts, notes, file) =>
    `carried ${n(facts, "fact", "facts")} and ${n(notes, "note", "notes")} over from the previous ${file}`,
  skippedOwnOutput: (file) => `skipped ${file}: a consolidation or report reja wrote, not a district plan`,
  severity: { error: "error", warning: "warning", info: "info" },
  checkHeader: ["severity", "code", "item", "cell", "message"],
  checkUntracked: (quarter) =>
    `No fact is entered yet: the checks of facts and reasons start once the first fact is entered (to check them anyway: --quarter ${quarter}).`,
  checkSummary: (file, e, w, i) =>
    `${file}: ${n(e, "error", "errors")}, ${n(w, "warning", "warnings")}, ${i} info`,
  importDone: (output, items, sheets) => `${output}: ${n(items, "item", "items")}; sheets: ${sheets}`,
  fillDone: (output, cells, sheet, q) =>
    `${output}: ${n(cells, "cell", "cells")} written in "${sheet}" for quarter ${q}`,
  reportDone: (output, sheet, rows) => `${output}: sheet "${sheet}", ${n(rows, "row", "rows")}`,
  consolidateHeader: ["district", "read", "problems"],
  districtOk: "ok",
  districtUnusable: "unusable",
  districtProblems: (c) => `${n(c, "problem", "problems")}, see the problems sheet`,
  consolidateDone: (output, sheets) => `${output}: ${sheets}`,
  inspectHead: (place, year, s, i) =>
    `${place}, ${year}: ${n(s, "section", "sections")}, ${n(i, "item", "items")}`,
  districtNotNamed: "(district not named)",
  yearNotFound: "(year not found)",
  inspectHeader: ["  №", "row", "fact→plan unit", "quarters", "responsible"],
  reading: (i, total, file) => `reading ${i}/${total}: ${file}`,
  readingLarge: (file, mb) => `reading ${file} (${mb} MB)…`,
  refusedEncrypted: (file) =>
    `${file} is protected with a password: Reja cannot open it. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password → clear the box) and save it as .xlsx.`,
  refusedXls: (file) =>
    `${file} is an old Excel 97–2003 workbook (.xls), which Reja does not read. Open it in Excel and save it as .xlsx (File → Save As → "Excel Workbook (*.xlsx)").`,
  refusedDoc: (file) =>
    `${file} is an old Word 97–2003 document (.doc), which Reja does not read. Open it in Word and save it as .docx (or copy the table into Excel and save it as .xlsx).`,
  refusedCfb: (file) =>
    `${file} is an old Office (97–2003) file, which Reja does not read. Save it as .xlsx (Excel) or .docx (Word).`,
  refusedOds: (file) =>
    `${file} is an OpenDocument spreadsheet (.ods), which Reja does not read. Open it in LibreOffice or Excel and save it as .xlsx.`,
  refusedOdt: (file) =>
    `${file} is an OpenDocument text (.odt), which Reja does not read. Open it in LibreOffice or Word and save it as .docx.`,
  refusedOdf: (file) => `${file} is an OpenDocument file, not a plan. Save the plan as .xlsx or .docx.`,
  refusedRtf: (file) =>
    `${file} is an RTF document, which Reja does not read. Open it in Word and save it as .docx (or as "Plain Text" → Unicode).`,
  refusedCsv: (file) =>
    `${file} is a CSV file (comma-separated), which Reja does not read. Open it in Excel and save it as .xlsx (or as "Text (Tab delimited)" / "Unicode Text").`,
  refusedPdf: (file) =>
    `${file} is a PDF document; a plan cannot be read from it. Use the plan's own Word (.docx) or Excel (.xlsx) file.`,
  refusedDamaged: (file) =>
    `${file} is damaged or was not written to the end (the file is cut short). Copy the original file again, or open it in Excel and save it again.`,
  refusedNotDocument: (file) =>
    `${file} is not an Excel workbook, a Word document or text. Save the plan in Excel as .xlsx.`,
  generatedSheet: (file, sheet, plan) =>
    `Sheet "${sheet}" of ${file} was generated by Reja (a report, consolidation or settings): it is not a plan.` +
    (plan ? ` Name the plan sheet: --sheet "${plan}".` : ` Name the sheet with the plan table with --sheet.`),
  textLostCharacters: (file, count, line, sample) =>
    `warning: ${file} has "?" in place of ${n(count, "letter", "letters")} (the first on line ${line}: "${sample}"): the program that saved it could not write them. Save the file again as "Unicode Text" or UTF-8.`,
  textInvalidBytes: (file, count) =>
    `warning: ${file} has ${n(count, "broken character", "broken characters")} (shown as "�"). Save the file again as "Unicode Text" or UTF-8.`,
  textUncertainEncoding: (file, line, sample) =>
    `warning: ${file} was read as Windows-1251, but words on line ${line} mix Latin and Cyrillic letters ("${sample}"): the encoding may be another. Save the file again as "Unicode Text" or UTF-8.`,
  unreadableDocx: (file) => `${file} is not a readable Word (.docx) document: save it again in Word as .docx`,
  docxDone: (output, items) => `${output}: Word document, ${items} items`,
};
