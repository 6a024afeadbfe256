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
  "problem.no_plan_table": "No plan table on this sheet (a header with №, Nomi, O'lchov birligi…).",
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
    "Approved: {date}, {by}. The plan's columns (№ … Mas'ullar) are locked; the fact columns and \"Izoh\" stay open.",
  "year.state.unlocked": "Unlocked: the plan's columns can be changed (last approval: {date}, {by}).",
  "year.approve": "Approve and lock",
  "year.approve.hint":
    "Records the approval in the settings sheet and locks the plan's columns (№ … Mas'ullar); the fact columns and \"Izoh\" stay editable.",
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
  "year.suggest": 'Suggest plan quantities (in the "Izoh" column)',
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
};
