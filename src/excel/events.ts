/**
 * Event plumbing that depends on what the host supports.
 *
 * - `triggerSource` of WorksheetChangedEventArgs is ExcelApi 1.14 ("ThisLocalAddin" / "Unknown"); the add-in
 *   requires 1.9, so it is read only where the host supports 1.14, and "Unknown" never means "a person".
 * - `source` (ExcelApi 1.7): "Remote" is a co-author's change. Every co-author's pane gets it (D "Coauthoring in
 *   Excel add-ins": handlers run for all users when any user makes a change); the pane of the person who made
 *   the change handles it, so the others ignore it.
 * - A handler is removed in an Excel.run on the context that added it (D "Work with events": "the RequestContext
 *   used to create the event handler is needed to remove it").
 */

interface OfficeRequirements {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

/** Whether the host supports an Excel API set; with no Office host (the stand-in, the playground) true. */
export function excelApiSupported(version: string): boolean {
  const office = (globalThis as { Office?: OfficeRequirements }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) return true;
  try {
    return requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/** True for an event this add-in's own write caused, where the host can say so. */
export function causedByThisAddin(event: { triggerSource?: string }): boolean {
  return excelApiSupported("1.14") && event.triggerSource === "ThisLocalAddin";
}

/** True for a co-author's change (their own pane handles it). */
export function isRemote(event: { source?: string }): boolean {
  return event.source === "Remote";
}

type ExcelGlobal = {
  run?: (context: unknown, batch: (context: Excel.RequestContext) => Promise<void>) => Promise<void>;
};

/** Remove an event handler the documented way: Excel.run(eventResult.context, …). */
export async function removeHandler(
  registration: OfficeExtension.EventHandlerResult<unknown>
): Promise<void> {
  const excel = (globalThis as { Excel?: ExcelGlobal }).Excel;
  if (excel?.run) {
    await excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    return;
  }
  // no Excel global (tests calling the stand-in directly): the same context, synced directly
  registration.remove();
  await registration.context.sync();
}
