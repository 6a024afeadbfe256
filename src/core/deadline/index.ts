/** Deadlines (docs/domain.md §5): the phrases, the parser of a "Bajarilish muddati" cell, a schedule in words. */
export { describeSchedule } from "./describe";
export { parseDeadline } from "./parse";
export { KNOWN_DEADLINE_PHRASES } from "./phrases";
