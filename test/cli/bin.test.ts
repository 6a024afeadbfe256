import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { SEED } from "./helpers";

const root = join(__dirname, "..", "..");
// Build the command line into a scratch copy (inside the repo so node_modules resolve) and run bin/reja.js there.
const scratch = join(root, "test-artifacts", "bin-test");

beforeAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(join(scratch, "bin"), { recursive: true });
  cpSync(join(root, "bin", "reja.js"), join(scratch, "bin", "reja.js"));
  execFileSync(
    process.execPath,
    [
      require.resolve("typescript/bin/tsc"),
      "-p",
      join(root, "tsconfig.cli.json"),
      "--outDir",
      join(scratch, "lib"),
    ],
    {
      cwd: root,
      stdio: "pipe",
    }
  );
}, 120000);

function reja(args: string[]) {
  return spawnSync(process.execPath, [join(scratch, "bin", "reja.js"), ...args], { encoding: "utf8" });
}

describe("bin/reja.js", () => {
  it("is the package's reja command and starts with a node shebang", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.bin.reja).toBe("bin/reja.js");
    expect(pkg.scripts.prepare).toMatch(/tsc -p tsconfig\.cli\.json/);
    expect(readFileSync(join(root, "bin", "reja.js"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("runs check on the seed as a child process: JSON on stdout, exit 0", () => {
    const r = reja(["check", SEED, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const d = (JSON.parse(r.stdout) as { diagnostics: { code: string; item: string }[] }).diagnostics;
    expect(d).toContainEqual(expect.objectContaining({ code: "plan.below_fact", item: "19" }));
  });

  it("exits 2 with one line on stderr for a missing file", () => {
    const r = reja(["inspect", join(scratch, "nope.txt")]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
