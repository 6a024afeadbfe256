/** Uzbek (Latin) texts of the command line — the default language. */
import { HELP_COLUMNS } from "./columns";
import type { CliCatalogue } from "./index";

export const uz: CliCatalogue = {
  title: "reja: axborot-kutubxona markazlarining (AKM) yillik ish rejalari",
  usage: (what) => `foydalanish: reja ${what}`,
  commandWord: "BUYRUQ",
  optionsWord: "[parametrlar]",
  commandsTitle: "buyruqlar:",
  optionsTitle: "parametrlar:",
  exampleTitle: "misol:",
  moreHelp: "reja help BUYRUQ (yoki reja BUYRUQ --help) buyruqning parametrlari va misolini ko'rsatadi.",
  exitCodes:
    "Chiqish kodlari: 0 bajarildi; 1 bajarildi, lekin rejada xatolar topildi yoki ba'zi fayllar yaroqsiz; 2 hech narsa qilinmadi (buyruq, kirish fayli yoki disk muammosi).",
  languages:
    "Til: --lang uz|uz-Cyrl|ru|en, aks holda LC_ALL / LC_MESSAGES / LANG; sukut bo'yicha o'zbekcha (lotin).",
  summaries: {
    inspect: "rejani (matn eksporti yoki .xlsx) o'qib, bo'lim va bandlarini ko'rsatadi",
    check: "rejani tekshiradi; xato bo'lsa chiqish kodi 1",
    import: "rejadan tuzilgan ish reja kitobini yaratadi (reja, lug'at va sozlamalar varaqlari)",
    fill: "reja kitobiga jami fakt, bajarilish % va chorak holatlarini yozadi",
    report: "viloyat markaziga choraklik hisobot varag'ini yozadi",
    consolidate: "bir nechta tumanning rejalarini bitta viloyat kitobiga jamlaydi",
    approve: `reja tasdiqlanganini yozadi va uning ustunlarini qulflaydi (faktlar va «${HELP_COLUMNS.note}» ochiq qoladi)`,
    unlock: "rejani o'zgartirish uchun tasdiq qulfini oladi (keyingi tasdiq o'zgarishlarni sanaydi)",
    "next-year":
      "kelasi yil rejasi kitobini tayyorlaydi: o'sha bandlar, bu yil faktlari o'tgan yil fakti sifatida",
    docx: "rejani rasmiy ko'rinishdagi Word hujjatiga (.docx) kitob tilida yozadi: KELISHILDI, TASDIQLAYMAN, sarlavha va jadval",
  },
  options: {
    sheet: "reja turgan varaq (sukut bo'yicha: reja jadvali bor birinchi varaq)",
    json: "o'qiladigan matn o'rniga JSON chiqaradi",
    quarter: "hisobot choragi 1–4",
    output: "yoziladigan kitob (yo'q papkalar yaratiladi)",
    docxOutput: "yoziladigan Word hujjati (.docx; yo'q papkalar yaratiladi)",
    fillOutput: "PLAN.xlsx ni o'zgartirish o'rniga shu faylga yozadi",
    lang: "chiqish tili: uz (sukut bo'yicha), uz-Cyrl, ru, en",
    date: "hisobotga yoziladigan sana (sukut bo'yicha: bugun)",
    district: "tuman nomi (sukut bo'yicha: rejadan)",
    region: "hisobotlar yuboriladigan viloyat markazi",
    director: "hisobotlarni imzolaydigan tuman direktori",
    year: "reja yili (sukut bo'yicha: rejadan)",
    force: "yo'qoladigan ish bo'lsa ham chiqish faylini almashtiradi",
    keepFacts: "mavjud chiqish faylidagi fakt va izohlarni yangi rejaga band-band ko'chiradi",
    bookLang:
      "ish kitobi tili: uz (sukut bo'yicha yoki kirish kitobining sozlamasi), uz-Cyrl, ru, en; sarlavhalar, holatlar va hisobot shu tilda yoziladi",
    docxLang:
      "hujjat tili: uz, uz-Cyrl, ru, en (sukut bo'yicha: kitob sozlamasidagi til, bo'lmasa uz); Reja yozadigan so'zlar (belgilar, sarlavha, jadval sarlavhasi, sana qatori) shu tilda, rejaning o'z matnlari o'zgarmaydi",
    help: "shu yordamni ko'rsatadi",
    by: "rejani kim tasdiqladi (sozlamalar varag'iga yoziladi)",
    approvalDate: "tasdiq sanasi (bo'lmasa bugun)",
    suggest: `reja miqdorini taklif qiladi (reja ustuniga emas, «${HELP_COLUMNS.note}» ustuniga)`,
    transliterate: "hisobotda rejaning o'z matnlarini ham kirillga o'giradi (kitob tili uz-Cyrl bo'lsa)",
    mapping:
      "moslashtirish tuzatishlarini shu kitobning \"Moslashtirish\" varag'idan oladi (sukut bo'yicha: chiqish faylining o'zidan)",
  },
  unknownCommand: (name) => `"${name}" degan buyruq yo'q (qarang: reja help)`,
  unknownOption: (flag) => `${flag} degan parametr yo'q (qarang: reja help)`,
  optionNeedsValue: (flag) => `${flag} parametriga qiymat kerak`,
  optionTakesNoValue: (flag) => `${flag} parametri qiymat olmaydi`,
  missingArgument: (usage) => `${usage} ko'rsatilmagan`,
  unexpectedArgument: (arg) => `ortiqcha argument: ${arg}`,
  quarterRequired: "--quarter N kerak (1–4)",
  badQuarter: (value) => `--quarter 1, 2, 3 yoki 4 bo'lishi kerak (berilgan: ${value})`,
  byRequired: "--by ISM kerak (rejani kim tasdiqladi)",
  outputRequired: "-o FAYL kerak",
  badYear: (value) => `--year to'rt xonali yil bo'lishi kerak (berilgan: ${value})`,
  badDate: (value) => `--date YYYY-MM-DD ko'rinishidagi haqiqiy sana bo'lishi kerak (berilgan: ${value})`,
  badLang: (value, flag = "--lang") => `${flag} uz, uz-Cyrl, ru yoki en bo'lishi kerak (berilgan: ${value})`,
  noSuchFile: (file) => `bunday fayl yo'q: ${file}`,
  notAFile: (file) => `${file} fayl emas, papka`,
  sheetOnlyXlsx: (file) => `--sheet faqat .xlsx kitoblar uchun: ${file}`,
  noPlanTable: (file) => `${file} faylida reja jadvali yo'q`,
  noPlanTableInSheet: (file, sheet) => `${file} faylining "${sheet}" varag'ida reja jadvali yo'q`,
  noSuchSheet: (file, sheet) => `${file} faylida "${sheet}" degan varaq yo'q`,
  unreadableWorkbook: (file) => `${file} o'qib bo'ladigan .xlsx kitob emas`,
  noTrackingColumns: (file, sheet) =>
    `${file} faylining "${sheet}" varag'ida kuzatuv ustunlari yo'q (avval kitobni reja import bilan yarating)`,
  noUsablePlan: (files) => `${files} ta faylning birortasida yaroqli reja yo'q`,
  permissionDenied: (path) => `ruxsat yo'q: ${path}`,
  diskFull: (path) => `disk to'lgan; ${path} yozilmadi`,
  readOnly: (path) => `${path} faqat o'qiladigan diskda`,
  missingFolder: (path) => `${path} yo'lidagi papka yo'q yoki u fayl`,
  isFolder: (path) => `${path} fayl emas, papka`,
  systemError: (path, code) => `${path} bilan ishlab bo'lmadi (${code})`,
  internalError: (detail) => `ichki xato (${detail}); iltimos, bu haqda xabar bering`,
  outputIsInput: (file) =>
    `${file} kirish fayllaridan biri; reja hech qachon kirish fayli ustiga yozmaydi, boshqa -o fayl tanlang`,
  docxExists: (file) => `${file} allaqachon bor: uni almashtirsa, Word'da kiritilgan o'zgarishlar yo'qoladi`,
  notRejaFile: (file) => `${file} allaqachon bor va uni reja yozmagan`,
  factsForQuarters: (q) => `${q} chorak uchun faktlar`,
  notesCount: (c) => `${c} ta izoh`,
  otherSheets: (names) => `boshqa varaqlar (${names})`,
  wouldBeLost: (file, what) => `${file} faylida yo'qolib ketadigan ${what} bor`,
  useForce: "baribir almashtirish uchun --force qo'shing",
  useKeepFacts: "ularni ko'chirish uchun --keep-facts, almashtirish uchun --force qo'shing",
  itemsWithoutPlace: (items) => `${items} bandlarida fakt yoki izoh bor, lekin ular yangi rejada yo'q`,
  carried: (facts, notes, file) =>
    `avvalgi ${file} faylidan ${facts} ta fakt va ${notes} ta izoh ko'chirildi`,
  skippedOwnOutput: (file) =>
    `${file} o'tkazib yuborildi: bu reja yozgan jamlanma yoki hisobot, tuman rejasi emas`,
  severity: { error: "xato", warning: "ogohlantirish", info: "ma'lumot" },
  checkHeader: ["daraja", "kod", "band", "katak", "xabar"],
  checkUntracked: (quarter) =>
    `Hali birorta fakt kiritilmagan: fakt va sababga oid tekshiruvlar birinchi fakt kiritilgandan keyin boshlanadi (baribir tekshirish uchun: --quarter ${quarter}).`,
  checkSummary: (file, e, w, i) => `${file}: ${e} ta xato, ${w} ta ogohlantirish, ${i} ta ma'lumot`,
  importDone: (output, items, sheets) => `${output}: ${items} ta band; varaqlar: ${sheets}`,
  fillDone: (output, cells, sheet, q) =>
    `${output}: "${sheet}" varag'iga ${q}-chorak uchun ${cells} ta katak yozildi`,
  reportDone: (output, sheet, rows) => `${output}: "${sheet}" varag'i, ${rows} ta qator`,
  consolidateHeader: ["tuman", "o'qildi", "muammolar"],
  districtOk: "ha",
  districtUnusable: "yaroqsiz",
  districtProblems: (c) => `${c} ta muammo, muammolar varag'iga qarang`,
  consolidateDone: (output, sheets) => `${output}: ${sheets}`,
  inspectHead: (place, year, s, i) => `${place}, ${year}: ${s} ta bo'lim, ${i} ta band`,
  districtNotNamed: "(tuman nomi yo'q)",
  yearNotFound: "(yil topilmadi)",
  inspectHeader: ["  №", "qator", "fakt→reja birlik", "choraklar", "mas'ullar"],
  reading: (i, total, file) => `o'qilmoqda ${i}/${total}: ${file}`,
  readingLarge: (file, mb) => `${file} o'qilmoqda (${mb} MB)…`,
  refusedEncrypted: (file) =>
    `${file} parol bilan himoyalangan: Reja uni ocha olmaydi. Excel'da oching, parolni olib tashlang (Fayl → Ma'lumotlar → Kitobni himoyalash → Parol bilan shifrlash → maydonni bo'shating) va .xlsx sifatida saqlang.`,
  refusedXls: (file) =>
    `${file} — eski Excel 97–2003 (.xls) kitobi; Reja uni o'qimaydi. Excel'da oching va .xlsx sifatida saqlang (Fayl → Boshqacha saqlash → "Excel kitobi (*.xlsx)").`,
  refusedDoc: (file) =>
    `${file} — eski Word 97–2003 (.doc) hujjati; Reja uni o'qimaydi. Word'da oching va .docx sifatida saqlang (yoki jadvalni Excel'ga nusxalab, .xlsx sifatida saqlang).`,
  refusedCfb: (file) =>
    `${file} — eski Office (97–2003) fayli; Reja uni o'qimaydi. Uni .xlsx (Excel) yoki .docx (Word) sifatida saqlang.`,
  refusedOds: (file) =>
    `${file} — OpenDocument jadvali (.ods); Reja uni o'qimaydi. LibreOffice yoki Excel'da oching va .xlsx sifatida saqlang.`,
  refusedOdt: (file) =>
    `${file} — OpenDocument matni (.odt); Reja uni o'qimaydi. LibreOffice yoki Word'da oching va .docx sifatida saqlang.`,
  refusedOdf: (file) => `${file} — OpenDocument fayli, reja emas. Rejani .xlsx yoki .docx sifatida saqlang.`,
  refusedRtf: (file) =>
    `${file} — RTF hujjati; Reja uni o'qimaydi. Word'da oching va .docx sifatida saqlang (yoki "Oddiy matn" → Unicode).`,
  refusedCsv: (file) =>
    `${file} — CSV fayl (vergul bilan ajratilgan); Reja uni o'qimaydi. Excel'da oching va .xlsx sifatida saqlang (yoki "Matn (tab bilan ajratilgan)" / "Unicode matn").`,
  refusedPdf: (file) =>
    `${file} — PDF hujjati; undan rejani o'qib bo'lmaydi. Rejaning asl Word (.docx) yoki Excel (.xlsx) faylini oling.`,
  refusedDamaged: (file) =>
    `${file} shikastlangan yoki oxirigacha yozilmagan (fayl chala). Asl faylni qayta nusxalang yoki Excel'da ochib, qayta saqlang.`,
  refusedNotDocument: (file) =>
    `${file} Excel kitobi ham, Word hujjati ham, matn ham emas. Rejani Excel'da .xlsx sifatida saqlang.`,
  generatedSheet: (file, sheet, plan) =>
    `${file} faylidagi "${sheet}" varag'ini Reja o'zi yaratgan (hisobot, jamlanma yoki sozlamalar) — u reja emas.` +
    (plan
      ? ` Reja varag'ini ko'rsating: --sheet "${plan}".`
      : ` Reja jadvali bor varaqni --sheet bilan ko'rsating.`),
  textLostCharacters: (file, count, line, sample) =>
    `ogohlantirish: ${file} faylida ${count} ta harf o'rnida "?" turibdi (birinchisi ${line}-qatorda: "${sample}"): faylni saqlagan dastur bu harflarni yoza olmagan. Faylni "Unicode matn" yoki UTF-8 sifatida qayta saqlang.`,
  textInvalidBytes: (file, count) =>
    `ogohlantirish: ${file} faylida ${count} ta buzilgan belgi bor (o'rnida "�"). Faylni "Unicode matn" yoki UTF-8 sifatida qayta saqlang.`,
  textUncertainEncoding: (file, line, sample) =>
    `ogohlantirish: ${file} Windows-1251 sifatida o'qildi, lekin ${line}-qatordagi so'zlarda lotin va kirill harflari aralash ("${sample}"): kodlash boshqa bo'lishi mumkin. Faylni "Unicode matn" yoki UTF-8 sifatida qayta saqlang.`,
  unreadableDocx: (file) =>
    `${file} o'qib bo'ladigan Word (.docx) hujjati emas: Word'da .docx sifatida qayta saqlang`,
  docxDone: (output, items) => `${output}: Word hujjati, ${items} ta band`,
};
