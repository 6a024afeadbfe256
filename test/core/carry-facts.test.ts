/** Carrying facts and notes from an old structured plan to a revised one, item by item (issue 11). */
import { carryFacts, enteredData } from "../../src/core/carry-facts";
import { PlanBuilder } from "./plan-builder";

const tracked = () => PlanBuilder.tracked().sec("I");

describe("carryFacts", () => {
  it("keeps facts and notes of items with the same number and name, indicator by indicator", () => {
    const old = tracked()
      .item("1.", { name: "Kitob ko'rgazmasi", facts: [3, "✓"], note: "bajarildi" })
      .extra({ unit: "nusxa", facts: [null, 120] })
      .item("2.", { name: "Davra suhbati" })
      .build();
    const next = tracked()
      .item("1.", { name: "Kitob  ko'rgazmasi" })
      .extra({ unit: "nusxa" })
      .item("2.", { name: "Davra suhbati" })
      .build();
    const r = carryFacts(old, next);
    expect(r.unmatched).toEqual([]);
    expect(r.facts).toEqual([
      { item: "1", indicator: 0, quarter: 1, value: 3 },
      { item: "1", indicator: 0, quarter: 2, value: "✓" },
      { item: "1", indicator: 1, quarter: 2, value: 120 },
    ]);
    expect(r.notes).toEqual([{ item: "1", indicator: 0, note: "bajarildi" }]);
  });

  it("follows a renumbered item by its name when the name is found once in each plan", () => {
    const old = tracked()
      .item("1.", { name: "A", facts: [5] })
      .item("2.", { name: "B", facts: [7] })
      .build();
    const next = tracked()
      .item("1.", { name: "B" })
      .item("2.", { name: "Yangi" })
      .item("3.", { name: "A" })
      .build();
    const r = carryFacts(old, next);
    expect(r.facts).toEqual([
      { item: "3", indicator: 0, quarter: 1, value: 5 },
      { item: "1", indicator: 0, quarter: 1, value: 7 },
    ]);
    expect(r.unmatched).toEqual([]);
  });

  it("names the items it cannot place: gone, renamed, ambiguous, or with fewer indicators", () => {
    const old = tracked()
      .item("1.", { name: "Ketgan", facts: [1] })
      .item("2.", { name: "Ikki marta", facts: [2] })
      .item("3.", { name: "Ikki marta", note: "izoh" })
      .item("4.", { name: "Ko'p", facts: [4] })
      .extra({ facts: [5] })
      .item("5.", { name: "Bo'sh" })
      .build();
    const next = tracked()
      .item("2.", { name: "Boshqa" })
      .item("6.", { name: "Ikki marta" })
      .item("4.", { name: "Ko'p" })
      .item("5.", { name: "Bo'sh" })
      .build();
    expect(carryFacts(old, next).unmatched).toEqual(["1", "2", "3", "4"]);
  });

  it("counts what a plan holds", () => {
    const p = tracked()
      .item("1.", { facts: [1, null, 3], note: "x" })
      .extra({ facts: [2] })
      .item("2.")
      .build();
    expect(enteredData(p)).toEqual({ factsPerQuarter: [2, 0, 1, 0], notes: 1 });
  });
});
