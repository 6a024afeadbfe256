/** Renders a pane component inside Fluent's provider (the components use its theme tokens). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";

export function renderInFluent(ui: ReactElement) {
  const result = render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
  return {
    ...result,
    rerenderInFluent: (next: ReactElement) =>
      result.rerender(<FluentProvider theme={webLightTheme}>{next}</FluentProvider>),
  };
}
