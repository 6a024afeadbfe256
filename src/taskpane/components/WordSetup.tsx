/** "Set up from a Word file": a button that opens the file picker for a .docx; the pick goes to `onPick`. */
import { Button, Tooltip } from "@fluentui/react-components";
import { useRef } from "react";
import type { Translate } from "../i18n";

export interface WordSetupProps {
  t: Translate;
  disabled: boolean;
  onPick: (file: File) => void;
}

export function WordSetup({ t, disabled, onPick }: WordSetupProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div>
      <Tooltip content={t("actions.setupWord.hint")} relationship="description">
        <Button appearance="subtle" disabled={disabled} onClick={() => input.current?.click()}>
          {t("actions.setupWord")}
        </Button>
      </Tooltip>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t("actions.setupWord")}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid="word-setup-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onPick(file);
        }}
      />
    </div>
  );
}
