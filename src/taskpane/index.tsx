/* global document, Excel, Office */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { ExcelRun } from "../excel/commands/settings";
import App from "./App";
import { officeDisplayLang, officeThemeKind } from "./office-host";

const container = document.getElementById("container");
if (!container) throw new Error('taskpane.html must contain <div id="container">');
const root = createRoot(container);

// delayForCellEdit: an action pressed while a cell is being edited waits for the edit to end (where supported)
const run: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);

// Office.js calls made before onReady fail, so the UI mounts only once Office is ready.
void Office.onReady(() => {
  const theme = officeThemeKind() === "dark" ? webDarkTheme : webLightTheme;
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: "100%" }}>
      <App run={run} initialLang={officeDisplayLang()} />
    </FluentProvider>
  );
});
