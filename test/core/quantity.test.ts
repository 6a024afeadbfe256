import { looksNumeric, parseFact, parseNumberText, parseQuantity } from "../../src/core/quantity";

describe("parseQuantity", () => {
  test.each([
    ["5167", 5167],
    ["5 167", 5167],
    ["5\u00A0167", 5167],
    ["5\u2009167", 5167],
    ["5\u202F167", 5167],
    ["1,5", 1.5],
    ["1.5", 1.5],
    ["300 ta", 300],
    ["300ta", 300],
    ["1.234.567", 1234567],
    ["1 234,5", 1234.5],
    ["0", 0],
  ])("%j → %d", (text, value) => {
    expect(parseQuantity(text)).toEqual({ text, value, error: null });
  });

  test("numbers stay numbers", () => {
    expect(parseQuantity(5167)).toEqual({ text: "5167", value: 5167, error: null });
    expect(parseQuantity(2.5).value).toBe(2.5);
  });

  test("blank and dash mean no quantity", () => {
    expect(parseQuantity(null)).toEqual({ text: "", value: null, error: null });
    expect(parseQuantity(undefined).error).toBeNull();
    expect(parseQuantity("   ").text).toBe("");
    expect(parseQuantity("-")).toEqual({ text: "-", value: null, error: null });
    expect(parseQuantity("—").error).toBeNull();
  });

  test("negative values are errors", () => {
    expect(parseQuantity("-5")).toEqual({ text: "-5", value: null, error: "negative" });
    expect(parseQuantity(-3).error).toBe("negative");
  });

  test("other text is not a number", () => {
    for (const t of ["ko'p", "5 ta kitob", "12a", "1,2,3,4", "TRUE"])
      expect(parseQuantity(t).error).toBe("not_a_number");
    expect(parseQuantity(true).error).toBe("not_a_number");
    expect(parseQuantity(new Date(2026, 0, 1)).error).toBe("not_a_number");
    expect(parseQuantity(NaN).error).toBe("not_a_number");
  });

  test("fractional is an error only for a counting unit", () => {
    expect(parseQuantity("1,5", { countUnit: true })).toEqual({
      text: "1,5",
      value: null,
      error: "fractional",
    });
    expect(parseQuantity(2.5, { countUnit: true }).error).toBe("fractional");
    expect(parseQuantity("3", { countUnit: true }).value).toBe(3);
    expect(parseQuantity("1,5", { countUnit: false }).value).toBe(1.5);
  });

  test("looksNumeric", () => {
    expect(looksNumeric("5 167")).toBe(true);
    expect(looksNumeric("-2")).toBe(true);
    expect(looksNumeric(7)).toBe(true);
    expect(looksNumeric("--")).toBe(false);
    expect(looksNumeric("matn")).toBe(false);
    expect(looksNumeric(null)).toBe(false);
  });

  test("parseNumberText rejects ragged groups", () => {
    expect(parseNumberText("1.23.4")).toBeNull();
    expect(parseNumberText("abc")).toBeNull();
  });
});

describe("parseFact", () => {
  test("blank → null", () => {
    expect(parseFact(null)).toBeNull();
    expect(parseFact("")).toBeNull();
    expect(parseFact("  ")).toBeNull();
    expect(parseFact(false)).toBeNull();
  });

  test("numbers", () => {
    expect(parseFact(350)).toEqual({ kind: "number", value: 350, text: "350" });
    expect(parseFact("5 167")).toEqual({ kind: "number", value: 5167, text: "5 167" });
    expect(parseFact("0")).toEqual({ kind: "number", value: 0, text: "0" });
  });

  test.each([
    "✓",
    "✔",
    "+",
    "ha",
    "Ha",
    "HA",
    "bajarildi",
    "Bajarildi.",
    "x",
    "X",
    "да",
    "Да",
    "ҳа",
    "бажарилди",
    "х",
  ])("done mark %j", (t) => {
    expect(parseFact(t)).toEqual({ kind: "mark", value: 1, text: t });
  });

  test("a TRUE checkbox is a done mark", () => {
    expect(parseFact(true)).toMatchObject({ kind: "mark", value: 1 });
  });

  test("negative and other text are invalid", () => {
    expect(parseFact("-4")).toEqual({ kind: "invalid", text: "-4", reason: "negative" });
    expect(parseFact(-1)).toMatchObject({ kind: "invalid", reason: "negative" });
    expect(parseFact("yo'q")).toEqual({ kind: "invalid", text: "yo'q", reason: "not_a_number" });
  });
});
