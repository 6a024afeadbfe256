/** Uzbek (Cyrillic) texts of the command line. */
import { HELP_COLUMNS } from "./columns";
import type { CliCatalogue } from "./index";

export const uzCyrl: CliCatalogue = {
  title: "reja: ахборот-кутубхона марказларининг (АКМ) йиллик иш режалари",
  usage: (what) => `фойдаланиш: reja ${what}`,
  commandWord: "БУЙРУҚ",
  optionsWord: "[параметрлар]",
  commandsTitle: "буйруқлар:",
  optionsTitle: "параметрлар:",
  exampleTitle: "мисол:",
  moreHelp: "reja help БУЙРУҚ (ёки reja БУЙРУҚ --help) буйруқнинг параметрлари ва мисолини кўрсатади.",
  exitCodes:
    "Чиқиш кодлари: 0 бажарилди; 1 бажарилди, лекин режада хатолар топилди ёки баъзи файллар яроқсиз; 2 ҳеч нарса қилинмади (буйруқ, кириш файли ёки диск муаммоси).",
  languages:
    "Тил: --lang uz|uz-Cyrl|ru|en, акс ҳолда LC_ALL / LC_MESSAGES / LANG; сукут бўйича ўзбекча (лотин).",
  summaries: {
    inspect: "режани (матн экспорти ёки .xlsx) ўқиб, бўлим ва бандларини кўрсатади",
    check: "режани текширади; хато бўлса чиқиш коди 1",
    import: "режадан тузилган иш режа китобини яратади (режа, луғат ва созламалар варақлари)",
    fill: "режа китобига жами факт, бажарилиш % ва чорак ҳолатларини ёзади",
    report: "вилоят марказига чораклик ҳисобот варағини ёзади",
    consolidate: "бир нечта туманнинг режаларини битта вилоят китобига жамлайди",
    approve: `режа тасдиқланганини ёзади ва унинг устунларини қулфлайди (фактлар ва «${HELP_COLUMNS.note}» очиқ қолади)`,
    unlock: "режани ўзгартириш учун тасдиқ қулфини олади (кейинги тасдиқ ўзгаришларни санайди)",
    "next-year":
      "келаси йил режаси китобини тайёрлайди: ўша бандлар, бу йил фактлари ўтган йил факти сифатида",
    docx: "режани расмий кўринишдаги Word ҳужжатига (.docx) китоб тилида ёзади: КЕЛИШИЛДИ, ТАСДИҚЛАЙМАН, сарлавҳа ва жадвал",
  },
  options: {
    sheet: "режа турган варақ (сукут бўйича: режа жадвали бор биринчи варақ)",
    json: "ўқиладиган матн ўрнига JSON чиқаради",
    quarter: "ҳисобот чораги 1–4",
    output: "ёзиладиган китоб (йўқ папкалар яратилади)",
    docxOutput: "ёзиладиган Word ҳужжати (.docx; йўқ папкалар яратилади)",
    fillOutput: "PLAN.xlsx ни ўзгартириш ўрнига шу файлга ёзади",
    lang: "чиқиш тили: uz (сукут бўйича), uz-Cyrl, ru, en",
    date: "ҳисоботга ёзиладиган сана (сукут бўйича: бугун)",
    district: "туман номи (сукут бўйича: режадан)",
    region: "ҳисоботлар юбориладиган вилоят маркази",
    director: "ҳисоботларни имзолайдиган туман директори",
    year: "режа йили (сукут бўйича: режадан)",
    force: "йўқоладиган иш бўлса ҳам чиқиш файлини алмаштиради",
    keepFacts: "мавжуд чиқиш файлидаги факт ва изоҳларни янги режага банд-банд кўчиради",
    bookLang:
      "иш китоби тили: uz (сукут бўйича ёки кириш китобининг созламаси), uz-Cyrl, ru, en; сарлавҳалар, ҳолатлар ва ҳисобот шу тилда ёзилади",
    docxLang:
      "ҳужжат тили: uz, uz-Cyrl, ru, en (сукут бўйича: китоб созламасидаги тил, бўлмаса uz); Режа ёзадиган сўзлар (белгилар, сарлавҳа, жадвал сарлавҳаси, сана қатори) шу тилда, режанинг ўз матнлари ўзгармайди",
    help: "шу ёрдамни кўрсатади",
    by: "режани ким тасдиқлади (созламалар варағига ёзилади)",
    approvalDate: "тасдиқ санаси (бўлмаса бугун)",
    suggest: `режа миқдорини таклиф қилади (режа устунига эмас, «${HELP_COLUMNS.note}» устунига)`,
    transliterate: "ҳисоботда режанинг ўз матнларини ҳам кириллга ўгиради (китоб тили uz-Cyrl бўлса)",
    mapping:
      'мослаштириш тузатишларини шу китобнинг "Moslashtirish" варағидан олади (сукут бўйича: чиқиш файлининг ўзидан)',
  },
  unknownCommand: (name) => `"${name}" деган буйруқ йўқ (қаранг: reja help)`,
  unknownOption: (flag) => `${flag} деган параметр йўқ (қаранг: reja help)`,
  optionNeedsValue: (flag) => `${flag} параметрига қиймат керак`,
  optionTakesNoValue: (flag) => `${flag} параметри қиймат олмайди`,
  missingArgument: (usage) => `${usage} кўрсатилмаган`,
  unexpectedArgument: (arg) => `ортиқча аргумент: ${arg}`,
  quarterRequired: "--quarter N керак (1–4)",
  badQuarter: (value) => `--quarter 1, 2, 3 ёки 4 бўлиши керак (берилган: ${value})`,
  byRequired: "--by ИСМ керак (режани ким тасдиқлади)",
  outputRequired: "-o ФАЙЛ керак",
  badYear: (value) => `--year тўрт хонали йил бўлиши керак (берилган: ${value})`,
  badDate: (value) => `--date YYYY-MM-DD кўринишидаги ҳақиқий сана бўлиши керак (берилган: ${value})`,
  badLang: (value, flag = "--lang") => `${flag} uz, uz-Cyrl, ru ёки en бўлиши керак (берилган: ${value})`,
  noSuchFile: (file) => `бундай файл йўқ: ${file}`,
  notAFile: (file) => `${file} файл эмас, папка`,
  sheetOnlyXlsx: (file) => `--sheet фақат .xlsx китоблар учун: ${file}`,
  noPlanTable: (file) => `${file} файлида режа жадвали йўқ`,
  noPlanTableInSheet: (file, sheet) => `${file} файлининг "${sheet}" варағида режа жадвали йўқ`,
  noSuchSheet: (file, sheet) => `${file} файлида "${sheet}" деган варақ йўқ`,
  unreadableWorkbook: (file) => `${file} ўқиб бўладиган .xlsx китоб эмас`,
  noTrackingColumns: (file, sheet) =>
    `${file} файлининг "${sheet}" варағида кузатув устунлари йўқ (аввал китобни reja import билан яратинг)`,
  noUsablePlan: (files) => `${files} та файлнинг бирортасида яроқли режа йўқ`,
  permissionDenied: (path) => `рухсат йўқ: ${path}`,
  diskFull: (path) => `диск тўлган; ${path} ёзилмади`,
  readOnly: (path) => `${path} фақат ўқиладиган дискда`,
  missingFolder: (path) => `${path} йўлидаги папка йўқ ёки у файл`,
  isFolder: (path) => `${path} файл эмас, папка`,
  systemError: (path, code) => `${path} билан ишлаб бўлмади (${code})`,
  internalError: (detail) => `ички хато (${detail}); илтимос, бу ҳақда хабар беринг`,
  outputIsInput: (file) =>
    `${file} кириш файлларидан бири; reja ҳеч қачон кириш файли устига ёзмайди, бошқа -o файл танланг`,
  docxExists: (file) => `${file} аллақачон бор: уни алмаштирса, Wordда киритилган ўзгаришлар йўқолади`,
  notRejaFile: (file) => `${file} аллақачон бор ва уни reja ёзмаган`,
  factsForQuarters: (q) => `${q} чорак учун фактлар`,
  notesCount: (c) => `${c} та изоҳ`,
  otherSheets: (names) => `бошқа варақлар (${names})`,
  wouldBeLost: (file, what) => `${file} файлида йўқолиб кетадиган ${what} бор`,
  useForce: "барибир алмаштириш учун --force қўшинг",
  useKeepFacts: "уларни кўчириш учун --keep-facts, алмаштириш учун --force қўшинг",
  itemsWithoutPlace: (items) => `${items} бандларида факт ёки изоҳ бор, лекин улар янги режада йўқ`,
  carried: (facts, notes, file) => `аввалги ${file} файлидан ${facts} та факт ва ${notes} та изоҳ кўчирилди`,
  skippedOwnOutput: (file) =>
    `${file} ўтказиб юборилди: бу reja ёзган жамланма ёки ҳисобот, туман режаси эмас`,
  severity: { error: "хато", warning: "огоҳлантириш", info: "маълумот" },
  checkHeader: ["даража", "код", "банд", "катак", "хабар"],
  checkUntracked: (quarter) =>
    `Ҳали бирорта факт киритилмаган: факт ва сабабга оид текширувлар биринчи факт киритилгандан кейин бошланади (барибир текшириш учун: --quarter ${quarter}).`,
  checkSummary: (file, e, w, i) => `${file}: ${e} та хато, ${w} та огоҳлантириш, ${i} та маълумот`,
  importDone: (output, items, sheets) => `${output}: ${items} та банд; варақлар: ${sheets}`,
  fillDone: (output, cells, sheet, q) =>
    `${output}: "${sheet}" варағига ${q}-чорак учун ${cells} та катак ёзилди`,
  reportDone: (output, sheet, rows) => `${output}: "${sheet}" варағи, ${rows} та қатор`,
  consolidateHeader: ["туман", "ўқилди", "муаммолар"],
  districtOk: "ҳа",
  districtUnusable: "яроқсиз",
  districtProblems: (c) => `${c} та муаммо, муаммолар варағига қаранг`,
  consolidateDone: (output, sheets) => `${output}: ${sheets}`,
  inspectHead: (place, year, s, i) => `${place}, ${year}: ${s} та бўлим, ${i} та банд`,
  districtNotNamed: "(туман номи йўқ)",
  yearNotFound: "(йил топилмади)",
  inspectHeader: ["  №", "қатор", "факт→режа бирлик", "чораклар", "масъуллар"],
  reading: (i, total, file) => `ўқилмоқда ${i}/${total}: ${file}`,
  readingLarge: (file, mb) => `${file} ўқилмоқда (${mb} MB)…`,
  refusedEncrypted: (file) =>
    `${file} парол билан ҳимояланган: Режа уни оча олмайди. Excel'да очинг, паролни олиб ташланг (Файл → Маълумотлар → Китобни ҳимоялаш → Парол билан шифрлаш → майдонни бўшатинг) ва .xlsx сифатида сақланг.`,
  refusedXls: (file) =>
    `${file} — эски Excel 97–2003 (.xls) китоби; Режа уни ўқимайди. Excel'да очинг ва .xlsx сифатида сақланг (Файл → Бошқача сақлаш → "Excel китоби (*.xlsx)").`,
  refusedDoc: (file) =>
    `${file} — эски Word 97–2003 (.doc) ҳужжати; Режа уни ўқимайди. Word'да очинг ва .docx сифатида сақланг (ёки жадвални Excel'га нусхалаб, .xlsx сифатида сақланг).`,
  refusedCfb: (file) =>
    `${file} — эски Office (97–2003) файли; Режа уни ўқимайди. Уни .xlsx (Excel) ёки .docx (Word) сифатида сақланг.`,
  refusedOds: (file) =>
    `${file} — OpenDocument жадвали (.ods); Режа уни ўқимайди. LibreOffice ёки Excel'да очинг ва .xlsx сифатида сақланг.`,
  refusedOdt: (file) =>
    `${file} — OpenDocument матни (.odt); Режа уни ўқимайди. LibreOffice ёки Word'да очинг ва .docx сифатида сақланг.`,
  refusedOdf: (file) => `${file} — OpenDocument файли, режа эмас. Режани .xlsx ёки .docx сифатида сақланг.`,
  refusedRtf: (file) =>
    `${file} — RTF ҳужжати; Режа уни ўқимайди. Word'да очинг ва .docx сифатида сақланг (ёки "Оддий матн" → Unicode).`,
  refusedCsv: (file) =>
    `${file} — CSV файл (вергул билан ажратилган); Режа уни ўқимайди. Excel'да очинг ва .xlsx сифатида сақланг (ёки "Матн (таб билан ажратилган)" / "Unicode матн").`,
  refusedPdf: (file) =>
    `${file} — PDF ҳужжати; ундан режани ўқиб бўлмайди. Режанинг асл Word (.docx) ёки Excel (.xlsx) файлини олинг.`,
  refusedDamaged: (file) =>
    `${file} шикастланган ёки охиригача ёзилмаган (файл чала). Асл файлни қайта нусхаланг ёки Excel'да очиб, қайта сақланг.`,
  refusedNotDocument: (file) =>
    `${file} Excel китоби ҳам, Word ҳужжати ҳам, матн ҳам эмас. Режани Excel'да .xlsx сифатида сақланг.`,
  generatedSheet: (file, sheet, plan) =>
    `${file} файлидаги "${sheet}" варағини Режа ўзи яратган (ҳисобот, жамланма ёки созламалар) — у режа эмас.` +
    (plan
      ? ` Режа варағини кўрсатинг: --sheet "${plan}".`
      : ` Режа жадвали бор варақни --sheet билан кўрсатинг.`),
  textLostCharacters: (file, count, line, sample) =>
    `огоҳлантириш: ${file} файлида ${count} та ҳарф ўрнида "?" турибди (биринчиси ${line}-қаторда: "${sample}"): файлни сақлаган дастур бу ҳарфларни ёза олмаган. Файлни "Unicode матн" ёки UTF-8 сифатида қайта сақланг.`,
  textInvalidBytes: (file, count) =>
    `огоҳлантириш: ${file} файлида ${count} та бузилган белги бор (ўрнида "�"). Файлни "Unicode матн" ёки UTF-8 сифатида қайта сақланг.`,
  textUncertainEncoding: (file, line, sample) =>
    `огоҳлантириш: ${file} Windows-1251 сифатида ўқилди, лекин ${line}-қатордаги сўзларда лотин ва кирилл ҳарфлари аралаш ("${sample}"): кодлаш бошқа бўлиши мумкин. Файлни "Unicode матн" ёки UTF-8 сифатида қайта сақланг.`,
  unreadableDocx: (file) =>
    `${file} ўқиб бўладиган Word (.docx) ҳужжати эмас: Word'да .docx сифатида қайта сақланг`,
  docxDone: (output, items) => `${output}: Word ҳужжати, ${items} та банд`,
};
