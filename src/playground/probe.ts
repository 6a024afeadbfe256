/* global window */
/**
 * What `npm run bench` (bench/latency.ts) reads from the playground page, as `window.rejaPlayground`: the
 * workbook (its sync statistics: how many round trips an action made and how long the stand-in spent doing
 * Excel's part of them) and how long the grid (the stand-in for Excel's own window) took to render and scroll. Both are
 * Excel's side of an action, not the pane's; the bench subtracts them. The playground only, never the add-in.
 */
import type { StandinWorkbook } from "../standin";

export interface PlaygroundProbe {
  book: StandinWorkbook | null;
  /**
   * the workbook grid's work so far, in milliseconds: its renders (from the grid's body to its last child) and
   * its scrolling the selected cell into view (a forced layout)
   */
  gridMs: number;
  gridRenders: number;
}

export const playgroundProbe: PlaygroundProbe = { book: null, gridMs: 0, gridRenders: 0 };

if (typeof window !== "undefined")
  (window as unknown as { rejaPlayground?: PlaygroundProbe }).rejaPlayground = playgroundProbe;

/** Called by the grid's last child with the time its render began: every child rendered before it. */
export function recordGridRender(startedAt: number): void {
  playgroundProbe.gridMs += performance.now() - startedAt;
  playgroundProbe.gridRenders++;
}

/** Runs `work` (the grid's own, outside its render) and counts its time as the grid's. */
export function timeGridWork(work: () => void): void {
  const started = performance.now();
  work();
  playgroundProbe.gridMs += performance.now() - started;
}
