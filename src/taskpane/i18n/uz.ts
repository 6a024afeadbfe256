/** Uzbek (Latin): the pane's default language and the source of the message keys. Placeholders: {name}. */
import { statusTexts } from "./status";
export const uz = {
  "app.title": "Reja",
  "app.subtitle": "Ish rejasi yordamchisi",
  "lang.label": "Panel tili",

  "quarter.label": "Hisobot choragi",
  "quarter.option": "{roman} chorak",
  "quarter.saving": "Chorak saqlanmoqda…",

  "settings.title": "Sozlamalar",
  "settings.district": "Tuman yoki shahar",
  "settings.districtKind": "Turi",
  "settings.districtKind.tuman": "tuman",
  "settings.districtKind.shahar": "shahar",
  "settings.region": "Viloyat markazi (hisobot kimga)",
  "settings.year": "Reja yili",
  "settings.director": "Direktor (hisobotni imzolaydi)",
  "settings.approver": "Kelishuvchi (viloyat direktori)",
  "settings.tolerance": "Chetlanish chegarasi, %",
  "settings.lang": "Ish kitobi tili",
  "settings.save": "Sozlamalarni saqlash",
  "settings.saving": "Saqlanmoqda…",
  "settings.saved": "Sozlamalar ish kitobiga saqlandi.",
  "settings.coauthor": "Sozlamalar ish kitobida o'zgardi (hammualliflar ham ko'radi).",
  "settings.invalidYear": "Yil 2000 va 2100 oralig'idagi son bo'lsin.",
  "settings.invalidTolerance": "Chegara 0 dan 100 gacha bo'lsin.",
  "settings.failed": "Sozlamalar saqlanmadi: {error}",

  "actions.title": "Amallar",
  "actions.setup": "Rejani tayyorlash",
  "actions.setup.hint":
    "Faol varaqdagi rejadan tuzilgan \"Ish reja\" varag'ini yaratadi; asl varaq o'zgarmaydi.",
  "actions.check": "Tekshirish",
  "actions.check.hint": "Xatolarni topadi va kataklarni rang bilan belgilaydi.",
  "actions.fill": "Holatlarni to'ldirish",
  "actions.fill.hint": "Hisobot choragi bo'yicha holat va foizlarni yozadi.",
  "actions.report": "Hisobot yaratish",
  "actions.report.hint": "Viloyatga yuboriladigan hisobot varag'ini yaratadi.",
  "actions.running": "{action} bajarilmoqda…",
  "actions.failed": '"{action}" bajarilmadi: {error}. Qayta urinib ko\'rishingiz mumkin.',
  "actions.dismiss": "Yopish",

  "result.setup": '"{sheet}" varag\'i yaratildi.',
  "result.check": "Tekshirildi: {count} ta topilma.",
  "result.checkClean": "Tekshirildi: xato topilmadi.",
  "result.fill": "{count} ta katak to'ldirildi.",
  "result.report": '"{sheet}" varag\'i yaratildi.',
  "result.reportReplaced": '"{sheet}" varag\'i yangilandi.',

  "problem.no_plan_sheet": '"Ish reja" varag\'i topilmadi. Avval "Rejani tayyorlash" ni bosing.',
  "problem.no_plan_table": "Varaqda reja jadvali topilmadi (№, Nomi, O'lchov birligi… sarlavhasi).",
  "problem.already_structured": "Bu varaq allaqachon tayyorlangan (kuzatuv ustunlari bor).",
  "problem.no_tracking_columns":
    "Reja varag'ida chorak ustunlari yo'q. Avval \"Rejani tayyorlash\" ni bosing.",
  "problem.name_taken": '"{sheet}" nomli boshqa varaq bor; uni qayta nomlang.',

  "findings.title": "Topilmalar",
  "findings.none": "Topilma yo'q.",
  "findings.notChecked": 'Hali tekshirilmagan. "Tekshirish" ni bosing.',
  "findings.live": "Har bir tahrirdan keyin avtomatik tekshiriladi",
  "findings.item": "{item}-band",
  "findings.general": "Umumiy",
  "findings.cell": "Katak {cell}",
  "findings.select": "{cell} katakni tanlash: {message}",
  "findings.selectFailed": "{cell} katakni tanlab bo'lmadi: {error}",
  "findings.filter": "Turlari bo'yicha ko'rsatish yoki yashirish",
  "findings.list": "Topilmalar ro'yxati",
  "severity.error": "Xato",
  "severity.warning": "Ogohlantirish",
  "severity.info": "Ma'lumot",
  "severity.count.error": "{count} xato",
  "severity.count.warning": "{count} ogohlantirish",
  "severity.count.info": "{count} ma'lumot",

  "summary.title": "{roman} chorak yakuni",
  "summary.empty": "Reja varag'i yo'q: yakun ko'rsatilmaydi.",
  "summary.total": "Jami",
  "summary.indicators": "{count} ta ko'rsatkich",
  "summary.completion": "Miqdoriy ko'rsatkichlar bajarilishi: {percent}",
  "summary.completionNone": "Bu davrda miqdoriy reja yo'q",
  "summary.chart": "Bo'limlar bo'yicha holatlar diagrammasi",
  "summary.section": "Bo'lim",
  "summary.noSection": "Bo'limsiz",
  "summary.refresh": "Yangilash",

  ...statusTexts("uz"),

  "error.unknown": "noma'lum xato",
  loading: "Yuklanmoqda…",

  "year.title": "Tasdiq va keyingi yil",
  "year.state.none": "Reja hali tasdiqlanmagan.",
  "year.state.approved":
    'Tasdiqlangan: {date}, {by}. Reja ustunlari (№ … Mas\'ullar) qulflangan; fakt ustunlari va "Izoh" ochiq.',
  "year.state.unlocked": "Qulf ochiq: reja ustunlarini o'zgartirish mumkin (oxirgi tasdiq: {date}, {by}).",
  "year.approve": "Tasdiqlash va qulflash",
  "year.approve.hint":
    "Tasdiqni sozlamalar varag'iga yozadi va reja ustunlarini (№ … Mas'ullar) qulflaydi; fakt ustunlari va \"Izoh\" ochiq qoladi.",
  "year.approver": "Tasdiqlovchi (ism)",
  "year.approve.confirm": "Tasdiqlash",
  "year.unlock": "Qulfni ochish",
  "year.unlock.confirm": "Qulfni ochish",
  "year.cancel": "Bekor qilish",
  "year.undo":
    "Diqqat: varaqni qulflash va qulfini ochish Excel'ning bekor qilish (Ctrl+Z) tarixini tozalaydi: bundan oldingi o'zgarishlarni qaytarib bo'lmaydi.",
  "year.changes": "Avvalgi tasdiqdan keyingi o'zgarishlar",
  "year.nextYear": "Keyingi yil rejasi (qoralama)",
  "year.nextYear.hint":
    "Keyingi yil rejasining qoralamasini yangi varaqqa yozadi: o'sha bo'lim va bandlar, o'tgan yil fakti = shu yilgi jami fakt. Joriy reja varag'i o'zgarmaydi.",
  "year.suggest": 'Reja miqdorlarini taklif qilish ("Izoh" ustunida)',
  "year.draft":
    "Bu qoralama (\"{sheet}\" varag'i): yangi reja miqdorlarini kiriting va uni boshqa rejalar kabi tekshiring. Joriy reja varag'i o'zgarmadi.",
  "year.draftExists":
    "\"{sheet}\" varag'i allaqachon bor: qayta yozilmadi (unga kiritilganlar saqlanadi). Yangisini yaratish uchun uni o'chiring yoki nomini o'zgartiring.",
  "year.failed": "Amal bajarilmadi: {error}",
  "year.running": "Bajarilmoqda…",
  "problem.generated_sheet":
    '"{sheet}" varag\'ini Reja o\'zi yaratgan (hisobot, jamlanma yoki sozlamalar) — u reja emas. Reja jadvali bor varaqni oching va "Rejani tayyorlash" ni qayta bosing.',
  "actions.setupWord": "Word faylidan tayyorlash…",
  "actions.setupWord.hint":
    "Word hujjatidagi (.docx) reja jadvalidan tuzilgan \"Ish reja\" varag'ini yaratadi; hujjat o'zgarmaydi.",
  "problem.unreadable_docx":
    "Bu fayl o'qib bo'ladigan Word (.docx) hujjati emas: Word'da .docx sifatida qayta saqlang.",
} as const;

export type MessageKey = keyof typeof uz;
