/** Uzbek (Cyrillic) messages. User text inside quotes stays as written. */
import { formatNumber as n, formatPercent as pct, opt, roman, type Catalogue, type Params } from "./format";

const num = (v: string | number | undefined) => n(v, "uz-Cyrl");

function field(p: Params): string {
  if (p.field === "fact") return `${roman(p.quarter)} чорак факти`;
  if (p.field === "previous_fact") return `Ўтган йил факти`;
  return "Режа миқдори";
}

export const uzCyrl: Catalogue = {
  "number.invalid": (p) =>
    (p.text === "" ? `Тартиб рақами ёзилмаган.` : `"${p.text}" тартиб рақами нотўғри.`) +
    ` Рақамни "4", "4.1" ёки "4.1." кўринишида ёзинг.`,
  "number.duplicate": (p) => `${p.number} рақами такрорланган (биринчиси ${p.first} катакда).`,
  "number.order": (p) => `${p.number} рақами олдинги ${p.previous} рақамидан кичик: тартиб бузилган.`,
  "subitem.orphan": (p) => `${p.number} кичик бандининг асосий ${p.parent} банди йўқ.`,
  "unit.missing": () => `Ўлчов бирлиги кўрсатилмаган.`,
  "unit.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `"${p.unit}" ўлчов бирлиги луғатда йўқ. ` +
      (s ? `"${s}" назарда тутилганми?` : `Луғатдаги бирликни танланг ёки уни луғатга қўшинг.`)
    );
  },
  "quantity.invalid": (p) => {
    if (p.reason === "negative") return `${field(p)} манфий бўлиши мумкин эмас: "${p.text}".`;
    if (p.reason === "fractional") return `${field(p)} бутун сон бўлиши керак: "${p.text}" каср сон.`;
    return `${field(p)} сон эмас: "${p.text}". Миқдорни рақам билан ёзинг.`;
  },
  "plan.below_fact": (p) =>
    p.year === undefined
      ? `Режа (${num(p.plan)}) ўтган йил фактидан (${num(p.fact)}) кам.`
      : `${p.year}-йил режаси (${num(p.plan)}) ${p.previousYear}-йил фактидан (${num(p.fact)}) кам.`,
  "subitems.sum_mismatch": (p) =>
    `Кичик бандлар режаларининг йиғиндиси (${num(p.sum)}) ${p.number}-банд режасига (${num(p.plan)}) тенг эмас.`,
  "deadline.missing": () => `Бажарилиш муддати кўрсатилмаган.`,
  "deadline.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `"${p.text}" муддати тушунарсиз. ` +
      (s ? `"${s}" назарда тутилганми?` : `Масалан: "йил давомида", "ҳар чоракда", "II чорак".`)
    );
  },
  "deadline.wrong_year": (p) => `Муддатда ${p.year}-йил ёзилган, режа эса ${p.planYear}-йил учун.`,
  "responsible.missing": () => `Масъул кўрсатилмаган.`,
  "responsible.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `"${p.name}" масъуллар луғатида йўқ. ` +
      (s ? `"${s}" назарда тутилганми?` : `Луғатдаги номни танланг ёки уни луғатга қўшинг.`)
    );
  },
  "fact.missing": (p) => `${roman(p.quarter)} чорак факти киритилмаган.`,
  "fact.suspicious": (p) =>
    `Йил бошидан факт (${num(p.fact)}) йиллик режанинг (${num(p.plan)}) ${pct(p.percent, "uz-Cyrl")}ини ташкил этади. Хато ёзилмаганми?`,
  "note.missing": (p) =>
    (p.percent === undefined
      ? `Давр режаси бажарилмаган.`
      : `Давр режаси ${pct(p.percent, "uz-Cyrl")} бажарилган.`) +
    ` Ортда қолиш сабабини "${p.note}" устунида ёзинг.`,
  "number.converted": (p) =>
    `Excel тартиб рақамини санага айлантирган (${p.shown}); у ${p.number} деб ўқилди. № устунини "Матн" форматига ўтказинг ва ${p.number} ни қайта ёзинг.`,
  "cell.invalid_chars": (p) =>
    `Катакда Excel сақлай олмайдиган ${p.count} та белги бор эди; улар олиб ташланди. Матнни текширинг.`,
  "cell.too_long": (p) =>
    `Катакдаги матн ${p.length} белгидан иборат, Excel катагига эса кўпи билан ${p.limit} белги сиғади: матн қисқартирилди ("…[qisqartirildi]"). Уни бир нечта катакка бўлинг.`,
  "column.missing": (p) =>
    `"${p.column}" устуни топилмади (сарлавҳаси ўзгартирилган ёки ўчирилган): у тўлдирилмайди ва ҳисоботга кирмайди. Сарлавҳани "${p.column}" деб қайта ёзинг.`,
  "text.lost_characters": (p) =>
    `Файлда ${p.count} та ҳарф ўрнида "?" турибди (биринчиси шу катакда: "${p.sample}"): файлни сақлаган дастур бу ҳарфларни ёза олмаган. Файлни "Unicode матн" ёки UTF-8 сифатида қайта сақланг.`,
  "text.invalid_bytes": (p) =>
    `Файлда ${p.count} та бузилган белги бор (ўрнида "�", биринчиси шу катакда). Файлни "Unicode матн" ёки UTF-8 сифатида қайта сақланг.`,
  "text.uncertain_encoding": (p) =>
    `Файл Windows-1251 сифатида ўқилди, лекин ${p.count} та сўзда лотин ва кирилл ҳарфлари аралаш (биринчиси шу катакда: "${p.sample}"): кодлаш бошқа бўлиши мумкин. Файлни "Unicode матн" ёки UTF-8 сифатида қайта сақланг.`,
};
