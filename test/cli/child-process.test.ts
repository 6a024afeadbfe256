/**
 * Issue 11, as a user meets it: the compiled command line run as a child process. A write killed half-way
 * leaves the original; a closed pipe ends quietly; the README's command-line examples run as written in a
 * fresh copy of the project (no out/ folder).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SEED, tempDir } from "./helpers";

const root = join(__dirname, "..", "..");
// A fresh copy of the project inside the repo (so node_modules resolve): bin, compiled lib, examples, package.json.
const copy = join(root, "test-artifacts", "cli-child");
const bin = join(copy, "bin", "reja.js");

beforeAll(() => {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(join(copy, "bin"), { recursive: true });
  cpSync(join(root, "bin", "reja.js"), bin);
  cpSync(join(root, "examples"), join(copy, "examples"), { recursive: true });
  cpSync(join(root, "package.json"), join(copy, "package.json"));
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
  execFileSync(
    process.execPath,
    [
      require.resolve("typescript/bin/tsc"),
      "-p",
      join(root, "tsconfig.cli.json"),
      "--outDir",
      join(copy, "lib"),
    ],
    { cwd: root, stdio: "pipe" }
  );
}, 180000);

/** Polls until `found` returns something (the child has reached the step the test waits for). */
async function waitFor<T>(found: () => T | undefined): Promise<T> {
  for (;;) {
    const value = found();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function readable(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

describe("a fill interrupted in the middle of its write", () => {
  const dir = tempDir("reja-kill-");
  const startSlowFill = (work: string) =>
    spawn(process.execPath, [bin, "fill", work, "--quarter", "2"], {
      env: { ...process.env, REJA_TEST_SLOW_WRITE_MS: "200" },
      stdio: "pipe",
    });
  const partialTemporary = (folder: string) =>
    readdirSync(folder).find((f) => f.endsWith(".tmp") && statSync(join(folder, f)).size > 0);

  it.each(["SIGKILL", "SIGINT"] as const)(
    "by %s leaves the original byte for byte and readable",
    async (signal) => {
      const folder = join(dir, signal);
      mkdirSync(folder);
      const work = join(folder, "plan.xlsx");
      cpSync(join(root, "examples", "jondor-2026-namuna.xlsx"), work);
      const before = readFileSync(work);
      const child = startSlowFill(work);
      const exited = once(child, "exit");
      await waitFor(() => partialTemporary(folder)); // some bytes written, not all
      child.kill(signal);
      const [code, gotSignal] = (await exited) as [number | null, string | null];
      expect(code).toBeNull();
      expect(gotSignal).toBe(signal);
      expect(readFileSync(work).equals(before)).toBe(true);
      expect(await readable(work)).toContain("Ish reja");
      // Ctrl-C removes the half-written temporary file; a SIGKILL cannot, and leaves only that hidden file
      const left = readdirSync(folder).filter((f) => f !== "plan.xlsx");
      if (signal === "SIGINT") expect(left).toEqual([]);
      else expect(left.every((f) => f.startsWith(".plan.xlsx.") && f.endsWith(".tmp"))).toBe(true);
    },
    60000
  );

  it("left alone, the same slow write completes and replaces the file", async () => {
    const folder = join(dir, "complete");
    mkdirSync(folder);
    const work = join(folder, "plan.xlsx");
    cpSync(join(root, "examples", "jondor-2026-namuna.xlsx"), work);
    const child = startSlowFill(work);
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
    expect(readdirSync(folder)).toEqual(["plan.xlsx"]);
    expect(await readable(work)).toContain("Ish reja");
  }, 60000);
});

describe("file system refusals, as a user without the rights (nobody, when the tests run as root)", () => {
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const reja = (args: string[]) =>
    spawnSync(process.execPath, [bin, ...args, "--lang", "en"], { ...asUser, encoding: "utf8" });
  const dir = tempDir("reja-perm-");
  chmodSync(dir, 0o755);
  const seed = join(dir, "seed.txt");
  cpSync(SEED, seed);
  chmodSync(seed, 0o644);

  it("an output folder without write permission: exit 2, one sentence naming the output", () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const r = reja(["import", seed, "-o", join(locked, "plan.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`reja import: permission denied: ${join(locked, "plan.xlsx")}\n`);
    expect(readdirSync(locked)).toEqual([]);
  });

  it("a read-only workbook is not replaced by fill (the rename would have allowed it)", () => {
    const open = join(dir, "open");
    mkdirSync(open);
    chmodSync(open, 0o777);
    const ro = join(open, "ro.xlsx");
    cpSync(join(root, "examples", "jondor-2026-namuna.xlsx"), ro);
    chmodSync(ro, 0o444);
    const before = readFileSync(ro);
    const r = reja(["fill", ro, "--quarter", "2"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`reja fill: permission denied: ${ro}\n`);
    expect(readFileSync(ro).equals(before)).toBe(true);
    expect(readdirSync(open)).toEqual(["ro.xlsx"]);
  });
});

describe("a closed pipe", () => {
  it("`reja inspect big.txt | head` ends quietly: no EPIPE trace, exit 0", async () => {
    const dir = tempDir("reja-pipe-");
    const big = join(dir, "big.txt");
    const extra: string[] = [];
    for (let i = 0; i < 20000; i++)
      extra.push(`${49 + i}.\tTadbir nomi ${i}\tNafar\t10\t12\tmexanizm ${i}\tI chorak\tdirektor`);
    writeFileSync(big, readFileSync(SEED, "utf8").trimEnd() + "\n" + extra.join("\n") + "\n");
    const child = spawn(process.execPath, [bin, "inspect", big], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = once(child, "exit");
    await once(child.stdout, "data");
    child.stdout.destroy(); // what `head` does after its lines
    const [code] = (await exited) as [number | null];
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 120000);
});

describe("README: the command line's examples", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## The command line"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const lines = block.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));

  it("has examples, none writing into an out/ folder that exists beforehand", () => {
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(existsSync(join(copy, "out"))).toBe(false);
  });

  // `npx reja` is the package's own bin, bin/reja.js (README: "node bin/reja.js … too"); run through node here
  // because npx's lookup of a project's own bin depends on how node_modules was installed, not on reja.
  it("run as written, one after the other, in a fresh copy (exit 0, or 1 for a plan with errors; nothing on stderr)", () => {
    for (const line of lines) {
      expect(line).toMatch(/^npx reja /);
      const command = line.replace(/^npx reja /, "node bin/reja.js ");
      const r = spawnSync("sh", ["-c", command], {
        cwd: copy,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
      expect({ line, status: r.status, stderr: r.stderr }).toEqual({
        line,
        status: r.status === 1 ? 1 : 0,
        stderr: "",
      });
      expect(r.stdout.length).toBeGreaterThan(0);
    }
    for (const made of ["jondor.xlsx", "jondor-q2.xlsx", "jondor-hisobot.xlsx", "viloyat.xlsx"])
      expect(existsSync(join(copy, "out", made))).toBe(true);
  }, 240000);
});
