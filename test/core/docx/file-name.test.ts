/** The name the plan's Word document is offered under: district and year, characters any file system takes. */
import { planDocxFileName } from "../../../src/core";

const name = (district: string, year: number | null, fromPlan: { district?: string; year?: number } = {}) =>
  planDocxFileName({ district: fromPlan.district ?? null, year: fromPlan.year ?? null }, { district, year });

describe("planDocxFileName", () => {
  it("is district-year-ish-reja.docx", () => {
    expect(name("Jondor", 2026)).toBe("Jondor-2026-ish-reja.docx");
  });

  it("drops apostrophes and turns spaces, slashes and other marks into one dash", () => {
    expect(name("G'ijduvon", 2027)).toBe("Gijduvon-2027-ish-reja.docx");
    expect(name("Qorako‘l", 2026)).toBe("Qorakol-2026-ish-reja.docx");
    expect(name('Oʻrta  Chirchiq / "shahar": *?', 2026)).toBe("Orta-Chirchiq-shahar-2026-ish-reja.docx");
    expect(name("  ..Kogon..  ", 2026)).toBe("Kogon-2026-ish-reja.docx");
  });

  it("keeps Cyrillic letters", () => {
    expect(name("Жондор", 2026)).toBe("Жондор-2026-ish-reja.docx");
  });

  it("takes the plan's own district and year when the settings have none", () => {
    expect(name("", null, { district: "Vobkent", year: 2026 })).toBe("Vobkent-2026-ish-reja.docx");
    expect(name("Jondor", null)).toBe("Jondor-ish-reja.docx");
    expect(name("", null)).toBe("ish-reja.docx");
    expect(name("///", 2026)).toBe("2026-ish-reja.docx");
  });

  it("cuts a very long district name", () => {
    const long = name("A".repeat(300), 2026);
    expect(long).toBe(`${"A".repeat(60)}-2026-ish-reja.docx`);
  });
});
