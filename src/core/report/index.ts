export {
  buildReport,
  COUNTED_STATUSES,
  emptyCounts,
  type Report,
  type ReportRow,
  type ReportSection,
  type StatusCounts,
} from "./build";
