/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import type { PlanSettings } from "../../src/core/model";
import { parseDraft, SettingsForm } from "../../src/taskpane/components/SettingsForm";
import { translator } from "../../src/taskpane/i18n";
import { renderInFluent } from "./render";

const SETTINGS: PlanSettings = {
  year: 2026,
  district: "Jondor",
  districtKind: "tuman",
  region: "Buxoro viloyati axborot-kutubxona markazi",
  director: "R. Halimov",
  approver: "H. Qosimov",
  tolerance: 0.1,
  quarter: 2,
  lang: "uz",
};

const t = translator("en");

function setup(settings: PlanSettings | null = SETTINGS) {
  const onSave = jest.fn();
  const onQuarterChange = jest.fn();
  const r = renderInFluent(
    <SettingsForm
      settings={settings}
      t={t}
      saving={false}
      notice={null}
      onSave={onSave}
      onQuarterChange={onQuarterChange}
    />
  );
  return { ...r, onSave, onQuarterChange };
}

function field(label: string): HTMLInputElement | HTMLSelectElement {
  return screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement;
}

describe("SettingsForm", () => {
  it("shows the workbook's settings in labelled fields", () => {
    setup();
    expect(field(t("quarter.label")).value).toBe("2");
    expect(field(t("settings.district")).value).toBe("Jondor");
    expect(field(t("settings.region")).value).toBe(SETTINGS.region);
    expect(field(t("settings.year")).value).toBe("2026");
    expect(field(t("settings.director")).value).toBe("R. Halimov");
    expect(field(t("settings.approver")).value).toBe("H. Qosimov");
    expect(field(t("settings.tolerance")).value).toBe("10");
    expect(field(t("settings.lang")).value).toBe("uz");
  });

  it("saves the report quarter as soon as it is chosen", () => {
    const { onQuarterChange, onSave } = setup();
    fireEvent.change(field(t("quarter.label")), { target: { value: "3" } });
    expect(onQuarterChange).toHaveBeenCalledWith(3);
    expect(onSave).not.toHaveBeenCalled();
  });

  it("saves the edited settings, tolerance as a fraction", () => {
    const { onSave } = setup();
    fireEvent.change(field(t("settings.district")), { target: { value: " Romitan " } });
    fireEvent.change(field(t("settings.tolerance")), { target: { value: "15" } });
    fireEvent.change(field(t("settings.year")), { target: { value: "2027" } });
    fireEvent.change(field(t("settings.lang")), { target: { value: "ru" } });
    fireEvent.click(screen.getByRole("button", { name: t("settings.save") }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0]).toEqual({
      district: "Romitan",
      districtKind: "tuman",
      region: SETTINGS.region,
      year: 2027,
      director: "R. Halimov",
      approver: "H. Qosimov",
      tolerance: 0.15,
      lang: "ru",
    });
  });

  it("refuses an invalid year or tolerance and marks the field", () => {
    const { onSave } = setup();
    fireEvent.change(field(t("settings.year")), { target: { value: "20x6" } });
    fireEvent.change(field(t("settings.tolerance")), { target: { value: "150" } });
    fireEvent.click(screen.getByRole("button", { name: t("settings.save") }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(t("settings.invalidYear"))).toBeTruthy();
    expect(screen.getByText(t("settings.invalidTolerance"))).toBeTruthy();
    expect(field(t("settings.year")).getAttribute("aria-invalid")).toBe("true");
  });

  it("takes a co-author's change: new settings replace the form's values", () => {
    const { rerenderInFluent, onSave, onQuarterChange } = setup();
    rerenderInFluent(
      <SettingsForm
        settings={{ ...SETTINGS, director: "A. Karimov", quarter: 3 }}
        t={t}
        saving={false}
        notice={null}
        onSave={onSave}
        onQuarterChange={onQuarterChange}
      />
    );
    expect(field(t("settings.director")).value).toBe("A. Karimov");
    expect(field(t("quarter.label")).value).toBe("3");
  });

  it("waits for the settings with a spinner", () => {
    setup(null);
    expect(screen.getByText(t("loading"))).toBeTruthy();
  });
});

describe("parseDraft", () => {
  const draft = {
    district: "J",
    districtKind: "tuman" as const,
    region: "",
    year: "",
    director: "",
    approver: "",
    tolerance: "10,5",
    lang: "uz" as const,
  };
  it("reads a decimal comma and an empty year", () => {
    const r = parseDraft(draft);
    expect(r).toEqual({ ok: true, settings: expect.objectContaining({ year: null, tolerance: 0.105 }) });
  });
  it("rejects a negative tolerance", () => {
    expect(parseDraft({ ...draft, tolerance: "-1" })).toEqual({ ok: false, year: false, tolerance: true });
  });
});
