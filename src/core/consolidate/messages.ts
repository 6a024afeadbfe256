/** Texts of the consolidation (problems and the regional sheets) in the four languages, checked complete by type. */
import type { Lang } from "../model";
import type { ProblemCode, ProblemParams } from "./problems";

type P = ProblemParams;
const s = (v: string | number | undefined): string => (v === undefined ? "" : String(v));

export interface ConsolidationTexts {
  problems: Record<ProblemCode, (p: P) => string>;
  severity: { error: string; warning: string; info: string };
  scorecardTitle: (year: string, period: string) => string;
  scorecardHeaders: readonly [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  unusable: string;
  itemsTitle: (year: string, period: string) => string;
  itemsHeaders: readonly [string, string, string, string, string, string, string, string, string, string];
  partialTitle: (year: string, period: string) => string;
  partialHeaders: readonly [string, string, string, string, string, string, string, string];
  problemsTitle: (year: string, period: string) => string;
  problemsHeaders: readonly [string, string, string, string, string, string];
  noProblems: string;
  mappingTitle: string;
  mappingHelp: string;
  mappingHeaders: readonly [string, string, string, string, string, string, string, string];
  matchKinds: { exact: string; auto: string; manual: string; alone: string; weak: string; ambiguous: string };
  chartTitle: string;
}

const uz: ConsolidationTexts = {
  problems: {
    "file.unreadable": (p) => `Faylni reja sifatida o'qib bo'lmadi: ${s(p.reason)}`,
    "district.other_year": (p) => `Reja yili ${s(p.year)}, boshqa tumanlarniki ${s(p.expected)}: qo'shilmadi`,
    "district.other_quarter": (p) =>
      `Faktlar ${s(p.last)}-chorakkacha, yig'ma ${s(p.quarter)}-chorak uchun: boshqa chorak fayli, qo'shilmadi`,
    "district.duplicate": (p) =>
      `Shu tuman va yil ikkinchi marta berilgan (birinchisi: ${s(p.first)}): bir marta hisoblandi`,
    "district.same_content": (p) => `Mazmuni ${s(p.first)} fayli bilan bir xil: bir marta hisoblandi`,
    "district.no_tracking": () => "Chorak faktlari ustunlari yo'q: faktlar kiritilmagan",
    "district.no_facts": (p) => `${s(p.quarter)}-chorak faktlari kiritilmagan`,
    "plan.finding": (p) => s(p.text),
    "plan.facts_missing": (p) => `${s(p.count)} ta ko'rsatkichning ${s(p.quarter)}-chorak fakti yo'q`,
    "plan.notes_missing": (p) => `Rejadan orqada qolgan ${s(p.count)} ta ko'rsatkichda izoh yo'q`,
    "match.weak": (p) =>
      `"${s(p.name)}" ${s(p.candidateDistrict)}dagi "${s(p.candidate)}" bandiga o'xshaydi (ball ${s(p.score)}), lekin birlashtirilmadi: "Moslashtirish" varag'ida tasdiqlang`,
    "match.ambiguous": (p) =>
      `"${s(p.name)}" ikki bandga bir xil o'xshaydi ("${s(p.candidate)}" va "${s(p.other)}", ball ${s(p.score)}): birlashtirilmadi`,
    "mapping.unused": (p) =>
      `"Moslashtirish" tuzatishi bajarilmadi: "${s(p.name)}" → ${s(p.group)} (${s(p.reason)})`,
  },
  severity: { error: "Xato", warning: "Ogohlantirish", info: "Ma'lumot" },
  scorecardTitle: (year, period) =>
    `${year}-yil ${period}: tumanlar (shaharlar) ish rejalari ijrosi reytingi`,
  scorecardHeaders: [
    "№",
    "Tuman (shahar)",
    "Bajarilish %",
    "Bandlar",
    "Ko'rsatkichlar",
    "Bajarildi",
    "Qisman",
    "Bajarilmadi",
    "Jarayonda",
    "Muddati kelmagan",
    "Muddatsiz",
    "Xatolar",
    "Fakt yo'q",
    "Izoh yo'q",
    "Manba fayl",
    "Fayl sanasi",
  ],
  unusable: "qo'shilmadi",
  itemsTitle: (year, period) => `${year}-yil ${period}: ko'pchilik tumanlarda bor bandlar, viloyat jami`,
  itemsHeaders: [
    "Guruh",
    "№",
    "Nomi",
    "O'lchov birligi",
    "Tumanlar",
    "Reja (jami)",
    "Davr rejasi",
    "Yil boshidan fakt",
    "Bajarilish %",
    "Orqada qolgan tumanlar",
  ],
  partialTitle: (year, period) =>
    `${year}-yil ${period}: faqat ayrim tumanlarda (yarmi yoki kamida) bor bandlar`,
  partialHeaders: [
    "Guruh",
    "№",
    "Nomi",
    "O'lchov birligi",
    "Tumanlar soni",
    "Qaysi tumanlarda",
    "Yil boshidan fakt",
    "Bajarilish %",
  ],
  problemsTitle: (year, period) => `${year}-yil ${period}: yig'ishdagi muammolar (avval xatolar)`,
  problemsHeaders: ["Darajasi", "Tuman (shahar)", "Kod", "Band", "Katak", "Muammo"],
  noProblems: "Muammo topilmadi",
  mappingTitle: "Moslashtirish: bandlarning guruhlari",
  mappingHelp:
    "Bir xil ma'noli bandlar bir guruhda. Tuzatish ustuniga boshqa guruh kodini yozing (shu guruhga qo'shish) yoki \"-\" (alohida qoldirish); keyingi yig'ishda hisobga olinadi.",
  mappingHeaders: ["Guruh", "Tuman (shahar)", "№", "Nomi", "O'lchov birligi", "Ball", "Holat", "Tuzatish"],
  matchKinds: {
    exact: "bir xil",
    auto: "o'xshash",
    manual: "qo'lda",
    alone: "yakka",
    weak: "zaif o'xshashlik",
    ambiguous: "noaniq",
  },
  chartTitle: "Bajarilish % tumanlar bo'yicha",
};

const uzCyrl: ConsolidationTexts = {
  problems: {
    "file.unreadable": (p) => `Файлни режа сифатида ўқиб бўлмади: ${s(p.reason)}`,
    "district.other_year": (p) => `Режа йили ${s(p.year)}, бошқа туманларники ${s(p.expected)}: қўшилмади`,
    "district.other_quarter": (p) =>
      `Фактлар ${s(p.last)}-чоракгача, йиғма ${s(p.quarter)}-чорак учун: бошқа чорак файли, қўшилмади`,
    "district.duplicate": (p) =>
      `Шу туман ва йил иккинчи марта берилган (биринчиси: ${s(p.first)}): бир марта ҳисобланди`,
    "district.same_content": (p) => `Мазмуни ${s(p.first)} файли билан бир хил: бир марта ҳисобланди`,
    "district.no_tracking": () => "Чорак фактлари устунлари йўқ: фактлар киритилмаган",
    "district.no_facts": (p) => `${s(p.quarter)}-чорак фактлари киритилмаган`,
    "plan.finding": (p) => s(p.text),
    "plan.facts_missing": (p) => `${s(p.count)} та кўрсаткичнинг ${s(p.quarter)}-чорак факти йўқ`,
    "plan.notes_missing": (p) => `Режадан орқада қолган ${s(p.count)} та кўрсаткичда изоҳ йўқ`,
    "match.weak": (p) =>
      `"${s(p.name)}" ${s(p.candidateDistrict)}даги "${s(p.candidate)}" бандига ўхшайди (балл ${s(p.score)}), лекин бирлаштирилмади: "Moslashtirish" варағида тасдиқланг`,
    "match.ambiguous": (p) =>
      `"${s(p.name)}" икки бандга бир хил ўхшайди ("${s(p.candidate)}" ва "${s(p.other)}", балл ${s(p.score)}): бирлаштирилмади`,
    "mapping.unused": (p) =>
      `"Moslashtirish" тузатиши бажарилмади: "${s(p.name)}" → ${s(p.group)} (${s(p.reason)})`,
  },
  severity: { error: "Хато", warning: "Огоҳлантириш", info: "Маълумот" },
  scorecardTitle: (year, period) => `${year}-йил ${period}: туманлар (шаҳарлар) иш режалари ижроси рейтинги`,
  scorecardHeaders: [
    "№",
    "Туман (шаҳар)",
    "Бажарилиш %",
    "Бандлар",
    "Кўрсаткичлар",
    "Бажарилди",
    "Қисман",
    "Бажарилмади",
    "Жараёнда",
    "Муддати келмаган",
    "Муддатсиз",
    "Хатолар",
    "Факт йўқ",
    "Изоҳ йўқ",
    "Манба файл",
    "Файл санаси",
  ],
  unusable: "қўшилмади",
  itemsTitle: (year, period) => `${year}-йил ${period}: кўпчилик туманларда бор бандлар, вилоят жами`,
  itemsHeaders: [
    "Гуруҳ",
    "№",
    "Номи",
    "Ўлчов бирлиги",
    "Туманлар",
    "Режа (жами)",
    "Давр режаси",
    "Йил бошидан факт",
    "Бажарилиш %",
    "Орқада қолган туманлар",
  ],
  partialTitle: (year, period) => `${year}-йил ${period}: фақат айрим туманларда бор бандлар`,
  partialHeaders: [
    "Гуруҳ",
    "№",
    "Номи",
    "Ўлчов бирлиги",
    "Туманлар сони",
    "Қайси туманларда",
    "Йил бошидан факт",
    "Бажарилиш %",
  ],
  problemsTitle: (year, period) => `${year}-йил ${period}: йиғишдаги муаммолар (аввал хатолар)`,
  problemsHeaders: ["Даражаси", "Туман (шаҳар)", "Код", "Банд", "Катак", "Муаммо"],
  noProblems: "Муаммо топилмади",
  mappingTitle: "Мослаштириш: бандларнинг гуруҳлари",
  mappingHelp:
    'Бир хил маъноли бандлар бир гуруҳда. Тузатиш устунига бошқа гуруҳ кодини ёзинг (шу гуруҳга қўшиш) ёки "-" (алоҳида қолдириш); кейинги йиғишда ҳисобга олинади.',
  mappingHeaders: ["Гуруҳ", "Туман (шаҳар)", "№", "Номи", "Ўлчов бирлиги", "Балл", "Ҳолат", "Тузатиш"],
  matchKinds: {
    exact: "бир хил",
    auto: "ўхшаш",
    manual: "қўлда",
    alone: "якка",
    weak: "заиф ўхшашлик",
    ambiguous: "ноаниқ",
  },
  chartTitle: "Бажарилиш % туманлар бўйича",
};

const ru: ConsolidationTexts = {
  problems: {
    "file.unreadable": (p) => `Файл не читается как план: ${s(p.reason)}`,
    "district.other_year": (p) =>
      `План на ${s(p.year)} год, у остальных районов ${s(p.expected)}: не включён`,
    "district.other_quarter": (p) =>
      `Факты только до ${s(p.last)}-го квартала, свод за ${s(p.quarter)}-й: файл другого квартала, не включён`,
    "district.duplicate": (p) =>
      `Тот же район и год указан второй раз (первый: ${s(p.first)}): учтён один раз`,
    "district.same_content": (p) => `Содержимое совпадает с файлом ${s(p.first)}: учтён один раз`,
    "district.no_tracking": () => "Нет столбцов квартальных фактов: факты не внесены",
    "district.no_facts": (p) => `Факты за ${s(p.quarter)}-й квартал не внесены`,
    "plan.finding": (p) => s(p.text),
    "plan.facts_missing": (p) => `Нет факта за ${s(p.quarter)}-й квартал у ${s(p.count)} показателей`,
    "plan.notes_missing": (p) => `Нет пояснения у ${s(p.count)} отстающих показателей`,
    "match.weak": (p) =>
      `«${s(p.name)}» похож на пункт «${s(p.candidate)}» (${s(p.candidateDistrict)}), балл ${s(p.score)}, но не объединён: подтвердите на листе «Moslashtirish»`,
    "match.ambiguous": (p) =>
      `«${s(p.name)}» одинаково похож на два пункта («${s(p.candidate)}» и «${s(p.other)}», балл ${s(p.score)}): не объединён`,
    "mapping.unused": (p) =>
      `Исправление на листе «Moslashtirish» не применено: «${s(p.name)}» → ${s(p.group)} (${s(p.reason)})`,
  },
  severity: { error: "Ошибка", warning: "Предупреждение", info: "Сведение" },
  scorecardTitle: (year, period) => `${year} год, ${period}: рейтинг исполнения планов районов (городов)`,
  scorecardHeaders: [
    "№",
    "Район (город)",
    "Выполнение %",
    "Пункты",
    "Показатели",
    "Выполнено",
    "Частично",
    "Не выполнено",
    "В процессе",
    "Срок не наступил",
    "Без срока",
    "Ошибки",
    "Нет факта",
    "Нет пояснения",
    "Исходный файл",
    "Дата файла",
  ],
  unusable: "не включён",
  itemsTitle: (year, period) => `${year} год, ${period}: пункты большинства районов, итог по области`,
  itemsHeaders: [
    "Группа",
    "№",
    "Наименование",
    "Единица",
    "Районы",
    "План (итого)",
    "План периода",
    "Факт с начала года",
    "Выполнение %",
    "Отстающие районы",
  ],
  partialTitle: (year, period) => `${year} год, ${period}: пункты только некоторых районов`,
  partialHeaders: [
    "Группа",
    "№",
    "Наименование",
    "Единица",
    "Число районов",
    "В каких районах",
    "Факт с начала года",
    "Выполнение %",
  ],
  problemsTitle: (year, period) => `${year} год, ${period}: проблемы свода (сначала ошибки)`,
  problemsHeaders: ["Уровень", "Район (город)", "Код", "Пункт", "Ячейка", "Проблема"],
  noProblems: "Проблем не найдено",
  mappingTitle: "Сопоставление: группы пунктов",
  mappingHelp:
    "Пункты с одинаковым смыслом в одной группе. В столбце «Исправление» укажите код другой группы (добавить в неё) или «-» (оставить отдельно); следующий свод это учтёт.",
  mappingHeaders: [
    "Группа",
    "Район (город)",
    "№",
    "Наименование",
    "Единица",
    "Балл",
    "Состояние",
    "Исправление",
  ],
  matchKinds: {
    exact: "совпадает",
    auto: "похож",
    manual: "вручную",
    alone: "отдельно",
    weak: "слабое сходство",
    ambiguous: "неоднозначно",
  },
  chartTitle: "Выполнение % по районам",
};

const en: ConsolidationTexts = {
  problems: {
    "file.unreadable": (p) => `The file cannot be read as a plan: ${s(p.reason)}`,
    "district.other_year": (p) =>
      `A plan for ${s(p.year)}, the other districts' for ${s(p.expected)}: not merged`,
    "district.other_quarter": (p) =>
      `Facts only up to quarter ${s(p.last)}, the consolidation is for quarter ${s(p.quarter)}: another quarter's file, not merged`,
    "district.duplicate": (p) =>
      `The same district and year given again (first: ${s(p.first)}): counted once`,
    "district.same_content": (p) => `Same content as ${s(p.first)}: counted once`,
    "district.no_tracking": () => "No quarter fact columns: no facts entered",
    "district.no_facts": (p) => `No facts entered for quarter ${s(p.quarter)}`,
    "plan.finding": (p) => s(p.text),
    "plan.facts_missing": (p) => `${s(p.count)} indicators have no fact for quarter ${s(p.quarter)}`,
    "plan.notes_missing": (p) => `${s(p.count)} indicators behind plan have no note`,
    "match.weak": (p) =>
      `"${s(p.name)}" resembles "${s(p.candidate)}" (${s(p.candidateDistrict)}), score ${s(p.score)}, but was not merged: confirm it on the "Moslashtirish" sheet`,
    "match.ambiguous": (p) =>
      `"${s(p.name)}" resembles two items equally ("${s(p.candidate)}" and "${s(p.other)}", score ${s(p.score)}): not merged`,
    "mapping.unused": (p) =>
      `A "Moslashtirish" correction was not applied: "${s(p.name)}" → ${s(p.group)} (${s(p.reason)})`,
  },
  severity: { error: "Error", warning: "Warning", info: "Info" },
  scorecardTitle: (year, period) => `${year}, ${period}: districts ranked by plan completion`,
  scorecardHeaders: [
    "№",
    "District (city)",
    "Completion %",
    "Items",
    "Indicators",
    "Done",
    "Partial",
    "Not done",
    "In progress",
    "Not due",
    "Unscheduled",
    "Errors",
    "Facts missing",
    "Notes missing",
    "Source file",
    "File date",
  ],
  unusable: "not merged",
  itemsTitle: (year, period) => `${year}, ${period}: items most districts have, region totals`,
  itemsHeaders: [
    "Group",
    "№",
    "Name",
    "Unit",
    "Districts",
    "Plan (total)",
    "Period target",
    "Facts to date",
    "Completion %",
    "Districts behind",
  ],
  partialTitle: (year, period) => `${year}, ${period}: items only some districts have`,
  partialHeaders: [
    "Group",
    "№",
    "Name",
    "Unit",
    "Districts",
    "Which districts",
    "Facts to date",
    "Completion %",
  ],
  problemsTitle: (year, period) => `${year}, ${period}: consolidation problems (errors first)`,
  problemsHeaders: ["Severity", "District (city)", "Code", "Item", "Cell", "Problem"],
  noProblems: "No problems found",
  mappingTitle: "Mapping: groups of items",
  mappingHelp:
    'Items with the same meaning share a group. Write another group\'s code in the Correction column (join that group) or "-" (keep apart); the next consolidation follows it.',
  mappingHeaders: ["Group", "District (city)", "№", "Name", "Unit", "Score", "State", "Correction"],
  matchKinds: {
    exact: "identical",
    auto: "similar",
    manual: "by hand",
    alone: "alone",
    weak: "weak match",
    ambiguous: "ambiguous",
  },
  chartTitle: "Completion % by district",
};

export const CONSOLIDATION_TEXTS: Record<Lang, ConsolidationTexts> = { uz, "uz-Cyrl": uzCyrl, ru, en };
