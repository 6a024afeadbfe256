/**
 * A file the pane made, offered to the person: bytes → Blob → object URL → a click on a hidden
 * `<a download="…">`. The same URL backs the link the notice shows ("save again"), so the object URL lives
 * until the pane lets the notice go (`revoke`).
 *
 * Where it works (docs/task-pane.md, "Word hujjati"): Excel on the web (the browser downloads it) and Excel
 * on Windows (WebView2 downloads it, its download bar showing in the pane). Excel on Mac (WKWebView) is
 * reported to ignore such downloads silently; neither window.open of a blob: URL nor
 * Office.context.ui.openBrowserWindow helps there (the system browser cannot see the pane's blob: URLs).
 */

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface OfferedFile {
  /** the object URL (blob:…) */
  url: string;
  fileName: string;
  /** frees the file's bytes; the link stops working */
  revoke: () => void;
}

export type OfferFile = (bytes: Uint8Array, fileName: string, type: string) => OfferedFile;

/** Starts the download of `bytes` as `fileName` and returns the URL that backs it. */
export function offerDownload(bytes: Uint8Array, fileName: string, type: string): OfferedFile {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = "noopener";
  anchor.style.display = "none";
  document.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
  }
  let revoked = false;
  return {
    url,
    fileName,
    revoke: () => {
      if (revoked) return;
      revoked = true;
      URL.revokeObjectURL(url);
    },
  };
}
