/**
 * Writing a file so that an interruption never leaves a half-written one: the bytes go to a temporary file
 * beside the target, which is flushed and then renamed over the target (a rename within one folder is atomic).
 * Missing folders of the target are created. On failure the temporary file is removed and the target is as
 * it was.
 */
import { randomBytes } from "node:crypto";
import { constants, promises as fs, rmSync } from "node:fs";
import * as path from "node:path";

const pending = new Set<string>();

/**
 * Test hook: when REJA_TEST_SLOW_WRITE_MS is set (only the interruption tests set it), the bytes are written in
 * 16 pieces with that many milliseconds between them, so a test can kill the process in the middle of a write.
 */
function slowWriteDelay(): number {
  const ms = Number(process.env.REJA_TEST_SLOW_WRITE_MS ?? "");
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

export function temporaryPathFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`
  );
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false
  );
}

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
  const tmp = temporaryPathFor(target);
  // A rename would replace even a read-only file; a file its owner protected is refused as a plain write would be.
  if (await exists(target)) await fs.access(target, constants.W_OK);
  const mode = await fs.stat(target).then(
    (s) => s.mode & 0o777,
    () => undefined
  );
  pending.add(tmp);
  try {
    const handle = await fs.open(tmp, "wx");
    try {
      if (mode !== undefined) await handle.chmod(mode); // the replaced file's permissions are kept
      const delay = slowWriteDelay();
      if (delay === 0) await handle.writeFile(bytes);
      else {
        const piece = Math.ceil(bytes.length / 16);
        for (let at = 0; at < bytes.length; at += piece) {
          await handle.write(bytes, at, Math.min(piece, bytes.length - at));
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    // the error names the file the user asked for, not our temporary one
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err === "object" && err.path === tmp) err.path = target;
    throw e;
  } finally {
    pending.delete(tmp);
  }
}

/** Removes the temporary files of writes still under way (called when the process is interrupted). */
export function removePendingTemporaryFiles(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}
