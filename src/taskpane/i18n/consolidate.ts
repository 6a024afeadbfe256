/** The consolidation panel's words (the regional centre's part of the pane), in the four languages. */
import type { Lang } from "../../core";

export interface ConsolidateTexts {
  title: string;
  hint: string;
  quarter: string;
  pick: string;
  reading: (count: number) => string;
  done: (districts: number, problems: number) => string;
  skipped: (files: string) => string;
  noDistrict: string;
  nameTaken: (sheet: string) => string;
  failed: (reason: string) => string;
}

export const CONSOLIDATE_TEXTS: Record<Lang, ConsolidateTexts> = {
  uz: {
    title: "Viloyat: tumanlar rejalarini yig'ish",
    hint: "Tumanlarning .xlsx fayllarini tanlang (bir nechtasini birdan). Yig'ma varaqlar shu kitobga yoziladi; Reja o'z varaqlarinigina almashtiradi.",
    quarter: "Chorak",
    pick: "Tuman fayllarini tanlash…",
    reading: (n) => `${n} ta fayl o'qilmoqda…`,
    done: (d, p) => `${d} ta tuman yig'ildi; muammolar: ${p}. Birinchi varaq: reyting.`,
    skipped: (f) => `O'tkazib yuborildi (Reja yozgan yig'ma): ${f}`,
    noDistrict: "Tanlangan fayllarda tuman rejasi topilmadi.",
    nameTaken: (s) => `"${s}" varag'i Reja'niki emas: nomini o'zgartiring va qayta urining.`,
    failed: (r) => `Yig'ib bo'lmadi: ${r}`,
  },
  "uz-Cyrl": {
    title: "Вилоят: туманлар режаларини йиғиш",
    hint: "Туманларнинг .xlsx файлларини танланг (бир нечтасини бирдан). Йиғма варақлар шу китобга ёзилади; Reja ўз варақларинигина алмаштиради.",
    quarter: "Чорак",
    pick: "Туман файлларини танлаш…",
    reading: (n) => `${n} та файл ўқилмоқда…`,
    done: (d, p) => `${d} та туман йиғилди; муаммолар: ${p}. Биринчи варақ: рейтинг.`,
    skipped: (f) => `Ўтказиб юборилди (Reja ёзган йиғма): ${f}`,
    noDistrict: "Танланган файлларда туман режаси топилмади.",
    nameTaken: (s) => `"${s}" варағи Reja'ники эмас: номини ўзгартиринг ва қайта уриниб кўринг.`,
    failed: (r) => `Йиғиб бўлмади: ${r}`,
  },
  ru: {
    title: "Область: свод планов районов",
    hint: "Выберите .xlsx-файлы районов (можно несколько сразу). Сводные листы будут записаны в эту книгу; Reja заменяет только свои листы.",
    quarter: "Квартал",
    pick: "Выбрать файлы районов…",
    reading: (n) => `Чтение файлов: ${n}…`,
    done: (d, p) => `Сведено районов: ${d}; проблем: ${p}. Первый лист — рейтинг.`,
    skipped: (f) => `Пропущено (свод, сделанный Reja): ${f}`,
    noDistrict: "В выбранных файлах нет плана района.",
    nameTaken: (s) => `Лист «${s}» не принадлежит Reja: переименуйте его и повторите.`,
    failed: (r) => `Свод не выполнен: ${r}`,
  },
  en: {
    title: "Region: consolidate the districts' plans",
    hint: "Pick the districts' .xlsx files (several at once). The regional sheets are written into this workbook; Reja replaces only its own sheets.",
    quarter: "Quarter",
    pick: "Pick district files…",
    reading: (n) => `Reading ${n} files…`,
    done: (d, p) => `${d} districts consolidated; problems: ${p}. The first sheet is the scorecard.`,
    skipped: (f) => `Skipped (a consolidation Reja wrote): ${f}`,
    noDistrict: "No district plan in the picked files.",
    nameTaken: (s) => `The sheet "${s}" is not Reja's: rename it and try again.`,
    failed: (r) => `Could not consolidate: ${r}`,
  },
};
