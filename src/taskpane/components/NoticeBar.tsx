/** A plain message (success, problem, failure) in a MessageBar; with a link to the file an action offered. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "../container/types";
import type { Translate } from "../i18n";

export interface NoticeBarProps {
  notice: Notice;
  t: Translate;
  onDismiss?: () => void;
}

export function noticeText(notice: Notice, t: Translate): string {
  const params = { ...notice.params };
  if (notice.actionKey) params.action = t(notice.actionKey);
  return t(notice.key, params);
}

export function NoticeBar({ notice, t, onDismiss }: NoticeBarProps) {
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      role={notice.intent === "error" ? "alert" : "status"}
      data-intent={notice.intent}
      data-notice={notice.key}
    >
      <MessageBarBody>
        {noticeText(notice, t)}
        {notice.download && (
          <div>
            {/* a click here is the person's own: it downloads where the automatic start was ignored */}
            <Button
              as="a"
              href={notice.download.url}
              download={notice.download.fileName}
              size="small"
              appearance="transparent"
              data-download-link
            >
              {t("download.again", { file: notice.download.fileName })}
            </Button>
          </div>
        )}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            {t("actions.dismiss")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
