/* global document */
// Placeholder: the playground helper replaces this with the task pane over the in-memory Excel stand-in.
// No Office.js here: the playground page does not load it.
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const container = document.getElementById("container");
if (!container) throw new Error('playground.html must contain <div id="container">');

createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Text>Reja playground</Text>
  </FluentProvider>
);
