/* global Office */
// Placeholder: the commands helper fills in generateReport. The action name must match
// <FunctionName> in manifest.xml (test/manifest/manifest.test.ts checks it).

async function generateReport(event: Office.AddinCommands.Event): Promise<void> {
  // Office leaves the ribbon button busy until completed() is called, whatever happens.
  event.completed();
}

void Office.onReady();

// Registered at load, as Office looks the function up by name when the button is pressed.
Office.actions.associate("generateReport", generateReport);
