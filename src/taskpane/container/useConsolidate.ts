/**
 * The consolidation panel's state: the quarter, and picking files → reading them (the reader is loaded on
 * demand) → consolidateInWorkbook in one Excel run.
 */
import { useCallback, useState } from "react";
import type { Lang, Quarter } from "../../core";
import { consolidateInWorkbook } from "../../excel/commands/consolidate";
import type { ExcelRun } from "../../excel/commands/settings";
import { CONSOLIDATE_TEXTS } from "../i18n/consolidate";
import type { PickedFile } from "../district-files";

export interface ConsolidateNotice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

export interface ConsolidateController {
  quarter: Quarter;
  busy: boolean;
  notice: ConsolidateNotice | null;
  setQuarter: (q: Quarter) => void;
  pick: (files: readonly PickedFile[]) => Promise<void>;
}

export function useConsolidate(run: ExcelRun, lang: Lang, initialQuarter: Quarter): ConsolidateController {
  const [quarter, setQuarter] = useState<Quarter>(initialQuarter);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ConsolidateNotice | null>(null);
  const pick = useCallback(
    async (files: readonly PickedFile[]) => {
      const t = CONSOLIDATE_TEXTS[lang];
      if (files.length === 0) return;
      setBusy(true);
      setNotice({ intent: "info", text: t.reading(files.length) });
      try {
        const { readDistrictFiles } = await import(
          /* webpackChunkName: "district-reader" */ "../district-files"
        );
        const { inputs, skipped } = await readDistrictFiles(files);
        const r = await run((ctx) => consolidateInWorkbook(ctx, inputs, quarter, { lang, activate: true }));
        const extra = skipped.length > 0 ? ` ${t.skipped(skipped.join(", "))}` : "";
        if (r.ok)
          setNotice({
            intent: r.consolidation.problems.some((p) => p.severity === "error") ? "warning" : "success",
            text: t.done(r.consolidation.columns.length, r.consolidation.problems.length) + extra,
          });
        else
          setNotice({
            intent: "warning",
            text: r.reason === "name_taken" ? t.nameTaken(r.sheet) : t.noDistrict + extra,
          });
      } catch (e) {
        setNotice({ intent: "error", text: t.failed(e instanceof Error ? e.message : String(e)) });
      } finally {
        setBusy(false);
      }
    },
    [run, lang, quarter]
  );
  return { quarter, busy, notice, setQuarter, pick };
}
