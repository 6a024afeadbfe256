// Where the latency bench says an action's time went (bench/latency-profile.ts): source map decoding and the
// attribution of a CPU profile's samples to the page's parts, on hand-made fixtures.
import {
  attribute,
  decodeMappings,
  partOfSource,
  sourceAt,
  type CpuProfile,
} from "../../bench/latency-profile";

const SOURCES = ["webpack://reja/./src/core/plan.ts", "webpack://reja/./node_modules/react-dom/client.js"];
// line 0: column 0 → source 0, column 10 → source 1; line 1: column 0 → source 0, column 5 → nothing
const MAPPINGS = "AAAA,UCAA;ADAA,K";

describe("source maps", () => {
  test("segments decode to generated columns and source indexes, relative as the format writes them", () => {
    expect(decodeMappings(MAPPINGS)).toEqual([
      { cols: [0, 10], sources: [0, 1] },
      { cols: [0, 5], sources: [0, -1] },
    ]);
    // a multi-digit VLQ: 16 is "gB"
    expect(decodeMappings("gBAAA")[0].cols).toEqual([16]);
    expect(() => decodeMappings("A!")).toThrow(/VLQ/);
  });

  test("a generated position maps to the segment at or before it", () => {
    const lines = decodeMappings(MAPPINGS);
    expect(sourceAt(lines, SOURCES, 0, 0)).toBe(SOURCES[0]);
    expect(sourceAt(lines, SOURCES, 0, 9)).toBe(SOURCES[0]);
    expect(sourceAt(lines, SOURCES, 0, 10)).toBe(SOURCES[1]);
    expect(sourceAt(lines, SOURCES, 0, 999)).toBe(SOURCES[1]);
    expect(sourceAt(lines, SOURCES, 1, 7)).toBeNull();
    expect(sourceAt(lines, SOURCES, 5, 0)).toBeNull();
  });

  test("source files belong to the page's parts", () => {
    expect(partOfSource("webpack://reja/./src/excel/commands/check.ts")).toBe("reja");
    expect(partOfSource("webpack://reja/./src/taskpane/App.tsx")).toBe("reja");
    expect(partOfSource("webpack://reja/./src/standin/proxy.ts")).toBe("standin");
    expect(partOfSource("webpack://reja/./src/playground/WorkbookGrid.tsx")).toBe("grid");
    expect(partOfSource("webpack://reja/./node_modules/@griffel/core/src/x.js")).toBe("react");
    expect(partOfSource("webpack://reja/webpack/bootstrap")).toBeNull();
  });
});

describe("attribution of a CPU profile", () => {
  const bundle = "http://127.0.0.1:1/playground.js";
  const frame = (functionName: string, url = "", lineNumber = 0, columnNumber = 0) => ({
    functionName,
    url,
    lineNumber,
    columnNumber,
  });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame("(root)"), children: [2, 3, 4, 5, 7, 8] },
      { id: 2, callFrame: frame("(program)") },
      { id: 3, callFrame: frame("(idle)") },
      { id: 4, callFrame: frame("(garbage collector)") },
      { id: 5, callFrame: frame("readPlan", bundle, 0, 2), children: [6] },
      { id: 6, callFrame: frame("appendChild") },
      { id: 7, callFrame: frame("commitRoot", bundle, 0, 12) },
      { id: 8, callFrame: frame("probe", "pptr://__puppeteer_evaluation_script__") },
    ],
    // sample i lasts timeDeltas[i + 1] µs
    samples: [5, 6, 7, 2, 3, 4, 8, 5],
    timeDeltas: [0, 1000, 2000, 3000, 4000, 50000, 6000, 7000],
  };
  const lines = decodeMappings(MAPPINGS);
  const sourceOf = (url: string, line: number, column: number) =>
    url === bundle ? sourceAt(lines, SOURCES, line, column) : null;

  test("self time per part; a native call counts for its caller; idle and foreign scripts are left out", () => {
    expect(attribute(profile, sourceOf)).toEqual({
      reja: 1 + 2, // readPlan, and the appendChild it called
      standin: 0,
      grid: 0,
      react: 3,
      browser: 4,
      gc: 6,
    });
  });

  test("with the probe's marks, only the samples from the trigger to the pane's last change count", () => {
    const marked: CpuProfile = {
      nodes: [
        ...profile.nodes.map((n) => (n.id === 1 ? { ...n, children: [...(n.children ?? []), 9, 10] } : n)),
        { id: 9, callFrame: frame("rejaMarkStart", "reja-latency-probe.js") },
        { id: 10, callFrame: frame("rejaMarkChange", "reja-latency-probe.js"), children: [11] },
        // the mark spins in a function it calls: the sample's own frame is that one
        { id: 11, callFrame: frame("now") },
      ],
      // before the trigger: program; then readPlan, a change, commitRoot, a change; after: gc while the page waited
      samples: [2, 9, 5, 10, 7, 11, 4, 4],
      timeDeltas: [0, 500, 100, 1000, 100, 3000, 100, 9000],
    };
    const marks = { start: "rejaMarkStart", change: "rejaMarkChange" };
    expect(attribute(marked, sourceOf, marks)).toEqual({
      reja: 1,
      standin: 0,
      grid: 0,
      react: 3,
      browser: 0,
      gc: 0,
    });
    // without the marks the whole profile counts
    expect(attribute(marked, sourceOf)).toMatchObject({ browser: 0.5, gc: 9 });
  });
});
