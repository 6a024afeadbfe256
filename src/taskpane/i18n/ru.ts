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
  "problem.no_plan_table": "На листе нет таблицы плана (заголовок №, Nomi, O'lchov birligi…).",
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
    "Утверждён: {date}, {by}. Столбцы плана (№ … Ответственные) заблокированы; столбцы фактов и «Izoh» открыты.",
  "year.state.unlocked":
    "Блокировка снята: столбцы плана можно менять (последнее утверждение: {date}, {by}).",
  "year.approve": "Утвердить и заблокировать",
  "year.approve.hint":
    "Записывает утверждение на лист настроек и блокирует столбцы плана (№ … Ответственные); столбцы фактов и «Izoh» остаются открытыми.",
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
  "year.suggest": "Предложить объёмы плана (в столбце «Izoh»)",
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
};
