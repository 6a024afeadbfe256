/**
 * The active sheet's charts (the stand-in keeps a chart's type, source range and title): drawn as simple
 * horizontal bars, category = the source's first column, value = its last column, first row = header.
 */
import { columnIndex } from "../core";
import type { SheetSnapshot } from "../standin";

function range(address: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(address.replace(/^.*!/, ""));
  if (!m) return null;
  return { c0: columnIndex(m[1]), r0: Number(m[2]) - 1, c1: columnIndex(m[3]), r1: Number(m[4]) - 1 };
}

export function ChartView({ snapshot }: { snapshot: SheetSnapshot }) {
  if (!snapshot.charts || snapshot.charts.length === 0) return null;
  return (
    <div style={{ padding: "6px 8px", display: "flex", gap: "16px", flexWrap: "wrap" }}>
      {snapshot.charts.map((c) => {
        const r = range(c.source);
        const rows = r ? snapshot.values.slice(r.r0 + 1, r.r1 + 1) : [];
        const points = rows.map((row) => ({
          label: String(row[r!.c0] ?? ""),
          value: Number(row[r!.c1]) || 0,
        }));
        const max = Math.max(100, ...points.map((p) => p.value));
        return (
          <figure
            key={c.name}
            data-chart={c.chartType}
            data-chart-title={c.title}
            style={{ margin: 0, minWidth: 280 }}
          >
            <figcaption style={{ fontWeight: 600, fontSize: 12 }}>{c.title}</figcaption>
            {points.map((p) => (
              <div
                key={p.label}
                data-chart-point={p.label}
                style={{ display: "flex", alignItems: "center", gap: 6, fontSize: 11 }}
              >
                <span style={{ width: 90, overflow: "hidden", whiteSpace: "nowrap" }}>{p.label}</span>
                <span
                  style={{
                    display: "inline-block",
                    height: 10,
                    width: `${(p.value / max) * 160}px`,
                    background: "#4472C4",
                  }}
                />
                <span>{p.value}</span>
              </div>
            ))}
          </figure>
        );
      })}
    </div>
  );
}
