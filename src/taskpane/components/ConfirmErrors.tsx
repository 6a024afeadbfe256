/** Errors remain before an action that hands the plan on (the report, the Word document): say how many; go on, or go to them. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { MessageKey, Translate } from "../i18n";

export interface ConfirmErrorsProps {
  errors: number;
  /** the action's question ({count}: the errors) */
  question: MessageKey;
  t: Translate;
  onGoOn: () => void;
  onGoTo: () => void;
}

export function ConfirmErrors({ errors, question, t, onGoOn, onGoTo }: ConfirmErrorsProps) {
  const goTo = useRef<HTMLButtonElement>(null);
  // the question takes the focus (the button that asked for it is behind it), on its safe answer
  useEffect(() => goTo.current?.focus(), []);
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" data-testid="confirm-errors">
      <MessageBarBody>{t(question, { count: errors })}</MessageBarBody>
      <MessageBarActions>
        <Button ref={goTo} size="small" appearance="primary" data-confirm="goto" onClick={onGoTo}>
          {t("confirm.goTo")}
        </Button>
        <Button size="small" data-confirm="goon" onClick={onGoOn}>
          {t("confirm.goOn")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
