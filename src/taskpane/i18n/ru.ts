/** Russian. */
import { statusTexts } from "./status";
import type { Catalogue } from "./catalogue";

export const ru: Catalogue = {
  "app.title": "Reja",
  "app.subtitle": "Помощник по плану работы",
  "lang.label": "Язык панели",

  "quarter.label": "Отчётный квартал",
  "quarter.option": "{roman} квартал",
  "quarter.saving": "Квартал сохраняется…",

  "settings.title": "Настройки",
  "settings.district": "Район или город",
  "settings.districtKind": "Тип",
  "settings.districtKind.tuman": "район",
  "settings.districtKind.shahar": "город",
  "settings.region": "Областной центр (адресат отчёта)",
  "settings.year": "Год плана",
  "settings.director": "Директор (подписывает отчёт)",
  "settings.approver": "Согласующий (директор области)",
  "settings.tolerance": "Допуск, %",
  "settings.lang": "Язык книги",
  "settings.save": "Сохранить настройки",
  "settings.saving": "Сохранение…",
  "settings.saved": "Настройки сохранены в книге.",
  "settings.savedRelabelled":
    "Настройки сохранены в книге. Заголовки и статусы, которые Reja написала на листе плана, переведены на новый язык (заголовки, изменённые вами, не тронуты). Отменить: Ctrl+Z.",
  "settings.coauthor": "Настройки изменились в книге (их видят и соавторы).",
  "settings.invalidYear": "Год должен быть числом от 2000 до 2100.",
  "settings.invalidTolerance": "Допуск должен быть от 0 до 100.",
  "settings.failed": "Настройки не сохранены: {error}",

  "actions.title": "Действия",
  "actions.setup": "Подготовить план",
  "actions.setup.hint":
    "Создаёт структурированный лист «Ish reja» из плана на активном листе; исходный лист не меняется.",
  "actions.check": "Проверить",
  "actions.check.hint": "Находит ошибки и выделяет их ячейки цветом.",
  "actions.fill": "Заполнить статусы",
  "actions.fill.hint": "Записывает статусы и проценты за отчётный квартал.",
  "actions.report": "Создать отчёт",
  "actions.report.hint": "Создаёт лист отчёта для областного центра.",
  "actions.running": "{action}: выполняется…",
  "actions.failed": "«{action}» не выполнено: {error}. Можно попробовать ещё раз.",
  "actions.dismiss": "Закрыть",

  "result.setup": "Создан лист «{sheet}».",
  "result.check": "Проверено: замечаний — {count}.",
  "result.checkClean": "Проверено: ошибок нет.",
  "result.fill": "Заполнено ячеек: {count}.",
  "result.report": "Создан лист «{sheet}».",
  "result.reportReplaced": "Лист «{sheet}» обновлён.",

  "problem.no_plan_sheet": "Нет листа «Ish reja». Сначала нажмите «Подготовить план».",
  "problem.no_plan_table": "На листе нет таблицы плана (заголовок №, {nameColumn}, {unitColumn}…).",
  "problem.already_structured": "Этот лист уже подготовлен (есть столбцы отслеживания).",
  "problem.no_tracking_columns": "На листе плана нет столбцов кварталов. Сначала нажмите «Подготовить план».",
  "problem.name_taken": "Уже есть другой лист «{sheet}»; переименуйте его.",

  "findings.title": "Замечания",
  "findings.none": "Замечаний нет.",
  "findings.notChecked": "Проверки ещё не было. Нажмите «Проверить».",
  "findings.live": "Проверяется заново после каждой правки",
  "findings.item": "Пункт {item}",
  "findings.general": "Общие",
  "findings.cell": "Ячейка {cell}",
  "findings.select": "Выделить ячейку {cell}: {message}",
  "findings.selectFailed": "Не удалось выделить ячейку {cell}: {error}",
  "findings.filter": "Показать или скрыть по виду",
  "findings.list": "Список замечаний",
  "severity.error": "Ошибка",
  "severity.warning": "Предупреждение",
  "severity.info": "Сведения",
  "severity.count.error": "ошибок: {count}",
  "severity.count.warning": "предупреждений: {count}",
  "severity.count.info": "сведений: {count}",

  "summary.title": "Итоги {roman} квартала",
  "summary.empty": "Нет листа плана: итогов нет.",
  "summary.total": "Всего",
  "summary.indicators": "показателей: {count}",
  "summary.completion": "Выполнение количественных показателей: {percent}",
  "summary.completionNone": "В этом периоде нет количественного плана",
  "summary.chart": "Диаграмма статусов по разделам",
  "summary.section": "Раздел",
  "summary.noSection": "Без раздела",
  "summary.refresh": "Обновить",

  ...statusTexts("ru"),

  "error.unknown": "неизвестная ошибка",
  loading: "Загрузка…",

  "year.title": "Утверждение и следующий год",
  "year.state.none": "План ещё не утверждён.",
  "year.state.approved":
    "Утверждён: {date}, {by}. Столбцы плана ({planColumns}) заблокированы; столбцы фактов и «{noteColumn}» открыты.",
  "year.state.unlocked":
    "Блокировка снята: столбцы плана можно менять (последнее утверждение: {date}, {by}).",
  "year.approve": "Утвердить и заблокировать",
  "year.approve.hint":
    "Записывает утверждение на лист настроек и блокирует столбцы плана ({planColumns}); столбцы фактов и «{noteColumn}» остаются открытыми.",
  "year.approver": "Кто утверждает (имя)",
  "year.approve.confirm": "Утвердить",
  "year.unlock": "Снять блокировку",
  "year.unlock.confirm": "Снять блокировку",
  "year.cancel": "Отмена",
  "year.undo":
    "Внимание: защита и снятие защиты листа очищают историю отмены Excel (Ctrl+Z): более ранние изменения отменить будет нельзя.",
  "year.changes": "Изменения после предыдущего утверждения",
  "year.nextYear": "План на следующий год (черновик)",
  "year.nextYear.hint":
    "Записывает черновик плана на следующий год на новый лист: те же разделы и пункты, факт прошлого года = итоговый факт этого года. Текущий лист плана не меняется.",
  "year.suggest": "Предложить объёмы плана (в столбце «{noteColumn}»)",
  "year.draft":
    "Это черновик (лист «{sheet}»): введите новые плановые объёмы и проверьте его, как любой план. Текущий лист плана не изменён.",
  "year.draftExists":
    "Лист «{sheet}» уже есть: он не перезаписан (введённое в нём сохраняется). Чтобы создать новый, удалите или переименуйте его.",
  "year.failed": "Действие не выполнено: {error}",
  "year.running": "Выполняется…",
  "problem.generated_sheet":
    "Лист «{sheet}» создан самой Reja (отчёт, сводка или настройки) — это не план. Откройте лист с таблицей плана и снова нажмите «Подготовить план».",
  "actions.setupWord": "Подготовить из файла Word…",
  "actions.setupWord.hint":
    'Создаёт лист "Ish reja" из таблицы плана в документе Word (.docx); документ не меняется.',
  "problem.unreadable_docx":
    "Этот файл не читается как документ Word (.docx): пересохраните его в Word как .docx.",
  "result.checkCounts": "Проверено: ошибок — {errors}, предупреждений — {warnings}, сведений — {infos}.",
  "findings.noPlan":
    'Нет листа плана "Ish reja" для проверки. Вставьте план на лист и нажмите "Подготовить план".',
  "findings.groupCount": "ячеек: {count}",
  "findings.quietFacts":
    "Факты ещё не вводились: проверка фактов и пояснений начнётся после первого введённого факта.",
  "code.number.invalid": "Неверный номер пункта",
  "code.number.duplicate": "Повторяющийся номер пункта",
  "code.number.order": "Нарушен порядок номеров",
  "code.subitem.orphan": "Подпункт без основного пункта",
  "code.unit.missing": "Не указана единица измерения",
  "code.unit.unknown": "Единицы измерения нет в словаре",
  "code.quantity.invalid": "Количество указано неверно",
  "code.plan.below_fact": "План меньше факта прошлого года",
  "code.subitems.sum_mismatch": "Сумма подпунктов не равна плану",
  "code.deadline.missing": "Не указан срок",
  "code.deadline.unknown": "Срок не распознан",
  "code.deadline.wrong_year": "Срок относится к другому году",
  "code.responsible.missing": "Не указан ответственный",
  "code.responsible.unknown": "Ответственного нет в словаре",
  "code.fact.missing": "Не введён факт за {roman} квартал",
  "code.fact.suspicious": "Факт намного больше плана",
  "code.note.missing": "{roman} квартал: не указана причина отставания",
  "fix.button": "Исправить: «{value}»",
  "fix.applied": 'В ячейку {cell} записано "{value}". Отменить: Ctrl+Z.',
  "fix.failed": "Не удалось записать в ячейку {cell}: {error}",
  "confirm.report": "Не исправлено ошибок: {count}. Создать отчёт с этими ошибками?",
  "confirm.goOn": "Всё равно создать",
  "confirm.goTo": "Перейти к ошибкам",
  "legend.title": "Цвета статусов",
  "legend.partialTolerated": "Выполнено частично, в пределах допуска (пояснение не нужно)",
  "legend.highlightError": "Проверка: ячейка с ошибкой",
  "legend.highlightWarning": "Проверка: предупреждение",
  "help.open": "Справка",
  "help.close": "Закрыть справку",
  "help.title": "Как работать с Reja",
  "help.actionsTitle": "Действия",
  "help.setup":
    'Подготовить план: создаёт из плана на активном листе лист "Ish reja" (со столбцами фактов по кварталам, статусов и {noteColumn}). Исходный лист не меняется.',
  "help.check":
    'Проверить: находит ошибки, выделяет ячейки цветом и показывает их в списке по видам. Нажмите строку списка — ячейка будет выбрана. Кнопка "Исправить" записывает в ячейку известное Reja верное значение (Ctrl+Z отменяет).',
  "help.fill":
    "Заполнить статусы: записывает статус и процент выполнения каждого пункта за отчётный квартал.",
  "help.report":
    "Создать отчёт: создаёт лист квартального отчёта для областного центра. Если остались ошибки, Reja сначала спросит.",
  "help.statusesTitle": "Что означают статусы",
  "help.status.done": "выполнено по плану.",
  "help.status.partial":
    "выполнено частично; при отставании больше допуска укажите причину в графе {noteColumn}.",
  "help.status.not_done": "срок прошёл, факт не введён или равен нулю.",
  "help.status.in_progress": "срок ещё идёт.",
  "help.status.not_due": "срок в следующих кварталах.",
  "help.status.not_scheduled": "в этом квартале не запланировано.",
  "help.printTitle": "Печать и отправка",
  "help.print":
    "Откройте лист отчёта, Файл → Печать (Ctrl+P): страница настроена на A4. Подпишите, поставьте печать и отправьте в областной центр; для электронной отправки сохраните книгу и отправьте файл или его PDF (Файл → Экспорт → PDF).",
  "help.loading": "Загрузка справки…",
  "host.cellEdit":
    "Excel в режиме редактирования ячейки: нажмите Enter или Esc, затем снова нажмите «{action}».",
  "host.rangeTooLarge":
    "«{action}» не выполнено: на листе «{sheet}» занято больше ячеек, чем Excel читает за раз (5 000 000). Удалите записи в ненужных местах листа.",
  "host.notUndoable": "Это действие нельзя отменить в Excel (Ctrl+Z): защита листа очищает историю отмены.",
  "selftest.title": "Проверка системы",
  "selftest.hint":
    "Проверяет на временном листе поведение Excel, на которое опирается Reja, и удаляет лист. Скопируйте результат и отправьте администратору.",
  "selftest.run": "Проверить систему",
  "selftest.running": "Проверка…",
  "selftest.copy": "Копировать",
  "selftest.copied": "Скопировано",
  "selftest.probe": "Проверка",
  "selftest.result": "Результат",
  "selftest.passed": "пройдена",
  "selftest.failed": "не пройдена",
  "selftest.skipped": "не проверено",
  "selftest.summary": "пройдено: {passed}, не пройдено: {failed}, не проверено: {skipped}",
  "selftest.error": "Проверку выполнить не удалось: {error}",
  "actions.docx": "Документ Word",
  "actions.docx.hint": "Скачивает план как документ Word (.docx) в официальном виде. Книга не меняется.",
  "confirm.docx": "Не исправлено ошибок: {count}. Создать документ Word с этими ошибками?",
  "result.docx":
    "Файл «{file}» готов ({count} {count|пункт|пункта|пунктов}) и скачивается (обычно в папку «Загрузки»).",
  "result.docxMac":
    "Файл «{file}» готов ({count} {count|пункт|пункта|пунктов}). Excel для Mac может не сохранять файлы из панели: если файла нет, откройте книгу в Excel в браузере и нажмите эту кнопку снова.",
  "download.again": "Файл не сохранился? Скачать ещё раз: {file}",
  "problem.writer_unavailable":
    "Не удалось загрузить модуль, создающий документ Word (нет подключения к интернету?). Проверьте подключение и попробуйте ещё раз.",
  "help.docx":
    "Документ Word: скачивает план в официальном виде (.docx, A4 альбомная): блоки KELISHILDI и TASDIQLAYMAN, заголовок, таблица с двухстрочной шапкой. Если ошибки остались, Reja сначала спросит. Excel для Mac может не сохранять файлы из панели: тогда воспользуйтесь Excel в браузере.",
};
