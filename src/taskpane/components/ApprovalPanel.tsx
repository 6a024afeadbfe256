/**
 * Approve and lock / unlock (spec §10): the approval state, an Approve form asking for the approver's name,
 * an Unlock that first says what changes while unlocked, and after an approval the changes since the last one.
 * Renders props only.
 */
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { YearTexts } from "../../core";
import type { ApprovalInfo } from "../container/types";
import type { YearAction, YearState } from "../container/useYear";
import type { Translate } from "../i18n";

export interface ApprovalPanelProps {
  t: Translate;
  year: YearTexts;
  approval: ApprovalInfo | null;
  /** the approver's name offered first: the director from the settings */
  director: string;
  busy: YearAction | null;
  changes: YearState["changes"];
  onApprove: (by: string) => void;
  onUnlock: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Asking = "approve" | "unlock" | null;

export function ApprovalPanel(props: ApprovalPanelProps) {
  const { t, year, approval, busy } = props;
  const styles = useStyles();
  const [asking, setAsking] = useState<Asking>(null);
  const [name, setName] = useState("");
  const working = busy !== null;

  const openApprove = () => {
    setName(approval?.by || props.director);
    setAsking("approve");
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === "") return;
    setAsking(null);
    props.onApprove(name.trim());
  };

  return (
    <div className={styles.root} data-approval-state={approval?.state ?? "none"}>
      <Text size={200} data-testid="approval-state">
        {approval === null
          ? t("year.state.none")
          : t(approval.state === "approved" ? "year.state.approved" : "year.state.unlocked", {
              date: approval.date,
              by: approval.by,
            })}
      </Text>
      {asking === null && (
        <div className={styles.row}>
          {approval?.state !== "approved" && (
            <Button
              appearance="primary"
              data-year-action="approve"
              disabled={working}
              onClick={openApprove}
              title={t("year.approve.hint")}
            >
              {t("year.approve")}
            </Button>
          )}
          {approval?.state === "approved" && (
            <Button data-year-action="unlock" disabled={working} onClick={() => setAsking("unlock")}>
              {t("year.unlock")}
            </Button>
          )}
        </div>
      )}
      {asking === "approve" && (
        <form className={styles.box} onSubmit={submit} aria-label={t("year.approve")}>
          <Text size={200}>{t("year.approve.hint")}</Text>
          <Field label={t("year.approver")} required>
            <Input value={name} onChange={(_, d) => setName(d.value)} data-testid="approver" />
          </Field>
          <Text size={200}>{t("year.undo")}</Text>
          <div className={styles.row}>
            <Button
              type="submit"
              appearance="primary"
              data-year-action="approve-confirm"
              disabled={name.trim() === ""}
            >
              {t("year.approve.confirm")}
            </Button>
            <Button onClick={() => setAsking(null)}>{t("year.cancel")}</Button>
          </div>
        </form>
      )}
      {asking === "unlock" && (
        <div className={styles.box} role="group" aria-label={t("year.unlock")}>
          <Text size={200}>{year.unlockExplain}</Text>
          <Text size={200}>{t("year.undo")}</Text>
          <div className={styles.row}>
            <Button
              appearance="primary"
              data-year-action="unlock-confirm"
              onClick={() => {
                setAsking(null);
                props.onUnlock();
              }}
            >
              {t("year.unlock.confirm")}
            </Button>
            <Button onClick={() => setAsking(null)}>{t("year.cancel")}</Button>
          </div>
        </div>
      )}
      {props.changes && <ChangeList year={year} t={t} changes={props.changes} className={styles.list} />}
    </div>
  );
}

interface ChangeListProps {
  t: Translate;
  year: YearTexts;
  changes: NonNullable<YearState["changes"]>;
  className: string;
}

/** What changed in the plan since the approval before this one. */
function ChangeList({ t, year, changes, className }: ChangeListProps) {
  const { previous, list } = changes;
  const heading =
    previous === null
      ? year.firstApproval
      : list.length === 0
        ? year.noChanges(previous)
        : year.changesSince({ ...previous, count: list.length });
  return (
    <section aria-label={t("year.changes")} data-testid="approval-changes">
      <Text size={200} weight="semibold">
        {heading}
      </Text>
      {list.length > 0 && (
        <ul className={className}>
          {list.map((c, i) => (
            <li key={i} data-change={c.kind} data-item={c.item}>
              <Text size={200}>{year.change(c)}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
