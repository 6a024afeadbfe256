import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run, SEED, tempDir } from "./helpers";

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const maybe = hasSoffice ? it : it.skip;
if (!hasSoffice)
  console.warn(
    "LibreOffice test skipped: soffice is not installed (Debian: apt-get install libreoffice-calc-nogui)"
  );

const EXAMPLE = join(__dirname, "..", "..", "examples", "jondor-2026-namuna.xlsx");

describe("the produced workbooks open in LibreOffice", () => {
  maybe(
    "plan, report and consolidation workbooks convert to PDF (soffice --headless --convert-to pdf)",
    async () => {
      const dir = tempDir("reja-lo-");
      const files = [join(dir, "plan.xlsx"), join(dir, "report.xlsx"), join(dir, "region.xlsx")];
      expect((await run(["import", SEED, "-o", files[0]])).code).toBe(0);
      expect((await run(["report", EXAMPLE, "--quarter", "2", "-o", files[1]])).code).toBe(0);
      expect((await run(["consolidate", EXAMPLE, SEED, "--quarter", "2", "-o", files[2]])).code).toBe(0);
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${dir}/profile`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          ...files,
        ],
        {
          stdio: "pipe",
          timeout: 150000,
        }
      );
      for (const f of files) {
        const pdf = f.replace(/\.xlsx$/, ".pdf");
        expect(existsSync(pdf)).toBe(true);
        expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
      }
    },
    180000
  );
});
