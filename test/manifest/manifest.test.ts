/*
 * Offline check of manifest.xml: Microsoft's validator is an online service, so the structure the XSD
 * demands, the resource references, URLs, icons and the link to the command code are checked here.
 * The mutation tests prove each check can fail.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import {
  associatedActions,
  checkManifest,
  declaredExcelApi,
  parseManifest,
  pngDimensions,
  type ManifestContext,
  type ProblemCode,
} from "./manifest-checks";
import { compareVersions, unguardedExcelApiUses } from "./excel-api-usage";
import type { Element as XmlElement } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const MANIFEST = fs.readFileSync(MANIFEST_PATH, "utf8");

// Pages the webpack config builds from HTML templates, by the name they are served under.
const PAGES: Record<string, string> = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "commands.html": "src/commands/commands.html",
};

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts"))
    .map((f) => path.join(dir, f));
}

function servedFile(urlPath: string): string | undefined {
  if (PAGES[urlPath]) return path.join(ROOT, PAGES[urlPath]);
  if (/^assets\/[^/]+$/.test(urlPath)) return path.join(ROOT, urlPath);
  return undefined;
}

const registeredActions = sourceFiles("src/commands").flatMap((f) =>
  associatedActions(fs.readFileSync(path.join(ROOT, f), "utf8"))
);

const context: ManifestContext = {
  devUrl: "https://localhost:3000/",
  serves: (urlPath) => {
    const file = servedFile(urlPath);
    return file !== undefined && fs.existsSync(file);
  },
  pngSize: (urlPath) => {
    const file = servedFile(urlPath);
    return file && fs.existsSync(file) ? pngDimensions(fs.readFileSync(file)) : undefined;
  },
  registeredActions,
  requiredLocales: ["ru-RU", "en-US"],
};

function codes(xml: string, ctx: ManifestContext = context): ProblemCode[] {
  return [...new Set(checkManifest(xml, ctx).map((p) => p.code))].sort();
}

/** The manifest with `from` replaced by `to`; fails loudly if `from` is not there (a stale test). */
function mutate(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  if (out === MANIFEST) throw new Error(`mutation did not apply: ${String(from)}`);
  return out;
}

describe("manifest.xml", () => {
  it("passes every structural check", () => {
    expect(checkManifest(MANIFEST, context)).toEqual([]);
  });

  it("is read by office-addin-manifest (the parser the Office tooling uses)", () => {
    // Run as a separate process: the package's ES-only dependencies do not load under jest's CommonJS.
    const cli = require.resolve("office-addin-manifest/cli.js");
    const out = execFileSync(process.execPath, [cli, "info", MANIFEST_PATH], { encoding: "utf8" });
    const field = (name: string) => out.match(new RegExp(`^\\s*${name}: (.*)$`, "m"))?.[1].trim();
    expect(field("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(field("Name")).toBe("Reja");
    expect(field("Type")).toBe("TaskPaneApp");
    expect(field("Hosts")).toBe("Workbook");
    expect(field("Permissions")).toBe("ReadWriteDocument");
    expect(field("Source Location")).toBe("https://localhost:3000/taskpane.html");
  });

  it('puts a ribbon group "Reja" with the report button and the pane button', () => {
    const group = /<Group id="([^"]+)">\s*<Label resid="([^"]+)"\/>([\s\S]*?)<\/Group>/.exec(MANIFEST);
    expect(group).not.toBeNull();
    const label = new RegExp(`<bt:String id="${group![2]}" DefaultValue="([^"]+)"`).exec(MANIFEST);
    expect(label?.[1]).toBe("Reja");
    const actions = [...group![3].matchAll(/<Action xsi:type="(\w+)"/g)].map((m) => m[1]);
    expect(actions.sort()).toEqual(["ExecuteFunction", "ShowTaskpane"]);
  });

  it("registers the ribbon's function in the function file, never in the dialog page", () => {
    expect(registeredActions).toContain("generateReport");
    const dialog = fs.readFileSync(path.join(ROOT, "src/commands/dialog.ts"), "utf8");
    expect(associatedActions(dialog)).toEqual([]);
    expect(dialog).not.toMatch(/Office\.actions/);
  });

  it("declares an ExcelApi set at least as new as the APIs the code uses without a run-time check", () => {
    const root = parseManifest(MANIFEST).doc?.documentElement as XmlElement;
    const declared = declaredExcelApi(root);
    expect(declared).toBeDefined();
    expect(compareVersions(declared as string, "1.9")).toBeGreaterThanOrEqual(0);
    const files = Object.fromEntries(
      ["src/excel", "src/commands", "src/taskpane"]
        .flatMap(sourceFiles)
        .map((f) => [f, fs.readFileSync(path.join(ROOT, f), "utf8")])
    );
    expect(unguardedExcelApiUses(files, declared as string)).toEqual([]);
  });

  it("ships every icon size the ribbon and the store use, as PNGs of that size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const bytes = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect(pngDimensions(bytes)).toEqual({ width: size, height: size });
    }
  });
});

describe("manifest checks catch broken manifests", () => {
  const cases: Array<[string, string, ProblemCode[]]> = [
    ["malformed XML", mutate("</Hosts>", "</Hostz>"), ["XML_MALFORMED"]],
    ["Version before Id", mutate(/(<Id>.*<\/Id>)(\s*)(<Version>.*<\/Version>)/, "$3$2$1"), ["ORDER"]],
    [
      "tab Label before its groups",
      mutate(/(<CustomTab id="Reja.Tab">)/, '$1<Label resid="Reja.Tab.Label"/>'),
      ["ORDER"],
    ],
    ["unknown element", mutate("<Permissions>", "<Colour>green</Colour><Permissions>"), ["UNKNOWN_CHILD"]],
    ["Id not a GUID", mutate(/<Id>[^<]*<\/Id>/, "<Id>reja</Id>"), ["ID_NOT_GUID"]],
    ["read-only permission", mutate("ReadWriteDocument", "ReadDocument"), ["PERMISSIONS"]],
    ["no ExcelApi set", mutate(/<Set Name="ExcelApi"[^>]*\/>/, ""), ["EXCEL_API_MISSING"]],
    [
      "undefined resid",
      mutate('<Label resid="Reja.Group.Label"/>', '<Label resid="Reja.Nope"/>'),
      ["RESID_UNDEFINED", "RESOURCE_UNUSED"],
    ],
    [
      "label pointing at a long string",
      mutate('<Label resid="Reja.Group.Label"/>', '<Label resid="Reja.GenerateReport.Tooltip"/>'),
      ["RESID_WRONG_KIND", "RESOURCE_UNUSED"],
    ],
    [
      "resid over 32 characters",
      mutate(/Reja\.Icon\.16/g, "Reja.Icon.SixteenPixelsForTheRibbonGroup"),
      ["RESID_TOO_LONG"],
    ],
    [
      "unused resource",
      mutate("<bt:ShortStrings>", '<bt:ShortStrings><bt:String id="Reja.Unused" DefaultValue="x"/>'),
      ["OVERRIDE_MISSING", "RESOURCE_UNUSED"],
    ],
    [
      "http URL",
      mutate('"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
      ["URL_NOT_HTTPS"],
    ],
    ["icon file missing", mutate("assets/icon-80.png", "assets/icon-81.png"), ["ICON_SIZE", "URL_NO_FILE"]],
    [
      "icon of the wrong size",
      mutate(
        'id="Reja.Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
        'id="Reja.Icon.16" DefaultValue="https://localhost:3000/assets/icon-32.png"'
      ),
      ["ICON_SIZE"],
    ],
    [
      "icon without size 80",
      mutate(/\s*<bt:Image size="80" resid="Reja.Icon.80"\/>/, ""),
      ["ICON_SIZES_MISSING"],
    ],
    [
      "function not registered",
      mutate("<FunctionName>generateReport<", "<FunctionName>makeReport<"),
      ["ACTION_NOT_IN_MANIFEST", "FUNCTION_NOT_REGISTERED"],
    ],
    [
      "missing Russian override",
      mutate(/\s*<bt:Override Locale="ru-RU" Value="Создать отчёт"\/>/, ""),
      ["OVERRIDE_MISSING"],
    ],
    [
      "label over 125 characters",
      mutate('DefaultValue="Hisobot yaratish"', `DefaultValue="${"h".repeat(126)}"`),
      ["STRING_TOO_LONG"],
    ],
    [
      "resource without bt: namespace",
      mutate(
        '<bt:Url id="Reja.Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>',
        '<Url id="Reja.Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>'
      ),
      ["NAMESPACE"],
    ],
    [
      "duplicate control id",
      mutate('id="Reja.ShowTaskpane"', 'id="Reja.GenerateReport"'),
      ["CONTROL_ID_DUPLICATE"],
    ],
    [
      "task pane button opening another page",
      mutate(
        'id="Reja.Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"',
        'id="Reja.Taskpane.Url" DefaultValue="https://localhost:3000/commands.html"'
      ),
      ["TASKPANE_URL_MISMATCH"],
    ],
    [
      "second host",
      mutate('<Host Name="Workbook"/>', '<Host Name="Workbook"/><Host Name="Document"/>'),
      ["HOST"],
    ],
  ];

  it.each(cases)("%s", (_name, xml, expected) => {
    expect(codes(xml)).toEqual([...expected].sort());
  });

  it("reports a command name the function file registers but the manifest lacks", () => {
    expect(codes(MANIFEST, { ...context, registeredActions: ["generateReport", "other"] })).toEqual([
      "ACTION_NOT_IN_MANIFEST",
    ]);
  });
});

describe("ExcelApi usage check", () => {
  it("flags a newer API used without isSetSupported, and accepts it with the check", () => {
    const use = "sheet.pageLayout.orientation = Excel.PageOrientation.landscape;";
    expect(unguardedExcelApiUses({ "a.ts": use }, "1.8")).toEqual([
      { file: "a.ts", feature: "Worksheet.pageLayout", version: "1.9" },
    ]);
    const guard =
      'export const canPrint = () => Office.context.requirements.isSetSupported("ExcelApi", "1.9");';
    expect(unguardedExcelApiUses({ "a.ts": use, "caps.ts": guard }, "1.8")).toEqual([]);
    expect(unguardedExcelApiUses({ "a.ts": use }, "1.9")).toEqual([]);
  });

  it("compares versions numerically", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.8", "1.8")).toBe(0);
  });
});
