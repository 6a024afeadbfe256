/** Uzbek (Latin) messages — the default language. */
import { formatNumber as n, formatPercent as pct, opt, roman, type Catalogue, type Params } from "./format";

const num = (v: string | number | undefined) => n(v, "uz");

function field(p: Params): string {
  if (p.field === "fact") return `${roman(p.quarter)} chorak fakti`;
  if (p.field === "previous_fact") return `O'tgan yil fakti`;
  return "Reja miqdori";
}

export const uz: Catalogue = {
  "number.invalid": (p) =>
    (p.text === "" ? `Tartib raqami yozilmagan.` : `"${p.text}" tartib raqami noto'g'ri.`) +
    ` Raqamni "4", "4.1" yoki "4.1." ko'rinishida yozing.`,
  "number.duplicate": (p) => `${p.number} raqami takrorlangan (birinchisi ${p.first} katakda).`,
  "number.order": (p) => `${p.number} raqami oldingi ${p.previous} raqamidan kichik: tartib buzilgan.`,
  "subitem.orphan": (p) => `${p.number} kichik bandining asosiy ${p.parent} bandi yo'q.`,
  "unit.missing": () => `O'lchov birligi ko'rsatilmagan.`,
  "unit.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `"${p.unit}" o'lchov birligi lug'atda yo'q. ` +
      (s ? `"${s}" nazarda tutilganmi?` : `Lug'atdagi birlikni tanlang yoki uni lug'atga qo'shing.`)
    );
  },
  "quantity.invalid": (p) => {
    if (p.reason === "negative") return `${field(p)} manfiy bo'lishi mumkin emas: "${p.text}".`;
    if (p.reason === "fractional") return `${field(p)} butun son bo'lishi kerak: "${p.text}" kasr son.`;
    return `${field(p)} son emas: "${p.text}". Miqdorni raqam bilan yozing.`;
  },
  "plan.below_fact": (p) =>
    p.year === undefined
      ? `Reja (${num(p.plan)}) o'tgan yil faktidan (${num(p.fact)}) kam.`
      : `${p.year}-yil rejasi (${num(p.plan)}) ${p.previousYear}-yil faktidan (${num(p.fact)}) kam.`,
  "subitems.sum_mismatch": (p) =>
    `Kichik bandlar rejalarining yig'indisi (${num(p.sum)}) ${p.number}-band rejasiga (${num(p.plan)}) teng emas.`,
  "deadline.missing": () => `Bajarilish muddati ko'rsatilmagan.`,
  "deadline.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `"${p.text}" muddati tushunarsiz. ` +
      (s ? `"${s}" nazarda tutilganmi?` : `Masalan: "yil davomida", "har chorakda", "II chorak".`)
    );
  },
  "deadline.wrong_year": (p) => `Muddatda ${p.year}-yil yozilgan, reja esa ${p.planYear}-yil uchun.`,
  "responsible.missing": () => `Mas'ul ko'rsatilmagan.`,
  "responsible.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `"${p.name}" mas'ullar lug'atida yo'q. ` +
      (s ? `"${s}" nazarda tutilganmi?` : `Lug'atdagi nomni tanlang yoki uni lug'atga qo'shing.`)
    );
  },
  "fact.missing": (p) => `${roman(p.quarter)} chorak fakti kiritilmagan.`,
  "fact.suspicious": (p) =>
    `Yil boshidan fakt (${num(p.fact)}) yillik rejaning (${num(p.plan)}) ${pct(p.percent, "uz")}ini tashkil etadi. Xato yozilmaganmi?`,
  "note.missing": (p) =>
    (p.percent === undefined
      ? `Davr rejasi bajarilmagan.`
      : `Davr rejasi ${pct(p.percent, "uz")} bajarilgan.`) +
    ` Ortda qolish sababini "${p.note}" ustunida yozing.`,
  "number.converted": (p) =>
    `Excel tartib raqamini sanaga aylantirgan (${p.shown}); u ${p.number} deb o'qildi. № ustunini "Matn" formatiga o'tkazing va ${p.number} ni qayta yozing.`,
  "cell.invalid_chars": (p) =>
    `Katakda Excel saqlay olmaydigan ${p.count} ta belgi bor edi; ular olib tashlandi. Matnni tekshiring.`,
  "cell.too_long": (p) =>
    `Katakdagi matn ${p.length} belgidan iborat, Excel katagiga esa ko'pi bilan ${p.limit} belgi sig'adi: matn qisqartirildi ("…[qisqartirildi]"). Uni bir necha katakka bo'ling.`,
  "column.missing": (p) =>
    `"${p.column}" ustuni topilmadi (sarlavhasi o'zgartirilgan yoki o'chirilgan): u to'ldirilmaydi va hisobotga kirmaydi. Sarlavhani "${p.column}" deb qayta yozing.`,
  "text.lost_characters": (p) =>
    `Faylda ${p.count} ta harf o'rnida "?" turibdi (birinchisi shu katakda: "${p.sample}"): faylni saqlagan dastur bu harflarni yoza olmagan. Faylni "Unicode matn" yoki UTF-8 sifatida qayta saqlang.`,
  "text.invalid_bytes": (p) =>
    `Faylda ${p.count} ta buzilgan belgi bor (o'rnida "�", birinchisi shu katakda). Faylni "Unicode matn" yoki UTF-8 sifatida qayta saqlang.`,
  "text.uncertain_encoding": (p) =>
    `Fayl Windows-1251 sifatida o'qildi, lekin ${p.count} ta so'zda lotin va kirill harflari aralash (birinchisi shu katakda: "${p.sample}"): kodlash boshqa bo'lishi mumkin. Faylni "Unicode matn" yoki UTF-8 sifatida qayta saqlang.`,
};
