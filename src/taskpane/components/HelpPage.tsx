/** The help page: what each action does, what each status means, how to print and send the report. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { STATUS_COLUMN_ORDER } from "../../core";
import type { MessageKey, Translate } from "../i18n";

export interface HelpPageProps {
  t: Translate;
}

const ACTION_HELP: readonly MessageKey[] = [
  "help.setup",
  "help.check",
  "help.fill",
  "help.report",
  "help.docx",
];

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  item: { marginBottom: tokens.spacingVerticalXXS },
});

export default function HelpPage({ t }: HelpPageProps) {
  const styles = useStyles();
  return (
    <article className={styles.page} aria-labelledby="reja-help-title" data-testid="help-page">
      <Text as="h2" id="reja-help-title" weight="semibold" size={400}>
        {t("help.title")}
      </Text>
      <Text as="h3" weight="semibold" size={300}>
        {t("help.actionsTitle")}
      </Text>
      <ul className={styles.list}>
        {ACTION_HELP.map((k) => (
          <li key={k} className={styles.item}>
            {t(k)}
          </li>
        ))}
      </ul>
      <Text as="h3" weight="semibold" size={300}>
        {t("help.statusesTitle")}
      </Text>
      <ul className={styles.list}>
        {STATUS_COLUMN_ORDER.map((s) => (
          <li key={s} className={styles.item}>
            <strong>{t(`status.${s}`)}</strong>: {t(`help.status.${s}`)}
          </li>
        ))}
      </ul>
      <Text as="h3" weight="semibold" size={300}>
        {t("help.printTitle")}
      </Text>
      <Text size={200}>{t("help.print")}</Text>
    </article>
  );
}
