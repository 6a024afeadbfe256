/** Russian texts of the command line. */
import { HELP_COLUMNS } from "./columns";
import type { CliCatalogue } from "./index";
import { ruPlural as p } from "./plural";

export const ru: CliCatalogue = {
  title: "reja: годовые планы работы информационно-библиотечных центров (ИБЦ)",
  usage: (what) => `использование: reja ${what}`,
  commandWord: "КОМАНДА",
  optionsWord: "[параметры]",
  commandsTitle: "команды:",
  optionsTitle: "параметры:",
  exampleTitle: "пример:",
  moreHelp: "reja help КОМАНДА (или reja КОМАНДА --help) показывает параметры команды и пример.",
  exitCodes:
    "Коды выхода: 0 выполнено; 1 выполнено, но в плане найдены ошибки или часть файлов непригодна; 2 ничего не сделано (ошибка в команде, входном файле или на диске).",
  languages:
    "Язык: --lang uz|uz-Cyrl|ru|en, иначе LC_ALL / LC_MESSAGES / LANG; по умолчанию узбекский (латиница).",
  summaries: {
    inspect: "прочитать план (текстовый экспорт или .xlsx) и показать его разделы и пункты",
    check: "проверить план; код выхода 1, если есть ошибки",
    import: "создать структурированную книгу плана (листы плана, словарей и настроек)",
    fill: "записать в книгу плана общий факт, % выполнения и статусы кварталов",
    report: "записать лист квартального отчёта для областного центра",
    consolidate: "свести планы нескольких районов в одну областную книгу",
    approve: `записать утверждение плана и защитить его столбцы (факты и «${HELP_COLUMNS.note}» остаются доступными)`,
    unlock: "снять защиту утверждения, чтобы изменить план (следующее утверждение перечислит изменения)",
    "next-year":
      "подготовить книгу плана на следующий год: те же пункты, факты этого года — как факт прошлого",
    docx: "записать план в документ Word (.docx) в официальном виде, на языке книги: грифы СОГЛАСОВАНО и УТВЕРЖДАЮ, заголовок и таблица",
  },
  options: {
    sheet: "лист с планом (по умолчанию: первый лист с таблицей плана)",
    json: "вывести JSON вместо читаемого текста",
    quarter: "отчётный квартал 1–4",
    output: "записываемая книга (недостающие папки создаются)",
    docxOutput: "записываемый документ Word (.docx; недостающие папки создаются)",
    fillOutput: "записать сюда, а не изменять PLAN.xlsx на месте",
    lang: "язык вывода: uz (по умолчанию), uz-Cyrl, ru, en",
    date: "дата в отчёте (по умолчанию: сегодня)",
    district: "название района (по умолчанию: из плана)",
    region: "областной центр, куда идут отчёты",
    director: "директор района, подписывающий отчёты",
    year: "год плана (по умолчанию: из плана)",
    force: "заменить выходной файл, даже если будет потеряна работа",
    keepFacts: "перенести факты и примечания существующего выходного файла в новый план по пунктам",
    bookLang:
      "язык книги: uz (по умолчанию или из настроек входной книги), uz-Cyrl, ru, en; на нём пишутся заголовки, статусы и отчёт",
    docxLang:
      "язык документа: uz, uz-Cyrl, ru, en (по умолчанию: язык из настроек книги, иначе uz); на нём пишутся слова Reja (грифы, заголовок, шапка таблицы, строка даты), тексты самого плана не меняются",
    help: "показать эту справку",
    by: "кто утвердил план (записывается на лист настроек)",
    approvalDate: "дата утверждения (по умолчанию сегодня)",
    suggest: `предложить плановое количество (в столбце «${HELP_COLUMNS.note}», не в столбце плана)`,
    transliterate: "переводить в отчёте и тексты самого плана на кириллицу (при языке книги uz-Cyrl)",
    mapping:
      "брать исправления сопоставления с листа «Moslashtirish» этой книги (по умолчанию: из самого выходного файла)",
  },
  unknownCommand: (name) => `нет команды «${name}» (см.: reja help)`,
  unknownOption: (flag) => `нет параметра ${flag} (см.: reja help)`,
  optionNeedsValue: (flag) => `параметру ${flag} нужно значение`,
  optionTakesNoValue: (flag) => `параметр ${flag} не принимает значения`,
  missingArgument: (usage) => `не указан ${usage}`,
  unexpectedArgument: (arg) => `лишний аргумент: ${arg}`,
  quarterRequired: "нужен --quarter N (1–4)",
  badQuarter: (value) => `--quarter должен быть 1, 2, 3 или 4 (дано: ${value})`,
  byRequired: "нужно указать --by ИМЯ (кто утвердил план)",
  outputRequired: "нужен -o ФАЙЛ",
  badYear: (value) => `--year должен быть четырёхзначным годом (дано: ${value})`,
  badDate: (value) => `--date должна быть настоящей датой в виде YYYY-MM-DD (дано: ${value})`,
  badLang: (value, flag = "--lang") => `${flag} должен быть uz, uz-Cyrl, ru или en (дано: ${value})`,
  noSuchFile: (file) => `нет такого файла: ${file}`,
  notAFile: (file) => `${file} — папка, а не файл`,
  sheetOnlyXlsx: (file) => `--sheet применим только к книгам .xlsx: ${file}`,
  noPlanTable: (file) => `в ${file} нет таблицы плана`,
  noPlanTableInSheet: (file, sheet) => `на листе «${sheet}» файла ${file} нет таблицы плана`,
  noSuchSheet: (file, sheet) => `в ${file} нет листа «${sheet}»`,
  unreadableWorkbook: (file) => `${file} — не читаемая книга .xlsx`,
  noTrackingColumns: (file, sheet) =>
    `на листе «${sheet}» файла ${file} нет столбцов учёта (сначала создайте книгу командой reja import)`,
  noUsablePlan: (files) => `ни в одном из файлов (${files}) нет пригодного плана`,
  permissionDenied: (path) => `нет доступа: ${path}`,
  diskFull: (path) => `диск заполнен; ${path} не записан`,
  readOnly: (path) => `${path} находится на диске только для чтения`,
  missingFolder: (path) => `папка в пути ${path} не существует или является файлом`,
  isFolder: (path) => `${path} — папка, а не файл`,
  systemError: (path, code) => `не удалось использовать ${path} (${code})`,
  internalError: (detail) => `внутренняя ошибка (${detail}); пожалуйста, сообщите о ней`,
  outputIsInput: (file) =>
    `${file} — один из входных файлов; reja никогда не пишет поверх входного файла, выберите другой -o`,
  docxExists: (file) => `${file} уже существует: если заменить его, изменения, сделанные в Word, пропадут`,
  notRejaFile: (file) => `${file} уже существует и записан не программой reja`,
  factsForQuarters: (q) => `факты за ${p(q, "квартал", "квартала", "кварталов")}`,
  notesCount: (c) => p(c, "примечание", "примечания", "примечаний"),
  otherSheets: (names) => `другие листы (${names})`,
  wouldBeLost: (file, what) => `в ${file} есть ${what}, которые будут потеряны`,
  useForce: "добавьте --force, чтобы всё равно заменить его",
  useKeepFacts: "добавьте --keep-facts, чтобы перенести их, или --force, чтобы заменить файл",
  itemsWithoutPlace: (items) =>
    `в пунктах ${items} есть факты или примечания, но этих пунктов нет в новом плане`,
  carried: (facts, notes, file) =>
    `из прежнего ${file} перенесено: ${p(facts, "факт", "факта", "фактов")}, ${p(notes, "примечание", "примечания", "примечаний")}`,
  skippedOwnOutput: (file) => `${file} пропущен: это свод или отчёт, записанный reja, а не план района`,
  severity: { error: "ошибка", warning: "предупреждение", info: "сведения" },
  checkHeader: ["уровень", "код", "пункт", "ячейка", "сообщение"],
  checkUntracked: (quarter) =>
    `Ещё не введено ни одного факта: проверки фактов и причин начнутся после первого введённого факта (проверить всё равно: --quarter ${quarter}).`,
  checkSummary: (file, e, w, i) =>
    `${file}: ${p(e, "ошибка", "ошибки", "ошибок")}, ${p(w, "предупреждение", "предупреждения", "предупреждений")}, сведений: ${i}`,
  importDone: (output, items, sheets) =>
    `${output}: ${p(items, "пункт", "пункта", "пунктов")}; листы: ${sheets}`,
  fillDone: (output, cells, sheet, q) =>
    `${output}: на лист «${sheet}» за ${q}-й квартал записано ячеек: ${cells}`,
  reportDone: (output, sheet, rows) => `${output}: лист «${sheet}», ${p(rows, "строка", "строки", "строк")}`,
  consolidateHeader: ["район", "прочитан", "проблемы"],
  districtOk: "да",
  districtUnusable: "непригоден",
  districtProblems: (c) => `${p(c, "проблема", "проблемы", "проблем")}, см. лист проблем`,
  consolidateDone: (output, sheets) => `${output}: ${sheets}`,
  inspectHead: (place, year, s, i) =>
    `${place}, ${year}: ${p(s, "раздел", "раздела", "разделов")}, ${p(i, "пункт", "пункта", "пунктов")}`,
  districtNotNamed: "(район не указан)",
  yearNotFound: "(год не найден)",
  inspectHeader: ["  №", "строка", "факт→план ед.", "кварталы", "ответственные"],
  reading: (i, total, file) => `чтение ${i}/${total}: ${file}`,
  readingLarge: (file, mb) => `чтение ${file} (${mb} МБ)…`,
  refusedEncrypted: (file) =>
    `${file} защищён паролем: Reja не может его открыть. Откройте его в Excel, снимите пароль (Файл → Сведения → Защита книги → Зашифровать с использованием пароля → очистите поле) и сохраните как .xlsx.`,
  refusedXls: (file) =>
    `${file} — книга старого формата Excel 97–2003 (.xls); Reja её не читает. Откройте в Excel и сохраните как .xlsx (Файл → Сохранить как → «Книга Excel (*.xlsx)»).`,
  refusedDoc: (file) =>
    `${file} — документ старого формата Word 97–2003 (.doc); Reja его не читает. Откройте в Word и сохраните как .docx (или скопируйте таблицу в Excel и сохраните как .xlsx).`,
  refusedCfb: (file) =>
    `${file} — файл старого формата Office (97–2003); Reja его не читает. Сохраните его как .xlsx (Excel) или .docx (Word).`,
  refusedOds: (file) =>
    `${file} — таблица OpenDocument (.ods); Reja её не читает. Откройте в LibreOffice или Excel и сохраните как .xlsx.`,
  refusedOdt: (file) =>
    `${file} — текст OpenDocument (.odt); Reja его не читает. Откройте в LibreOffice или Word и сохраните как .docx.`,
  refusedOdf: (file) => `${file} — файл OpenDocument, не план. Сохраните план как .xlsx или .docx.`,
  refusedRtf: (file) =>
    `${file} — документ RTF; Reja его не читает. Откройте в Word и сохраните как .docx (или «Обычный текст» → Юникод).`,
  refusedCsv: (file) =>
    `${file} — файл CSV (значения через запятую); Reja его не читает. Откройте в Excel и сохраните как .xlsx (или «Текст (разделители — знаки табуляции)» / «Текст Юникод»).`,
  refusedPdf: (file) =>
    `${file} — документ PDF; план из него прочитать нельзя. Возьмите исходный файл плана Word (.docx) или Excel (.xlsx).`,
  refusedDamaged: (file) =>
    `${file} повреждён или записан не до конца (файл обрезан). Скопируйте исходный файл заново или откройте его в Excel и сохраните снова.`,
  refusedNotDocument: (file) =>
    `${file} — не книга Excel, не документ Word и не текст. Сохраните план в Excel как .xlsx.`,
  generatedSheet: (file, sheet, plan) =>
    `Лист «${sheet}» файла ${file} создан самой Reja (отчёт, сводка или настройки) — это не план.` +
    (plan ? ` Укажите лист плана: --sheet "${plan}".` : ` Укажите лист с таблицей плана через --sheet.`),
  textLostCharacters: (file, count, line, sample) =>
    `предупреждение: в ${file} вместо букв стоит «?» (всего: ${count}; первая — в строке ${line}: «${sample}»): программа, сохранившая файл, не смогла их записать. Сохраните файл заново как «Текст Юникод» или UTF-8.`,
  textInvalidBytes: (file, count) =>
    `предупреждение: в ${file} есть испорченные символы (всего: ${count}; показаны как «�»). Сохраните файл заново как «Текст Юникод» или UTF-8.`,
  textUncertainEncoding: (file, line, sample) =>
    `предупреждение: ${file} прочитан как Windows-1251, но в словах строки ${line} смешаны латинские и кириллические буквы («${sample}»): возможно, кодировка другая. Сохраните файл заново как «Текст Юникод» или UTF-8.`,
  unreadableDocx: (file) =>
    `${file} не читается как документ Word (.docx): пересохраните его в Word как .docx`,
  docxDone: (output, items) => `${output}: документ Word, пунктов: ${items}`,
};
