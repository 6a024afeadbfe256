import { specToGrid } from "./sheet-grid";
import { readVocabulary, VOCAB_SOURCES, vocabularySheet } from "../../../src/core/layout/vocabulary-sheet";
import { DEFAULT_VOCABULARY } from "../../../src/core/vocabulary";

describe("vocabulary sheet", () => {
  it("lays out units, variants, deadlines and responsible services", () => {
    const spec = vocabularySheet(DEFAULT_VOCABULARY);
    expect(spec.name).toBe("Reja lug'atlari");
    const grid = specToGrid(spec);
    expect(grid[0]).toEqual([
      "O'lchov birliklari",
      "Birlik variantlari",
      "Bajarilish muddatlari",
      "Mas'ullar",
      "Mas'ul variantlari",
    ]);
    expect(grid[1][0]).toBe("Tadbir");
    expect(grid[1][1]).toBe("tadbirlar");
    const nomda = grid.find((r) => r[0] === "Nomda");
    expect(nomda?.[1]).toBe("nom; nomlar");
    expect(
      grid
        .slice(1)
        .map((r) => r[2])
        .filter((x) => x)
    ).toEqual(DEFAULT_VOCABULARY.deadlines);
  });

  it("reads back what it wrote", () => {
    expect(readVocabulary(specToGrid(vocabularySheet(DEFAULT_VOCABULARY)))).toEqual(DEFAULT_VOCABULARY);
  });

  it("reads rows users added and falls back per list when a list is empty", () => {
    const grid = specToGrid(vocabularySheet(DEFAULT_VOCABULARY)).map((r) => r.slice());
    grid.push(["Kitob", "kitoblar;  kitobcha", "Har hafta", "Bolalar bo'limi", ""]);
    const v = readVocabulary(grid);
    expect(v.units[v.units.length - 1]).toEqual({ canonical: "Kitob", variants: ["kitoblar", "kitobcha"] });
    expect(v.deadlines[v.deadlines.length - 1]).toBe("Har hafta");
    expect(v.responsible[v.responsible.length - 1]).toEqual({ canonical: "Bolalar bo'limi", variants: [] });
    const onlyUnits = readVocabulary([["h"], ["Kitob"]]);
    expect(onlyUnits.units).toEqual([{ canonical: "Kitob", variants: [] }]);
    expect(onlyUnits.responsible).toBe(DEFAULT_VOCABULARY.responsible);
    expect(readVocabulary([])).toEqual(DEFAULT_VOCABULARY);
  });

  it("gives sheet-qualified absolute ranges with room for additions", () => {
    expect(VOCAB_SOURCES).toEqual({
      unit: "'Reja lug''atlari'!$A$2:$A$200",
      deadline: "'Reja lug''atlari'!$C$2:$C$200",
      responsible: "'Reja lug''atlari'!$D$2:$D$200",
    });
    expect(vocabularySheet(DEFAULT_VOCABULARY).rows.length).toBeLessThan(200);
  });
});
