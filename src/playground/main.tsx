/* global document, window */
// The task pane over the in-memory Excel stand-in: no Office.js, no network. Query parameters:
// ?mode=pasted (the plan as pasted from Word; default: already set up with facts), ?lang=ru|en|uz-Cyrl,
// ?date=2026-07-10 (the report date), ?plan=plan.tsv (another plan than the Jondor example: tab-separated text
// from the same server, as the bench serves its 1,000-item plan).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langFromDisplayLanguage } from "../taskpane/i18n";
import { Playground } from "./Playground";

const container = document.getElementById("container");
if (!container) throw new Error('playground.html must contain <div id="container">');

const params = new URLSearchParams(window.location.search);
const date = params.get("date");
const fixed = date ? new Date(`${date}T12:00:00`) : null;

/** The `?plan=` text, from this page's own server only. */
async function planText(): Promise<string | undefined> {
  const plan = params.get("plan");
  if (!plan) return undefined;
  const url = new URL(plan, window.location.href);
  if (url.origin !== window.location.origin) throw new Error(`?plan= must be on this server: ${plan}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`?plan=${plan}: HTTP ${response.status}`);
  return response.text();
}

void planText().then(
  (planTsv) =>
    createRoot(container).render(
      <FluentProvider theme={webLightTheme}>
        <Playground
          initialMode={params.get("mode") === "pasted" ? "pasted" : "structured"}
          paneLang={langFromDisplayLanguage(params.get("lang"))}
          now={fixed && !Number.isNaN(fixed.getTime()) ? () => fixed : undefined}
          planTsv={planTsv}
        />
      </FluentProvider>
    ),
  (error: unknown) => void (container.textContent = String(error))
);
