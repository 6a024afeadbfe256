/**
 * The task pane: the container (useReja, all Excel I/O through the injected `run`) over the display
 * components. index.tsx passes Excel.run; the playground passes the in-memory stand-in's run.
 */
import { runSelfTest } from "../excel/self-test";
import { useMemo, useState } from "react";
import type { Lang } from "../core";
import type { ExcelRun } from "../excel/commands/settings";
import { TaskPane } from "./components/TaskPane";
import { useConsolidate } from "./container/useConsolidate";
import { useReja } from "./container/useReja";
import { useYear } from "./container/useYear";
import { setUpFromWordFile } from "./container/word-setup";
import type { OfferFile } from "./download";
import { translator } from "./i18n";

export interface AppProps {
  run: ExcelRun;
  /** the pane language to start with (Office's display language) */
  initialLang?: Lang;
  now?: () => Date;
  liveDelayMs?: number;
  /** how a file an action made is offered (a download by default) */
  offerFile?: OfferFile;
}

export default function App({ run, initialLang = "uz", now, liveDelayMs, offerFile }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const reja = useReja({ run, now, liveDelayMs, offerFile });
  // column names are quoted as the workbook writes them (its "Ish kitobi tili"), the rest in the pane's language
  const sheetLang: Lang = reja.state.settings?.lang ?? "uz";
  const t = useMemo(() => translator(lang, sheetLang), [lang, sheetLang]);
  const year = useYear({ run, approval: reja.state.approval, now });
  const region = useConsolidate(run, lang, reja.state.settings?.quarter ?? 2);
  return (
    <TaskPane
      consolidate={region}
      state={reja.state}
      lang={lang}
      t={t}
      onLangChange={setLang}
      onRun={(a) => void reja.runAction(a)}
      onSelfTest={() => runSelfTest(run)}
      onDismissNotice={reja.dismissNotice}
      onQuarterChange={(q) => void reja.setQuarter(q)}
      onSaveSettings={(s) => void reja.saveSettings(s)}
      onSelectFinding={(f) => void reja.selectFinding(f)}
      onRefreshSummary={() => void reja.refreshSummary()}
      year={{
        state: year.state,
        sheetLang,
        director: reja.state.settings?.director ?? "",
        onApprove: (by) => void year.approve(by),
        onUnlock: () => void year.unlock(),
        onNextYear: (suggest) => void year.nextYear(suggest),
        onDismiss: year.dismiss,
      }}
      onSetUpFromWord={(file) => void reja.runAction("setup", false, setUpFromWordFile(file))}
      onFix={(f) => void reja.applyFix(f)}
      onConfirmPending={() => {
        const pending = reja.state.pending;
        if (pending) void reja.runAction(pending.action, true);
      }}
      onGoToErrors={() => void reja.goToErrors()}
    />
  );
}
