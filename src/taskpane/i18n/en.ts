/** English. */
import { statusTexts } from "./status";
import type { Catalogue } from "./catalogue";

export const en: Catalogue = {
  "app.title": "Reja",
  "app.subtitle": "Work plan assistant",
  "lang.label": "Pane language",

  "quarter.label": "Report quarter",
  "quarter.option": "Quarter {roman}",
  "quarter.saving": "Saving the quarter…",

  "settings.title": "Settings",
  "settings.district": "District or city",
  "settings.districtKind": "Kind",
  "settings.districtKind.tuman": "district",
  "settings.districtKind.shahar": "city",
  "settings.region": "Regional centre (report addressee)",
  "settings.year": "Plan year",
  "settings.director": "Director (signs the report)",
  "settings.approver": "Approver (regional director)",
  "settings.tolerance": "Tolerance, %",
  "settings.lang": "Workbook language",
  "settings.save": "Save settings",
  "settings.saving": "Saving…",
  "settings.saved": "Settings saved to the workbook.",
  "settings.savedRelabelled":
    "Settings saved to the workbook. The headers and statuses Reja wrote on the plan sheet are now in the new language (headers you renamed are left as they are). Undo: Ctrl+Z.",
  "settings.coauthor": "Settings changed in the workbook (co-authors see them too).",
  "settings.invalidYear": "The year must be a number between 2000 and 2100.",
  "settings.invalidTolerance": "The tolerance must be between 0 and 100.",
  "settings.failed": "Settings were not saved: {error}",

  "actions.title": "Actions",
  "actions.setup": "Set up",
  "actions.setup.hint":
    'Creates the structured "Ish reja" sheet from the plan on the active sheet; the original stays untouched.',
  "actions.check": "Check",
  "actions.check.hint": "Finds mistakes and highlights their cells.",
  "actions.fill": "Fill statuses",
  "actions.fill.hint": "Writes statuses and percentages for the report quarter.",
  "actions.report": "Generate report",
  "actions.report.hint": "Creates the submission sheet for the regional centre.",
  "actions.running": "{action} is running…",
  "actions.failed": '"{action}" failed: {error}. You can try again.',
  "actions.dismiss": "Dismiss",

  "result.setup": 'Sheet "{sheet}" created.',
  "result.check": "Checked: {count} {count|finding|findings}.",
  "result.checkClean": "Checked: no mistakes found.",
  "result.fill": "Cells filled: {count}.",
  "result.report": 'Sheet "{sheet}" created.',
  "result.reportReplaced": 'Sheet "{sheet}" updated.',

  "problem.no_plan_sheet": 'No "Ish reja" sheet. Press "Set up" first.',
  "problem.no_plan_table": "No plan table on this sheet (a header with №, {nameColumn}, {unitColumn}…).",
  "problem.already_structured": "This sheet is already set up (it has the tracking columns).",
  "problem.no_tracking_columns": 'The plan sheet has no quarter columns. Press "Set up" first.',
  "problem.name_taken": 'Another sheet is named "{sheet}"; rename it first.',

  "findings.title": "Findings",
  "findings.none": "No findings.",
  "findings.notChecked": 'Not checked yet. Press "Check".',
  "findings.live": "Checked again automatically after each edit",
  "findings.item": "Item {item}",
  "findings.general": "General",
  "findings.cell": "Cell {cell}",
  "findings.select": "Select cell {cell}: {message}",
  "findings.selectFailed": "Could not select cell {cell}: {error}",
  "findings.filter": "Show or hide by severity",
  "findings.list": "List of findings",
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Info",
  "severity.count.error": "{count} {count|error|errors}",
  "severity.count.warning": "{count} {count|warning|warnings}",
  "severity.count.info": "{count} info",

  "summary.title": "Quarter {roman} summary",
  "summary.empty": "No plan sheet: nothing to summarise.",
  "summary.total": "Total",
  "summary.indicators": "{count} {count|indicator|indicators}",
  "summary.completion": "Completion of quantitative indicators: {percent}",
  "summary.completionNone": "No quantitative target in this period",
  "summary.chart": "Chart of statuses by section",
  "summary.section": "Section",
  "summary.noSection": "No section",
  "summary.refresh": "Refresh",

  ...statusTexts("en"),

  "error.unknown": "unknown error",
  loading: "Loading…",

  "year.title": "Approval and next year",
  "year.state.none": "The plan has not been approved yet.",
  "year.state.approved":
    'Approved: {date}, {by}. The plan\'s columns ({planColumns}) are locked; the fact columns and "{noteColumn}" stay open.',
  "year.state.unlocked": "Unlocked: the plan's columns can be changed (last approval: {date}, {by}).",
  "year.approve": "Approve and lock",
  "year.approve.hint":
    'Records the approval in the settings sheet and locks the plan\'s columns ({planColumns}); the fact columns and "{noteColumn}" stay editable.',
  "year.approver": "Approved by (name)",
  "year.approve.confirm": "Approve",
  "year.unlock": "Unlock",
  "year.unlock.confirm": "Unlock",
  "year.cancel": "Cancel",
  "year.undo":
    "Note: protecting or unprotecting the sheet clears Excel's undo history (Ctrl+Z): earlier changes can no longer be undone.",
  "year.changes": "Changes since the previous approval",
  "year.nextYear": "Next year's plan (draft)",
  "year.nextYear.hint":
    "Writes a draft of next year's plan to a new sheet: the same sections and items, last year's fact = this year's total fact. The current plan sheet is not changed.",
  "year.suggest": 'Suggest plan quantities (in the "{noteColumn}" column)',
  "year.draft":
    'This is a draft (sheet "{sheet}"): enter the new plan quantities and check it like any plan. The current plan sheet was not changed.',
  "year.draftExists":
    'The sheet "{sheet}" already exists: it was not overwritten (what was typed there stays). Delete or rename it to make a new one.',
  "year.failed": "The action failed: {error}",
  "year.running": "Working…",
  "problem.generated_sheet":
    'Sheet "{sheet}" was generated by Reja (a report, consolidation or settings): it is not a plan. Open the sheet with the plan table and press "Set up" again.',
  "actions.setupWord": "Set up from a Word file…",
  "actions.setupWord.hint":
    'Creates the "Ish reja" sheet from the plan table of a Word document (.docx); the document is not changed.',
  "problem.unreadable_docx":
    "This file is not a readable Word (.docx) document: save it again in Word as .docx.",
  "result.checkCounts":
    "Checked: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} {infos|note|notes}.",
  "findings.noPlan":
    'There is no plan sheet ("Ish reja") to check. Paste the plan into a sheet and press "Set up".',
  "findings.groupCount": "{count} {count|cell|cells}",
  "findings.quietFacts":
    "No facts entered yet: facts and reasons are checked once the first fact is entered.",
  "code.number.invalid": "Invalid item number",
  "code.number.duplicate": "Repeated item number",
  "code.number.order": "Numbers out of order",
  "code.subitem.orphan": "Sub-item without its item",
  "code.unit.missing": "Unit of measure missing",
  "code.unit.unknown": "Unit of measure not in the vocabulary",
  "code.quantity.invalid": "Quantity is not a valid number",
  "code.plan.below_fact": "Plan below last year's fact",
  "code.subitems.sum_mismatch": "Sub-items do not add up to the plan",
  "code.deadline.missing": "Deadline missing",
  "code.deadline.unknown": "Deadline not understood",
  "code.deadline.wrong_year": "Deadline in another year",
  "code.responsible.missing": "Responsible service missing",
  "code.responsible.unknown": "Responsible service not in the vocabulary",
  "code.fact.missing": "Quarter {roman} fact not entered",
  "code.fact.suspicious": "Fact far above the plan",
  "code.note.missing": "Quarter {roman}: reason for the shortfall missing",
  "fix.button": "Fix: “{value}”",
  "fix.applied": 'Wrote "{value}" into cell {cell}. Undo: Ctrl+Z.',
  "fix.failed": "Could not write cell {cell}: {error}",
  "confirm.report":
    "{count} {count|error is|errors are} not fixed yet. Generate the report with {count|it|them}?",
  "confirm.goOn": "Generate anyway",
  "confirm.goTo": "Go to the errors",
  "legend.title": "Status colours",
  "legend.partialTolerated": "Partially done, within the tolerance (no reason needed)",
  "legend.highlightError": "Check: cell with an error",
  "legend.highlightWarning": "Check: cell with a warning",
  "help.open": "Help",
  "help.close": "Close help",
  "help.title": "Working with Reja",
  "help.actionsTitle": "Actions",
  "help.setup":
    'Set up: makes the "Ish reja" sheet from the plan on the active sheet (with columns for quarter facts, statuses and {noteColumn}). The original sheet is not changed.',
  "help.check":
    'Check: finds mistakes, colours their cells and lists them by kind. Press a line of the list to select its cell. "Fix" writes the correct text Reja knows into the cell (Ctrl+Z undoes it).',
  "help.fill": "Fill statuses: writes each item's status and completion for the report quarter.",
  "help.report":
    "Generate report: makes the quarter's report sheet for the regional centre. If errors remain, Reja asks first.",
  "help.statusesTitle": "What the statuses mean",
  "help.status.done": "the plan was met.",
  "help.status.partial":
    "part of the plan was met; if it falls behind by more than the tolerance, give the reason in the {noteColumn} column.",
  "help.status.not_done": "the period ended with no fact entered, or zero.",
  "help.status.in_progress": "the period is still running.",
  "help.status.not_due": "due in a later quarter.",
  "help.status.not_scheduled": "nothing planned in this quarter.",
  "help.printTitle": "Printing and sending",
  "help.print":
    "Open the report sheet, File → Print (Ctrl+P): the page is set up for A4. Sign it, stamp it and send it to the regional centre; to send it electronically, save the workbook and send the file or a PDF of it (File → Export → PDF).",
  "help.loading": "Loading help…",
  "host.cellEdit": 'Excel is editing a cell: press Enter or Esc, then press "{action}" again.',
  "host.rangeTooLarge":
    '"{action}" failed: the “{sheet}” sheet uses more cells than Excel reads at once (5,000,000). Delete entries in the parts of the sheet that are not needed.',
  "host.notUndoable":
    "This action cannot be undone in Excel (Ctrl+Z): sheet protection clears the undo history.",
  "selftest.title": "System check",
  "selftest.hint":
    "Tries, on a temporary sheet, the Excel behaviour Reja relies on, then removes the sheet. Copy the result and send it to your administrator.",
  "selftest.run": "Check the system",
  "selftest.running": "Checking…",
  "selftest.copy": "Copy",
  "selftest.copied": "Copied",
  "selftest.probe": "Probe",
  "selftest.result": "Result",
  "selftest.passed": "passed",
  "selftest.failed": "failed",
  "selftest.skipped": "not checked",
  "selftest.summary": "{passed} passed, {failed} failed, {skipped} not checked",
  "selftest.error": "The check could not run: {error}",
  "actions.docx": "Word document",
  "actions.docx.hint":
    "Downloads the plan as a Word document (.docx) in the official layout. The workbook is not changed.",
  "confirm.docx":
    "{count} {count|error is|errors are} not fixed yet. Make the Word document with {count|it|them}?",
  "result.docx":
    '"{file}" is ready ({count} {count|item|items}) and is being downloaded (usually to the Downloads folder).',
  "result.docxMac":
    '"{file}" is ready ({count} {count|item|items}). Excel for Mac may not save files from the pane: if no file appears, open the workbook in Excel on the web and press this button again.',
  "download.again": "Not saved? Download again: {file}",
  "problem.writer_unavailable":
    "The part that makes Word documents could not be loaded (no internet connection?). Check the connection and try again.",
  "help.docx":
    "Word document: downloads the plan in the official layout (.docx, A4 landscape): the KELISHILDI and TASDIQLAYMAN blocks, the title, the table with its two-row header. If errors remain, Reja asks first. Excel for Mac may not save files from the pane: use Excel on the web there.",
};
