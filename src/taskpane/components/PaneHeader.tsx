/** Title and the pane's language switch. */
import { makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { type Lang, LANGUAGE_NAMES } from "../../core";
import { PANE_LANGS, type Translate } from "../i18n";

export interface PaneHeaderProps {
  lang: Lang;
  t: Translate;
  onLangChange: (lang: Lang) => void;
}

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  titles: { display: "flex", flexDirection: "column" },
  lang: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  select: { minWidth: "130px" },
});

export function PaneHeader({ lang, t, onLangChange }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Text as="h1" size={500} weight="bold">
          {t("app.title")}
        </Text>
        <Text size={200}>{t("app.subtitle")}</Text>
      </div>
      <div className={styles.lang}>
        <Select
          aria-label={t("lang.label")}
          size="small"
          className={styles.select}
          value={lang}
          onChange={(_, d) => onLangChange(d.value as Lang)}
          data-testid="pane-lang"
        >
          {PANE_LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </Select>
      </div>
    </header>
  );
}
