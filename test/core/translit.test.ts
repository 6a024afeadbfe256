import { latinToCyrillic } from "../../src/core/translit";
import { cyrillicToLatin } from "../../src/core/text";
import { STATUS_NAMES } from "../../src/core/messages/status";

describe("latinToCyrillic", () => {
  it.each([
    ["O'zbekiston", "Ўзбекистон"],
    ["HISOBOT", "ҲИСОБОТ"],
    ["ijrosi to'g'risida", "ижроси тўғрисида"],
    ["qishloq xo'jaligi", "қишлоқ хўжалиги"],
    ["I chorak fakt", "I чорак факт"],
    ["Yillik reja", "Йиллик режа"],
    ["ehtiyoj", "эҳтиёж"],
    ["ma'naviyat", "маънавият"],
    ["Toshkent", "Тошкент"],
    ["Yuqori", "Юқори"],
    ["O'lchov birligi", "Ўлчов бирлиги"],
    ["Mas'ul", "Масъул"],
    ["axborot-kutubxona markazining", "ахборот-кутубхона марказининг"],
    ["Muddati kelmagan", "Муддати келмаган"],
    ["M.O'.", "М.Ў."],
    ["Bajarilish %", "Бажарилиш %"],
    ["SHAHAR", "ШАҲАР"],
    ["Yer", "Ер"],
    ["Muddati yo'q", "Муддати йўқ"],
    ["yo'l", "йўл"],
    ["Yoshlar", "Ёшлар"],
    ["ЎЗБЕК 2026", "ЎЗБЕК 2026"],
  ])("%s → %s", (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it("gives the catalogue's Cyrillic status names from the Latin ones", () => {
    for (const status of Object.keys(STATUS_NAMES.uz) as (keyof typeof STATUS_NAMES.uz)[])
      expect(latinToCyrillic(STATUS_NAMES.uz[status])).toBe(STATUS_NAMES["uz-Cyrl"][status]);
  });

  it("reads back to the same Latin (apostrophes folded, lower case)", () => {
    for (const s of [
      "o'zbekiston",
      "to'g'risida",
      "qishloq",
      "chorak holati",
      "jami fakt",
      "izoh",
      "ehtiyoj",
    ])
      expect(cyrillicToLatin(latinToCyrillic(s)).replace(/[ʻʼ’‘`]/g, "'")).toBe(s);
  });
});
