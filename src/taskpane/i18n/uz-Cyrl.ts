/** Uzbek (Cyrillic). */
import { statusTexts } from "./status";
import type { Catalogue } from "./catalogue";

export const uzCyrl: Catalogue = {
  "app.title": "Reja",
  "app.subtitle": "Иш режаси ёрдамчиси",
  "lang.label": "Панел тили",

  "quarter.label": "Ҳисобот чораги",
  "quarter.option": "{roman} чорак",
  "quarter.saving": "Чорак сақланмоқда…",

  "settings.title": "Созламалар",
  "settings.district": "Туман ёки шаҳар",
  "settings.districtKind": "Тури",
  "settings.districtKind.tuman": "туман",
  "settings.districtKind.shahar": "шаҳар",
  "settings.region": "Вилоят маркази (ҳисобот кимга)",
  "settings.year": "Режа йили",
  "settings.director": "Директор (ҳисоботни имзолайди)",
  "settings.approver": "Келишувчи (вилоят директори)",
  "settings.tolerance": "Четланиш чегараси, %",
  "settings.lang": "Иш китоби тили",
  "settings.save": "Созламаларни сақлаш",
  "settings.saving": "Сақланмоқда…",
  "settings.saved": "Созламалар иш китобига сақланди.",
  "settings.coauthor": "Созламалар иш китобида ўзгарди (ҳаммуаллифлар ҳам кўради).",
  "settings.invalidYear": "Йил 2000 ва 2100 оралиғидаги сон бўлсин.",
  "settings.invalidTolerance": "Чегара 0 дан 100 гача бўлсин.",
  "settings.failed": "Созламалар сақланмади: {error}",

  "actions.title": "Амаллар",
  "actions.setup": "Режани тайёрлаш",
  "actions.setup.hint": 'Фаол варақдаги режадан тузилган "Ish reja" варағини яратади; асл варақ ўзгармайди.',
  "actions.check": "Текшириш",
  "actions.check.hint": "Хатоларни топади ва катакларни ранг билан белгилайди.",
  "actions.fill": "Ҳолатларни тўлдириш",
  "actions.fill.hint": "Ҳисобот чораги бўйича ҳолат ва фоизларни ёзади.",
  "actions.report": "Ҳисобот яратиш",
  "actions.report.hint": "Вилоятга юбориладиган ҳисобот варағини яратади.",
  "actions.running": "{action} бажарилмоқда…",
  "actions.failed": '"{action}" бажарилмади: {error}. Қайта уриниб кўришингиз мумкин.',
  "actions.dismiss": "Ёпиш",

  "result.setup": '"{sheet}" варағи яратилди.',
  "result.check": "Текширилди: {count} та топилма.",
  "result.checkClean": "Текширилди: хато топилмади.",
  "result.fill": "{count} та катак тўлдирилди.",
  "result.report": '"{sheet}" варағи яратилди.',
  "result.reportReplaced": '"{sheet}" варағи янгиланди.',

  "problem.no_plan_sheet": '"Ish reja" варағи топилмади. Аввал "Режани тайёрлаш" ни босинг.',
  "problem.no_plan_table": "Варақда режа жадвали топилмади (№, Nomi, O'lchov birligi… сарлавҳаси).",
  "problem.already_structured": "Бу варақ аллақачон тайёрланган (кузатув устунлари бор).",
  "problem.no_tracking_columns": 'Режа варағида чорак устунлари йўқ. Аввал "Режани тайёрлаш" ни босинг.',
  "problem.name_taken": '"{sheet}" номли бошқа варақ бор; уни қайта номланг.',

  "findings.title": "Топилмалар",
  "findings.none": "Топилма йўқ.",
  "findings.notChecked": 'Ҳали текширилмаган. "Текшириш" ни босинг.',
  "findings.live": "Ҳар бир таҳрирдан кейин автоматик текширилади",
  "findings.item": "{item}-банд",
  "findings.general": "Умумий",
  "findings.cell": "Катак {cell}",
  "findings.select": "{cell} катакни танлаш: {message}",
  "findings.selectFailed": "{cell} катакни танлаб бўлмади: {error}",
  "findings.filter": "Турлари бўйича кўрсатиш ёки яшириш",
  "findings.list": "Топилмалар рўйхати",
  "severity.error": "Хато",
  "severity.warning": "Огоҳлантириш",
  "severity.info": "Маълумот",
  "severity.count.error": "{count} хато",
  "severity.count.warning": "{count} огоҳлантириш",
  "severity.count.info": "{count} маълумот",

  "summary.title": "{roman} чорак якуни",
  "summary.empty": "Режа варағи йўқ: якун кўрсатилмайди.",
  "summary.total": "Жами",
  "summary.indicators": "{count} та кўрсаткич",
  "summary.completion": "Миқдорий кўрсаткичлар бажарилиши: {percent}",
  "summary.completionNone": "Бу даврда миқдорий режа йўқ",
  "summary.chart": "Бўлимлар бўйича ҳолатлар диаграммаси",
  "summary.section": "Бўлим",
  "summary.noSection": "Бўлимсиз",
  "summary.refresh": "Янгилаш",

  ...statusTexts("uz-Cyrl"),

  "error.unknown": "номаълум хато",
  loading: "Юкланмоқда…",

  "year.title": "Тасдиқ ва кейинги йил",
  "year.state.none": "Режа ҳали тасдиқланмаган.",
  "year.state.approved":
    'Тасдиқланган: {date}, {by}. Режа устунлари (№ … Масъуллар) қулфланган; факт устунлари ва "Изоҳ" очиқ.',
  "year.state.unlocked": "Қулф очиқ: режа устунларини ўзгартириш мумкин (охирги тасдиқ: {date}, {by}).",
  "year.approve": "Тасдиқлаш ва қулфлаш",
  "year.approve.hint":
    'Тасдиқни созламалар варағига ёзади ва режа устунларини (№ … Масъуллар) қулфлайди; факт устунлари ва "Изоҳ" очиқ қолади.',
  "year.approver": "Тасдиқловчи (исм)",
  "year.approve.confirm": "Тасдиқлаш",
  "year.unlock": "Қулфни очиш",
  "year.unlock.confirm": "Қулфни очиш",
  "year.cancel": "Бекор қилиш",
  "year.undo":
    "Диққат: варақни қулфлаш ва қулфини очиш Excel'нинг бекор қилиш (Ctrl+Z) тарихини тозалайди: бундан олдинги ўзгаришларни қайтариб бўлмайди.",
  "year.changes": "Аввалги тасдиқдан кейинги ўзгаришлар",
  "year.nextYear": "Кейинги йил режаси (қоралама)",
  "year.nextYear.hint":
    "Кейинги йил режасининг қораламасини янги варақга ёзади: ўша бўлим ва бандлар, ўтган йил факти = шу йилги жами факт. Жорий режа варағи ўзгармайди.",
  "year.suggest": 'Режа миқдорларини таклиф қилиш ("Изоҳ" устунида)',
  "year.draft":
    'Бу қоралама ("{sheet}" варағи): янги режа миқдорларини киритинг ва уни бошқа режалар каби текширинг. Жорий режа варағи ўзгармади.',
  "year.draftExists":
    '"{sheet}" варағи аллақачон бор: қайта ёзилмади (унга киритилганлар сақланади). Янгисини яратиш учун уни ўчиринг ёки номини ўзгартиринг.',
  "year.failed": "Амал бажарилмади: {error}",
  "year.running": "Бажарилмоқда…",
  "problem.generated_sheet":
    '"{sheet}" варағини Режа ўзи яратган (ҳисобот, жамланма ёки созламалар) — у режа эмас. Режа жадвали бор варақни очинг ва "Режани тайёрлаш" ни қайта босинг.',
  "actions.setupWord": "Word файлидан тайёрлаш…",
  "actions.setupWord.hint":
    'Word ҳужжатидаги (.docx) режа жадвалидан тузилган "Ish reja" варағини яратади; ҳужжат ўзгармайди.',
  "problem.unreadable_docx":
    "Бу файл ўқиб бўладиган Word (.docx) ҳужжати эмас: Word'да .docx сифатида қайта сақланг.",
};
