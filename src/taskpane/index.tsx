/* global document, Office */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import App from "./App";

const container = document.getElementById("container");
if (!container) throw new Error('taskpane.html must contain <div id="container">');
const root = createRoot(container);

// Office.js calls made before onReady fail, so the UI mounts only once Office is ready.
void Office.onReady(() => {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>
  );
});
