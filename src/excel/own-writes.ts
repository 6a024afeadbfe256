/**
 * Marks the time while a command of this add-in is writing, so that the change events its own writes cause
 * (worksheet.onChanged fires for them too) are not taken for a person's edit by the live checker.
 */
let depth = 0;

export function isOwnWriteInProgress(): boolean {
  return depth > 0;
}

export async function asOwnWrite<T>(write: () => Promise<T>): Promise<T> {
  depth++;
  try {
    return await write();
  } finally {
    depth--;
  }
}
