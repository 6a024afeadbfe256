/**
 * Property test (issue 10): any bytes — a plan table in any encoding with any characters in its cells (lone
 * surrogates, U+FFFE, controls, texts over Excel's cell limit), or plain garbage — never crash the decoder or
 * the reader, and `reja import` of them either refuses plainly (exit 2) or writes a workbook Reja reopens.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import { decodeText } from "../../src/core/decode";
import { detectFileKind } from "../../src/core/file-kind";
import { readPlan } from "../../src/core/reader";
import { parseTsv } from "../../src/core/tsv";
import { readXlsx, run, tempDir } from "../cli/helpers";

const HEADER = "№\tNomi\tO'lchov birligi\t2025-yil (fakt)\t2026-yil (reja)\tMexanizm\tMuddat\tMas'ullar";

/** Any UTF-16 code units, lone surrogates and non-characters included. */
const anyUnits = fc
  .array(
    fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0xfffe, 0xffff, 0xd800, 0xdc00, 1, 0x0b)),
    {
      maxLength: 30,
    }
  )
  .map((codes) => String.fromCharCode(...codes));

const cell = fc.oneof(
  { arbitrary: anyUnits, weight: 10 },
  {
    arbitrary: fc.constantFrom(
      "1",
      "4.1",
      "Marotaba",
      "I chorak",
      "Axborot-kutubxona markazi direktori",
      "12"
    ),
    weight: 10,
  },
  // over Excel's cell limit (slow to read: rare)
  { arbitrary: fc.constant("x".repeat(33000)), weight: 1 }
);

const planText = fc
  .array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 })
  .map((rows) => [HEADER, ...rows.map((r) => r.join("\t"))].join("\r\n"));

function cp1251ish(text: string): Buffer {
  // one byte per code unit: what a wrongly guessed code page gives
  return Buffer.from([...text].map((c) => c.charCodeAt(0) & 0xff));
}

const bytes = fc.oneof(
  planText.map((t) => Buffer.from(t, "utf8")),
  planText.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")])),
  planText.map((t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, "utf16le").swap16()])),
  planText.map(cp1251ish),
  fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a))
);

const dir = tempDir("reja-bytes-");

test("decoding and reading any bytes never throws", () => {
  fc.assert(
    fc.property(bytes, fc.constantFrom("plan.txt", "plan.xlsx", "plan.csv"), (b, name) => {
      detectFileKind(b, name);
      const decoded = decodeText(b);
      expect(typeof decoded.text).toBe("string");
      readPlan(parseTsv(decoded.text));
    }),
    { numRuns: 60 }
  );
}, 300_000);

test("import of any bytes refuses plainly or writes a workbook Reja reopens", async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(bytes, async (b) => {
      n++;
      const input = join(dir, `in-${n}.txt`);
      const output = join(dir, `out-${n}.xlsx`);
      writeFileSync(input, b);
      const imported = await run(["import", input, "-o", output]);
      expect([0, 2]).toContain(imported.code);
      expect(imported.stderr).not.toMatch(/\bat .*\(|TypeError|RangeError/);
      if (imported.code !== 0) return;
      await readXlsx(output);
      const checked = await run(["check", output]);
      expect([0, 1]).toContain(checked.code);
    }),
    { numRuns: 12 }
  );
}, 300_000);
