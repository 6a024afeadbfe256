/**
 * The import boundaries of eslint.config.mjs: the core stays pure, and adapters enter it through its index.
 * Each text is linted as if it were a file at the given path, with the project's own config, in one child
 * process (ESLint loads its .mjs config through a dynamic import, which Jest's module sandbox does not run).
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

interface Case {
  filePath: string;
  text: string;
}

const SCRIPT = `
const { ESLint } = require("eslint");
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: "eslint.config.mjs" });
  const out = [];
  for (const c of cases) {
    const [result] = await eslint.lintText(c.text, { filePath: c.filePath });
    out.push(result.messages.map((m) => m.ruleId + ": " + m.message));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

function lint(cases: Case[]): string[][] {
  const stdout = execFileSync(process.execPath, ["-e", SCRIPT, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return JSON.parse(stdout) as string[][];
}

const CASES = {
  coreImportsExceljs: {
    filePath: "src/core/lint-fixture.ts",
    text: 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n',
  },
  coreImportsReact: {
    filePath: "src/core/layout/lint-fixture.ts",
    text: 'import { useState } from "react";\nexport const h = useState;\n',
  },
  coreImportsFluent: {
    filePath: "src/core/lint-fixture.ts",
    text: 'import { Button } from "@fluentui/react-components";\nexport const b = Button;\n',
  },
  coreImportsNodeFs: {
    filePath: "src/core/lint-fixture.ts",
    text: 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
  },
  coreImportsPath: {
    filePath: "src/core/lint-fixture.ts",
    text: 'import * as path from "path";\nexport const p = path;\n',
  },
  coreImportsAdapter: {
    filePath: "src/core/layout/lint-fixture.ts",
    text: 'import { readWorkbook } from "../../excel/read";\nexport const r = readWorkbook;\n',
  },
  coreImportsItself: {
    filePath: "src/core/lint-fixture.ts",
    text: 'import { readPlan } from "./reader";\nexport const r = readPlan;\n',
  },
  adapterReachesIn: {
    filePath: "src/cli/lint-fixture.ts",
    text: 'import { readPlan } from "../core/reader";\nexport const r = readPlan;\n',
  },
  adapterReachesDeep: {
    filePath: "src/excel/commands/lint-fixture.ts",
    text: 'import { SHEET_NAMES } from "../../core/layout/names";\nexport const n = SHEET_NAMES;\n',
  },
  adapterUsesEntrance: {
    filePath: "src/cli/lint-fixture.ts",
    text: 'import { readPlan } from "../core";\nexport const r = readPlan;\n',
  },
  adapterUsesIndex: {
    filePath: "src/xlsx/lint-fixture.ts",
    text: 'import { readPlan } from "../core/index";\nexport const r = readPlan;\n',
  },
  adapterImportsExceljs: {
    filePath: "src/xlsx/lint-fixture.ts",
    text: 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n',
  },
} satisfies Record<string, Case>;

let results: Record<keyof typeof CASES, string[]>;

beforeAll(() => {
  const keys = Object.keys(CASES) as (keyof typeof CASES)[];
  const out = lint(keys.map((k) => CASES[k]));
  results = Object.fromEntries(keys.map((k, i) => [k, out[i]])) as typeof results;
});

const restricted = (messages: string[]) => messages.filter((m) => m.startsWith("no-restricted-imports:"));

describe("src/core stays pure", () => {
  test.each([
    ["coreImportsExceljs", /ExcelJS/],
    ["coreImportsReact", /React/],
    ["coreImportsFluent", /Fluent/],
    ["coreImportsNodeFs", /node module/],
    ["coreImportsPath", /node module/],
    ["coreImportsAdapter", /no adapter/],
  ] as const)("%s is an error", (key, message) => {
    const errors = restricted(results[key]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  test("its own inner files are fine", () => {
    expect(results.coreImportsItself).toEqual([]);
  });
});

describe("adapters enter the core through its index", () => {
  test.each(["adapterReachesIn", "adapterReachesDeep"] as const)("%s is an error", (key) => {
    const errors = restricted(results[key]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/entrance/);
  });

  test.each(["adapterUsesEntrance", "adapterUsesIndex", "adapterImportsExceljs"] as const)(
    "%s is fine",
    (key) => {
      expect(results[key]).toEqual([]);
    }
  );
});
