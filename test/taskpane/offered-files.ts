/** A stand-in for the person's browser receiving the files a pane action offers (test helper). */
import type { OfferFile } from "../../src/taskpane/download";

export interface Offered {
  bytes: Uint8Array;
  fileName: string;
  type: string;
  url: string;
  revoked: number;
}

/** Records what the action offers, as the person's browser would receive it. */
export function recorder(): { offered: Offered[]; offerFile: OfferFile } {
  const offered: Offered[] = [];
  return {
    offered,
    offerFile: (bytes, fileName, type) => {
      const entry: Offered = { bytes, fileName, type, url: `blob:test/${offered.length + 1}`, revoked: 0 };
      offered.push(entry);
      return { url: entry.url, fileName, revoke: () => void entry.revoked++ };
    },
  };
}
