/**
 * @jest-environment jsdom
 */
// The latency bench's pure parts (bench/latency-probe.ts): its statistics, and the final-state probe on a
// fixture pane. No timing is asserted: the probe's clock is a fake one the test moves.
import {
  type ArmSpec,
  installLatencyProbe,
  medianOf,
  percentile,
  summarize,
  toSample,
} from "../../bench/latency-probe";

describe("statistics", () => {
  test("the median of odd and even samples, unsorted", () => {
    expect(medianOf([5, 1, 3])).toBe(3);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([])).toBeNaN();
  });

  test("nearest-rank percentiles: the 90th of ten values is the ninth smallest", () => {
    const xs = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(percentile(xs, 90)).toBe(9);
    expect(percentile(xs, 100)).toBe(10);
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([3, 1, 2], 90)).toBe(3);
    expect(summarize([1, 2, 3, 4, 100])).toEqual({ median: 3, p90: 100 });
  });

  test("a sample's pane-and-engine time is what the stand-in, the grid and the pause leave", () => {
    const s = toSample(
      { totalMs: 420, shownMs: 400, syncs: 3, excelMs: 30, gridMs: 50, mutations: 12, last: "x" },
      300
    );
    expect(s.beyondMs).toBe(40);
    expect(toSample({ ...s, totalMs: 100, excelMs: 10, gridMs: 20 }).beyondMs).toBe(70);
  });
});

describe("the final-state probe on a fixture pane", () => {
  let now = 0;
  const counters = { syncs: 0, busyMs: 0 };
  const playground = { book: { stats: counters }, gridMs: 0 };
  const flush = async () => {
    // MutationObserver callbacks run as microtasks
    for (let i = 0; i < 3; i++) await Promise.resolve();
  };

  beforeAll(() => {
    Object.defineProperty(window.performance, "now", { configurable: true, value: () => now });
    (window as unknown as { rejaPlayground: unknown }).rejaPlayground = playground;
    document.body.innerHTML = `
      <main><input id="formula-bar"></main>
      <aside data-testid="pane">
        <button data-action="check">Check</button>
        <div class="status"></div>
        <ul class="findings"><li data-severity-count="error">1</li></ul>
      </aside>`;
  });

  const pane = () => document.querySelector('[data-testid="pane"]') as HTMLElement;
  const status = () => pane().querySelector(".status") as HTMLElement;
  const spec: ArmSpec = {
    trigger: { type: "click", selector: 'button[data-action="check"]' },
    done: '[data-notice^="result.check"]',
    quietMs: 500,
  };

  test("times from the trigger to the pane's last change once the outcome shows and the pane is quiet", async () => {
    const probe = installLatencyProbe(window, '[data-testid="pane"]');
    expect(installLatencyProbe(window, '[data-testid="pane"]')).toBe(probe);
    probe.arm(spec);

    // changes before the trigger, and clicks elsewhere, do not start it
    now = 5;
    status().textContent = "before";
    await flush();
    (document.getElementById("formula-bar") as HTMLElement).click();
    expect(probe.triggered()).toBe(false);

    now = 100;
    counters.syncs = 4;
    counters.busyMs = 10;
    playground.gridMs = 7;
    (pane().querySelector("button") as HTMLElement).click();
    expect(probe.triggered()).toBe(true);

    // a spinner first (a change, but not the outcome)
    now = 120;
    status().innerHTML = '<span role="progressbar"></span>';
    await flush();
    expect(probe.settled(2000)).toBeNull();

    // the outcome: the notice, while the stand-in and the grid worked
    now = 180;
    counters.syncs = 6;
    counters.busyMs = 25;
    playground.gridMs = 19;
    status().innerHTML = '<div data-notice="result.checkCounts" data-intent="error">1 error</div>';
    await flush();
    expect(probe.settled(600)).toBeNull(); // not quiet for 500 ms yet

    // one more change after the outcome (a focus attribute): the final state is the last change
    now = 230;
    (pane().querySelector("button") as HTMLElement).setAttribute("tabindex", "-1");
    await flush();
    // Excel's work after the pane's last change is not counted in it
    counters.syncs = 9;
    counters.busyMs = 99;
    expect(probe.settled(700)).toBeNull();
    const reading = probe.settled(730);
    expect(reading).toEqual({
      totalMs: 130,
      shownMs: 80,
      syncs: 2,
      excelMs: 15,
      gridMs: 12,
      mutations: 3,
      last: "attributes tabindex on BUTTON",
    });
  });

  test("an outcome that must be gone (the error of a live re-check) holds the final state back", async () => {
    const probe = installLatencyProbe(window, '[data-testid="pane"]');
    probe.arm({
      trigger: { type: "keydown", selector: "#formula-bar", key: "Enter" },
      done: '[data-notice^="result.check"]',
      absent: '[data-severity-count="error"]',
      quietMs: 500,
    });
    const bar = document.getElementById("formula-bar") as HTMLElement;
    now = 1000;
    bar.dispatchEvent(new KeyboardEvent("keydown", { key: "a", bubbles: true }));
    expect(probe.triggered()).toBe(false);
    bar.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(probe.triggered()).toBe(true);

    // the notice is there already (from the check before), and so is the error: not final
    now = 1300;
    status().setAttribute("data-rechecking", "1");
    await flush();
    expect(probe.settled(5000)).toBeNull();

    now = 1340;
    (pane().querySelector(".findings") as HTMLElement).innerHTML = "";
    await flush();
    expect(probe.settled(5000)).toMatchObject({ totalMs: 340, shownMs: 340, mutations: 2 });
  });
});
