/** Row heights for wrapped text: core's estimate (src/core/layout/row-heights), which the writer sets. */
export { estimateRowHeights, linesNeeded } from "../core";
