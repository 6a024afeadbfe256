/**
 * A hand-made SVG chart: one stacked bar per section, its parts the indicators by status, and the
 * section's completion at the right. No chart library (bundle budget).
 */
import { tokens } from "@fluentui/react-components";
import { COUNTED_STATUSES, type Status } from "../../core";
import type { SummaryLine } from "../summary";

/** Order of the parts in a bar: finished work first. */
export const CHART_STATUSES: readonly Status[] = COUNTED_STATUSES;

export const CHART_COLORS: Record<Status, string> = {
  done: "#5DB075",
  partial: "#E8B931",
  not_done: "#D95F5F",
  in_progress: "#5B9BD5",
  not_due: "#B4B4B4",
  not_scheduled: "#E2E2E2",
};

export interface StatusChartProps {
  lines: SummaryLine[];
  /** accessible name of the chart */
  label: string;
  statusLabel: (s: Status) => string;
  lineLabel: (line: SummaryLine) => string;
  completionText: (line: SummaryLine) => string;
}

const ROW = 22;
const LABEL_W = 34;
const VALUE_W = 50;
const WIDTH = 300;
const BAR_W = WIDTH - LABEL_W - VALUE_W;

export function StatusChart({ lines, label, statusLabel, lineLabel, completionText }: StatusChartProps) {
  const height = lines.length * ROW + 4;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ display: "block", maxWidth: 480 }}
    >
      {lines.map((line, i) => {
        const y = i * ROW + 2;
        let x = LABEL_W;
        const total = line.indicators;
        return (
          <g key={line.key} data-section={line.key}>
            <title>{lineLabel(line)}</title>
            <text x={0} y={y + 14} fontSize={11} fill={tokens.colorNeutralForeground2}>
              {line.number || "—"}
            </text>
            <rect
              x={LABEL_W}
              y={y + 3}
              width={BAR_W}
              height={14}
              rx={2}
              fill="none"
              stroke={tokens.colorNeutralStroke2}
            />
            {total > 0 &&
              CHART_STATUSES.map((s) => {
                const n = line.counts[s];
                if (n === 0) return null;
                const w = (n / total) * BAR_W;
                const part = (
                  <rect key={s} x={x} y={y + 3} width={w} height={14} fill={CHART_COLORS[s]}>
                    <title>{`${statusLabel(s)}: ${n}`}</title>
                  </rect>
                );
                x += w;
                return part;
              })}
            <text x={WIDTH} y={y + 14} fontSize={11} textAnchor="end" fill={tokens.colorNeutralForeground1}>
              {completionText(line)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
