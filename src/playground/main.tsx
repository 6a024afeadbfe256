/* global document, window */
// The task pane over the in-memory Excel stand-in: no Office.js, no network. Query parameters:
// ?mode=pasted (the plan as pasted from Word; default: already set up with facts), ?lang=ru|en|uz-Cyrl,
// ?date=2026-07-10 (the report date).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langFromDisplayLanguage } from "../taskpane/i18n";
import { Playground } from "./Playground";

const container = document.getElementById("container");
if (!container) throw new Error('playground.html must contain <div id="container">');

const params = new URLSearchParams(window.location.search);
const date = params.get("date");
const fixed = date ? new Date(`${date}T12:00:00`) : null;

createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Playground
      initialMode={params.get("mode") === "pasted" ? "pasted" : "structured"}
      paneLang={langFromDisplayLanguage(params.get("lang"))}
      now={fixed && !Number.isNaN(fixed.getTime()) ? () => fixed : undefined}
    />
  </FluentProvider>
);
