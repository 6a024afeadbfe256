/**
 * The `Office` global as a page opened with `displayDialogAsync` sees it: "Only two Office APIs can be called in
 * the dialog box: Office.context.ui.messageParent, Office.context.requirements.isSetSupported" (D "Best practices
 * and rules for the Office dialog API"), plus `Office.onReady`, which a dialog page awaits before either (D "Use
 * the Office dialog API in Office Add-ins" samples). Every other member — `Office.actions.associate`,
 * `Office.context.displayLanguage`, `Excel` — throws here (stricter than Office, which documents only the rule:
 * what a host does on a breach is not documented), so a test proves a dialog page keeps to the rule.
 */

export interface OfficeDialogStandin {
  /** what the page sent with messageParent, in order */
  readonly messages: string[];
  /** removes the global again */
  restore(): void;
}

export class DialogApiError extends Error {
  constructor(readonly member: string) {
    super(`${member} cannot be called in a dialog box (only messageParent and isSetSupported)`);
  }
}

/** An object every unknown property of which throws DialogApiError naming it. */
function guarded<T extends object>(path: string, allowed: T): T {
  return new Proxy(allowed, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop in target) return Reflect.get(target, prop, receiver) as unknown;
      if (prop === "then") return undefined; // not a thenable
      throw new DialogApiError(`${path}${prop}`);
    },
  });
}

/** Sets `globalThis.Office` to what a dialog page may use; `supported` answers isSetSupported. */
export function installOfficeDialog(
  supported: (name: string, version?: string) => boolean = () => true
): OfficeDialogStandin {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  const previous = { Office: g.Office, Excel: g.Excel };
  const messages: string[] = [];
  const ui = guarded("Office.context.ui.", {
    messageParent: (message: string) => void messages.push(String(message)),
  });
  const requirements = guarded("Office.context.requirements.", { isSetSupported: supported });
  g.Office = guarded("Office.", {
    onReady: (callback?: (info: { host: string | null; platform: string | null }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: guarded("Office.context.", { ui, requirements }),
  });
  // no Excel API in a dialog either
  g.Excel = guarded("Excel.", {});
  return {
    messages,
    restore: () => {
      g.Office = previous.Office;
      g.Excel = previous.Excel;
    },
  };
}
