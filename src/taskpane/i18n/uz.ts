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
  "settings.savedRelabelled":
    "Sozlamalar ish kitobiga saqlandi. Reja varag'idagi Reja yozgan sarlavhalar va holatlar yangi tilga o'girildi (siz o'zgartirgan sarlavhalar o'zgarmadi). Bekor qilish: Ctrl+Z.",
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
  "problem.no_plan_table": "Varaqda reja jadvali topilmadi (№, {nameColumn}, {unitColumn}… sarlavhasi).",
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
    'Tasdiqlangan: {date}, {by}. Reja ustunlari ({planColumns}) qulflangan; fakt ustunlari va "{noteColumn}" ochiq.',
  "year.state.unlocked": "Qulf ochiq: reja ustunlarini o'zgartirish mumkin (oxirgi tasdiq: {date}, {by}).",
  "year.approve": "Tasdiqlash va qulflash",
  "year.approve.hint":
    'Tasdiqni sozlamalar varag\'iga yozadi va reja ustunlarini ({planColumns}) qulflaydi; fakt ustunlari va "{noteColumn}" ochiq qoladi.',
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
  "year.suggest": 'Reja miqdorlarini taklif qilish ("{noteColumn}" ustunida)',
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
  "result.checkCounts": "Tekshirildi: {errors} xato, {warnings} ogohlantirish, {infos} ma'lumot.",
  "findings.noPlan":
    'Tekshiriladigan "Ish reja" varag\'i yo\'q. Rejani varaqqa joylashtiring va "Rejani tayyorlash" ni bosing.',
  "findings.groupCount": "{count} ta katak",
  "findings.quietFacts":
    "Faktlar hali kiritilmagan: fakt va izoh tekshiruvi birinchi fakt kiritilgach boshlanadi.",
  "code.number.invalid": "Band raqami noto'g'ri",
  "code.number.duplicate": "Band raqami takrorlangan",
  "code.number.order": "Raqamlar tartibi buzilgan",
  "code.subitem.orphan": "Kichik bandning asosiy bandi yo'q",
  "code.unit.missing": "O'lchov birligi yozilmagan",
  "code.unit.unknown": "O'lchov birligi lug'atda yo'q",
  "code.quantity.invalid": "Miqdor son emas",
  "code.plan.below_fact": "Reja o'tgan yil faktidan kam",
  "code.subitems.sum_mismatch": "Kichik bandlar yig'indisi rejaga teng emas",
  "code.deadline.missing": "Muddat yozilmagan",
  "code.deadline.unknown": "Muddat tushunilmadi",
  "code.deadline.wrong_year": "Muddat boshqa yilga tegishli",
  "code.responsible.missing": "Mas'ul yozilmagan",
  "code.responsible.unknown": "Mas'ul lug'atda yo'q",
  "code.fact.missing": "{roman} chorak fakti kiritilmagan",
  "code.fact.suspicious": "Fakt rejadan juda katta",
  "code.note.missing": "{roman} chorak: ortda qolish sababi yozilmagan",
  "fix.button": "Tuzatish: “{value}”",
  "fix.applied": '{cell} katakka "{value}" yozildi. Bekor qilish: Ctrl+Z.',
  "fix.failed": "{cell} katakka yozib bo'lmadi: {error}",
  "confirm.report": "{count} ta xato hali tuzatilmagan. Hisobot shu xatolar bilan yaratilsinmi?",
  "confirm.goOn": "Baribir yaratish",
  "confirm.goTo": "Xatolarga o'tish",
  "legend.title": "Holat ranglari",
  "legend.partialTolerated": "Qisman bajarildi, chetlanish chegarasida (izoh shart emas)",
  "legend.highlightError": "Tekshiruv: xato katak",
  "legend.highlightWarning": "Tekshiruv: ogohlantirish",
  "help.open": "Yordam",
  "help.close": "Yordamni yopish",
  "help.title": "Reja bilan ishlash",
  "help.actionsTitle": "Amallar",
  "help.setup":
    "Rejani tayyorlash: faol varaqdagi rejadan \"Ish reja\" varag'ini yaratadi (chorak fakti, holat va {noteColumn} ustunlari bilan). Asl varaq o'zgarmaydi.",
  "help.check":
    "Tekshirish: xatolarni topadi, kataklarni rang bilan belgilaydi va ro'yxatda turlari bo'yicha ko'rsatadi. Ro'yxatdagi qatorni bosing — katak tanlanadi. \"Tuzatish\" tugmasi Reja bilgan to'g'ri yozuvni katakka yozadi (Ctrl+Z bekor qiladi).",
  "help.fill":
    "Holatlarni to'ldirish: hisobot choragi bo'yicha har bir band uchun holat va bajarilish foizini yozadi.",
  "help.report":
    "Hisobot yaratish: viloyat markaziga yuboriladigan chorak hisoboti varag'ini yaratadi. Xatolar qolgan bo'lsa, Reja avval so'raydi.",
  "help.statusesTitle": "Holatlar nimani bildiradi",
  "help.status.done": "reja bo'yicha bajarildi.",
  "help.status.partial":
    "bir qismi bajarildi; chetlanish chegarasidan ko'p ortda qolsa, {noteColumn} ustuniga sababini yozing.",
  "help.status.not_done": "muddat o'tdi, fakt kiritilmagan yoki nol.",
  "help.status.in_progress": "muddat davom etmoqda.",
  "help.status.not_due": "muddati keyingi choraklarda.",
  "help.status.not_scheduled": "bu chorakda reja yo'q.",
  "help.printTitle": "Chop etish va yuborish",
  "help.print":
    "Hisobot varag'ini oching, Fayl → Chop etish (Ctrl+P): sahifa A4 ga sozlangan. Imzolang, muhr bosing va viloyat markaziga yuboring; elektron yuborish uchun ish kitobini saqlab, faylni yoki PDF nusxasini (Fayl → Eksport → PDF) jo'nating.",
  "help.loading": "Yordam yuklanmoqda…",
  "host.cellEdit":
    'Excel katakni tahrirlash rejimida: Enter yoki Esc tugmasini bosing, so\'ng "{action}" tugmasini qayta bosing.',
  "host.rangeTooLarge":
    "\"{action}\" bajarilmadi: “{sheet}” varag'ida Excel bir martada o'qiy oladiganidan (5 000 000 katak) ko'p katak band. Varaqning keraksiz joylaridagi yozuvlarni o'chiring.",
  "host.notUndoable":
    "Bu amalni Excelda bekor qilib (Ctrl+Z) bo'lmaydi: varaq himoyasi bekor qilish tarixini tozalaydi.",
  "selftest.title": "Tizimni tekshirish",
  "selftest.hint":
    "Vaqtinchalik varaqda Excelning Reja tayangan xatti-harakatlarini sinaydi va varaqni o'chiradi. Natijani nusxalab, administratorga yuboring.",
  "selftest.run": "Tizimni tekshirish",
  "selftest.running": "Tekshirilmoqda…",
  "selftest.copy": "Nusxalash",
  "selftest.copied": "Nusxalandi",
  "selftest.probe": "Sinov",
  "selftest.result": "Natija",
  "selftest.passed": "o'tdi",
  "selftest.failed": "o'tmadi",
  "selftest.skipped": "tekshirilmadi",
  "selftest.summary": "{passed} ta o'tdi, {failed} ta o'tmadi, {skipped} ta tekshirilmadi",
  "selftest.error": "Tekshiruvni bajarib bo'lmadi: {error}",
  "actions.docx": "Word hujjati",
  "actions.docx.hint":
    "Rejani rasmiy ko'rinishdagi Word hujjati (.docx) qilib yuklab beradi. Ish kitobi o'zgarmaydi.",
  "confirm.docx": "{count} ta xato hali tuzatilmagan. Word hujjati shu xatolar bilan yaratilsinmi?",
  "result.docx": '"{file}" tayyor ({count} ta band): fayl yuklab olinmoqda (odatda Downloads jildiga).',
  "result.docxMac":
    "\"{file}\" tayyor ({count} ta band). Excel for Mac paneldan fayl saqlamasligi mumkin: fayl paydo bo'lmasa, ish kitobini Excel'ning veb-versiyasida oching va shu tugmani qayta bosing.",
  "download.again": "Fayl saqlanmadimi? Qayta yuklab olish: {file}",
  "problem.writer_unavailable":
    "Word hujjatini yaratuvchi qism yuklanmadi (internet aloqasi uzilganmi?). Aloqani tekshirib, qayta urinib ko'ring.",
  "help.docx":
    "Word hujjati: rejani rasmiy ko'rinishda yuklab beradi (.docx, A4 albom varaq): KELISHILDI va TASDIQLAYMAN bloklari, sarlavha, ikki qatorli sarlavhali jadval. Xatolar qolgan bo'lsa, Reja avval so'raydi. Excel for Mac paneldan fayl saqlamasligi mumkin: u holda Excel'ning veb-versiyasidan foydalaning.",
} as const;

export type MessageKey = keyof typeof uz;
