/** Report quarter (saved at once) and the workbook settings form (saved with a button). */
import { Button, Field, Input, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { LANGUAGE_NAMES } from "../../core";
import { useEffect, useState, type FormEvent } from "react";
import type { Lang, PlanSettings, Quarter } from "../../core";
import type { Notice } from "../container/types";
import { PANE_LANGS, romanQuarter, type Translate } from "../i18n";
import { NoticeBar } from "./NoticeBar";

export interface SettingsFormProps {
  settings: PlanSettings | null;
  t: Translate;
  saving: boolean;
  notice: Notice | null;
  onQuarterChange: (quarter: Quarter) => void;
  onSave: (settings: Partial<PlanSettings>) => void;
}

interface Draft {
  district: string;
  districtKind: "tuman" | "shahar";
  region: string;
  year: string;
  director: string;
  approver: string;
  tolerance: string;
  lang: Lang;
}

function draftOf(s: PlanSettings): Draft {
  return {
    district: s.district,
    districtKind: s.districtKind,
    region: s.region,
    year: s.year === null ? "" : String(s.year),
    director: s.director,
    approver: s.approver,
    tolerance: String(Math.round(s.tolerance * 1000) / 10),
    lang: s.lang,
  };
}

/** The settings a valid draft stands for; the invalid fields otherwise. */
export function parseDraft(
  d: Draft
): { ok: true; settings: Partial<PlanSettings> } | { ok: false; year: boolean; tolerance: boolean } {
  const yearText = d.year.trim();
  const year = yearText === "" ? null : Number(yearText);
  const badYear = year !== null && !(Number.isInteger(year) && year >= 2000 && year <= 2100);
  const tol = Number(d.tolerance.trim().replace(",", "."));
  const badTolerance = d.tolerance.trim() === "" || !Number.isFinite(tol) || tol < 0 || tol > 100;
  if (badYear || badTolerance) return { ok: false, year: badYear, tolerance: badTolerance };
  return {
    ok: true,
    settings: {
      district: d.district.trim(),
      districtKind: d.districtKind,
      region: d.region.trim(),
      year,
      director: d.director.trim(),
      approver: d.approver.trim(),
      tolerance: Math.round(tol * 10) / 1000,
      lang: d.lang,
    },
  };
}

const useStyles = makeStyles({
  quarter: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  details: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalXS,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  // two fields side by side where they fit, one under the other at the pane's narrow width (320 px): a
  // label such as "Chetlanish chegarasi, %" is not cut and no input is clipped
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(128px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  input: { minWidth: 0, width: "100%" },
  buttons: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function SettingsForm({ settings, t, saving, notice, onQuarterChange, onSave }: SettingsFormProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft | null>(settings ? draftOf(settings) : null);
  const [invalid, setInvalid] = useState({ year: false, tolerance: false });

  // a new value from the workbook (own save, a co-author) replaces the draft
  useEffect(() => {
    if (settings) setDraft(draftOf(settings));
  }, [settings]);

  if (!settings || !draft) return <Spinner size="tiny" label={t("loading")} />;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseDraft(draft);
    if (!parsed.ok) {
      setInvalid({ year: parsed.year, tolerance: parsed.tolerance });
      return;
    }
    setInvalid({ year: false, tolerance: false });
    onSave(parsed.settings);
  };

  return (
    <section aria-label={t("settings.title")}>
      <div className={styles.quarter}>
        <Field label={t("quarter.label")}>
          <Select
            value={String(settings.quarter)}
            disabled={saving}
            onChange={(_, data) => onQuarterChange(Number(data.value) as Quarter)}
          >
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {t("quarter.option", { roman: romanQuarter(q) })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <details className={styles.details}>
        <summary className={styles.summary}>{t("settings.title")}</summary>
        <form className={styles.form} onSubmit={submit} noValidate>
          <div className={styles.row}>
            <Field label={t("settings.district")}>
              <Input
                className={styles.input}
                value={draft.district}
                onChange={(_, d) => set("district", d.value)}
              />
            </Field>
            <Field label={t("settings.districtKind")}>
              <Select
                value={draft.districtKind}
                onChange={(_, d) => set("districtKind", d.value as Draft["districtKind"])}
              >
                <option value="tuman">{t("settings.districtKind.tuman")}</option>
                <option value="shahar">{t("settings.districtKind.shahar")}</option>
              </Select>
            </Field>
          </div>
          <Field label={t("settings.region")}>
            <Input
              className={styles.input}
              value={draft.region}
              onChange={(_, d) => set("region", d.value)}
            />
          </Field>
          <div className={styles.row}>
            <Field
              label={t("settings.year")}
              validationState={invalid.year ? "error" : "none"}
              validationMessage={invalid.year ? t("settings.invalidYear") : undefined}
            >
              <Input
                className={styles.input}
                inputMode="numeric"
                value={draft.year}
                onChange={(_, d) => set("year", d.value)}
              />
            </Field>
            <Field
              label={t("settings.tolerance")}
              validationState={invalid.tolerance ? "error" : "none"}
              validationMessage={invalid.tolerance ? t("settings.invalidTolerance") : undefined}
            >
              <Input
                className={styles.input}
                inputMode="decimal"
                value={draft.tolerance}
                onChange={(_, d) => set("tolerance", d.value)}
              />
            </Field>
          </div>
          <Field label={t("settings.director")}>
            <Input
              className={styles.input}
              value={draft.director}
              onChange={(_, d) => set("director", d.value)}
            />
          </Field>
          <Field label={t("settings.approver")}>
            <Input
              className={styles.input}
              value={draft.approver}
              onChange={(_, d) => set("approver", d.value)}
            />
          </Field>
          <Field label={t("settings.lang")}>
            <Select value={draft.lang} onChange={(_, d) => set("lang", d.value as Lang)}>
              {PANE_LANGS.map((l) => (
                <option key={l} value={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" disabled={saving}>
              {saving ? t("settings.saving") : t("settings.save")}
            </Button>
            {saving && <Spinner size="tiny" aria-label={t("settings.saving")} />}
          </div>
        </form>
      </details>
      {notice && <NoticeBar notice={notice} t={t} />}
    </section>
  );
}
