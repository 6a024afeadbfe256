import type { StandinError } from "../../src/standin";

export async function rejection(p: Promise<unknown>): Promise<StandinError> {
  try {
    await p;
  } catch (e) {
    return e as StandinError;
  }
  throw new Error("expected a rejection");
}
