/** `reja consolidate FILE… --quarter N -o region.xlsx [--json]`: docs/domain.md §9; an unusable file is reported, not fatal. */
import { consolidate, consolidationSheets, type DistrictInput } from "../core";
import { newWorkbook, saveWorkbook, writeSheet } from "../xlsx/write";
import { requireOutput, requireQuarter } from "./args";
import type { CONSOLIDATE_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { InputError } from "./errors";
import { table, toJson } from "./format";
import { fileStem, loadPlan } from "./input";

type Options = typeof CONSOLIDATE_OPTIONS;

export async function readDistrict(file: string): Promise<DistrictInput> {
  try {
    const loaded = await loadPlan(file);
    const stored = loaded.kind === "xlsx" ? loaded.storedSettings : {};
    const name = loaded.settings.district || loaded.plan.district || fileStem(file);
    return {
      name,
      plan: loaded.plan,
      error: null,
      settings: { ...stored, district: name },
    };
  } catch (e) {
    if (e instanceof InputError) return { name: fileStem(file), plan: null, error: e.message };
    throw e;
  }
}

export async function consolidateFiles({
  args,
  options,
  io,
}: CommandContext<Options>): Promise<"ok" | "some_inputs_unusable"> {
  const quarter = requireQuarter(options.quarter, "consolidate");
  const output = requireOutput(options.output, "consolidate");
  const inputs: DistrictInput[] = [];
  for (const file of args) inputs.push(await readDistrict(file));
  if (inputs.every((i) => i.plan === null)) {
    throw new InputError(
      `no usable plan in ${args.length === 1 ? args[0] : `any of the ${args.length} files`}: ${inputs[0].error}`
    );
  }
  const result = consolidate(inputs, quarter);
  const wb = newWorkbook();
  const sheets = consolidationSheets(result);
  for (const spec of sheets) writeSheet(wb, spec);
  await saveWorkbook(wb, output);
  if (options.json) {
    io.out(toJson(result));
  } else {
    const rows = result.districts.map((d) => {
      const input = inputs.find((i) => i.name === d.name);
      const problem =
        input?.error ??
        (d.problems.length > 0 ? `${d.problems.length} problem(s), see the problems sheet` : "");
      return [d.name, d.ok ? "ok" : "unusable", problem];
    });
    io.out(
      `${table(["district", "read", "problems"], rows)}\n\n${output}: ${sheets.map((s) => `"${s.name}"`).join(", ")}`
    );
  }
  return inputs.some((i) => i.plan === null) ? "some_inputs_unusable" : "ok";
}
