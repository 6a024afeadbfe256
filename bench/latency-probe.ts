/**
 * The pure parts of the latency bench (bench/latency.ts): the statistics, and the probe it installs in the
 * playground page to tell when an action has reached the pane's final state.
 *
 * Final state, precisely: the action starts at its trigger event (the click on the action's button, or the
 * Enter key that commits a typed cell edit; the event's own timestamp). From then on a MutationObserver on the
 * pane (`[data-testid="pane"]`, the task pane's whole DOM; the workbook grid beside it is not observed) stamps
 * every change. The action is final when (1) the pane shows the action's outcome (`done`, a CSS selector,
 * matches inside the pane and `absent`, when given, does not), and (2) the pane has not changed for `quietMs`.
 * The final time is the stamp of the pane's last change: click → final state = that stamp − the trigger's.
 * With every stamp the probe also reads the playground's counters (window.rejaPlayground, src/playground/
 * probe.ts): the stand-in's syncs and the milliseconds it spent doing Excel's part of them, and the grid's
 * render time, so the bench can say how much of the wait was Excel's side.
 */

/** Nearest-rank percentile (p in 0–100) of a non-empty sample: the smallest value with p % of the sample at or below it. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(Math.max(rank, 1), s.length) - 1];
}

export function medianOf(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** What the probe counts at a moment (from window.rejaPlayground). */
export interface Counters {
  syncs: number;
  /** the stand-in's time doing Excel's part of the syncs (ms) */
  excelMs: number;
  /** the workbook grid's render and scroll time (ms) */
  gridMs: number;
}

/** One measured action, as the probe reports it. */
export interface ProbeReading {
  /** trigger event → the pane's last change (ms) */
  totalMs: number;
  /** trigger event → the first change after which the pane showed the outcome (ms; the rest is settling) */
  shownMs: number;
  /** counters at the last change minus counters at the trigger */
  syncs: number;
  excelMs: number;
  gridMs: number;
  /** mutation records seen in the pane */
  mutations: number;
  /** the last change, described ("attributes data-intent on DIV", "childList on UL") */
  last: string;
}

export interface LatencySample extends ProbeReading {
  /** a deliberate pause inside the action (live checking waits this long after the last edit) */
  pauseMs: number;
  /** totalMs − excelMs − gridMs − pauseMs: the pane and the engine */
  beyondMs: number;
}

export function toSample(reading: ProbeReading, pauseMs = 0): LatencySample {
  return {
    ...reading,
    pauseMs,
    beyondMs: reading.totalMs - reading.excelMs - reading.gridMs - pauseMs,
  };
}

export interface Summary {
  median: number;
  p90: number;
}

export function summarize(xs: readonly number[]): Summary {
  return { median: medianOf(xs), p90: percentile(xs, 90) };
}

/** What to wait for: the trigger to time from, and the outcome that makes the action final. */
export interface ArmSpec {
  trigger: { type: "click" | "keydown"; selector: string; key?: string };
  /** CSS selector that must match inside the pane */
  done: string;
  /** CSS selector that must not match inside the pane */
  absent?: string;
  quietMs: number;
  /**
   * leave marks in a CPU profile: the probe runs `rejaMarkStart` at the trigger and `rejaMarkChange` after each
   * change of the pane, each busy for 1 ms so the profiler samples it (bench/latency-profile.ts cuts the
   * profile to the time between them)
   */
  marks?: boolean;
}

/** The functions the probe runs when it leaves marks. */
export const PROFILE_MARKS = { start: "rejaMarkStart", change: "rejaMarkChange" } as const;

/** The probe's handle on a page (window.__rejaLatency). */
export interface LatencyProbe {
  arm(spec: ArmSpec): void;
  /** the reading once the armed action is final, null before; `now` for tests */
  settled(now?: number): ProbeReading | null;
  /** whether the trigger was seen */
  triggered(): boolean;
}

/**
 * Installs the probe on `win` (the page's window, or a jsdom window in tests) and returns it. Self-contained:
 * the bench passes this function's source to the page (playwright's evaluate), so it may use nothing from
 * outside its body.
 */
export function installLatencyProbe(win: Window, paneSelector: string): LatencyProbe {
  const w = win as unknown as {
    __rejaLatency?: LatencyProbe;
    rejaPlayground?: { book: { stats: { syncs: number; busyMs: number } } | null; gridMs: number };
  };
  if (w.__rejaLatency) return w.__rejaLatency;
  const doc = win.document;
  const clock = (): number => win.performance.now();
  const counters = (): Counters => {
    const p = w.rejaPlayground;
    const stats = p?.book?.stats;
    return { syncs: stats?.syncs ?? 0, excelMs: stats?.busyMs ?? 0, gridMs: p?.gridMs ?? 0 };
  };
  let spec: ArmSpec | null = null;
  let start: { at: number; counters: Counters } | null = null;
  let last: { at: number; counters: Counters; what: string } | null = null;
  let shownAt: number | null = null;
  let mutations = 0;

  const pane = (): Element | null => doc.querySelector(paneSelector);
  const showsOutcome = (root: Element, s: ArmSpec): boolean =>
    root.querySelector(s.done) !== null && !(s.absent && root.querySelector(s.absent));
  const describe = (r: MutationRecord): string => {
    const node = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
    const where = node
      ? `${node.tagName}${node.getAttribute("data-testid") ? `[${node.getAttribute("data-testid")}]` : ""}`
      : "?";
    return `${r.type}${r.attributeName ? ` ${r.attributeName}` : ""} on ${where}`;
  };

  const root = pane();
  if (!root) throw new Error(`latency probe: no ${paneSelector} in the page`);
  const busy = (ms: number): void => {
    const until = clock() + ms;
    while (clock() < until) {
      // a mark the profiler can see
    }
  };
  // named after PROFILE_MARKS (this function's source runs in the page: it cannot refer to the constant)
  function rejaMarkStart(): void {
    busy(1);
  }
  function rejaMarkChange(): void {
    busy(1);
  }
  const Observer = (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    if (!start || !spec || records.length === 0) return;
    mutations += records.length;
    last = { at: clock(), counters: counters(), what: describe(records[records.length - 1]) };
    if (shownAt === null && showsOutcome(root, spec)) shownAt = last.at;
    if (spec.marks) rejaMarkChange();
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });

  const onTrigger = (event: Event): void => {
    if (!spec || start) return;
    const t = spec.trigger;
    if (event.type !== t.type) return;
    if (t.key && (event as KeyboardEvent).key !== t.key) return;
    const target = event.target as Element | null;
    if (!target || typeof target.closest !== "function" || !target.closest(t.selector)) return;
    // the event's own time (when the input arrived), unless it is not on this clock
    const now = clock();
    const at = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
    start = { at, counters: counters() };
    if (spec.marks) rejaMarkStart();
  };
  doc.addEventListener("click", onTrigger, true);
  doc.addEventListener("keydown", onTrigger, true);

  const probe: LatencyProbe = {
    arm(s) {
      spec = s;
      start = null;
      last = null;
      shownAt = null;
      mutations = 0;
    },
    triggered: () => start !== null,
    settled(now = clock()) {
      const current = pane();
      if (!spec || !start || !last || !current || !showsOutcome(current, spec)) return null;
      if (now - last.at < spec.quietMs) return null;
      return {
        totalMs: last.at - start.at,
        shownMs: (shownAt ?? last.at) - start.at,
        syncs: last.counters.syncs - start.counters.syncs,
        excelMs: last.counters.excelMs - start.counters.excelMs,
        gridMs: last.counters.gridMs - start.counters.gridMs,
        mutations,
        last: last.what,
      };
    },
  };
  w.__rejaLatency = probe;
  return probe;
}
