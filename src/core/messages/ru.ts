/** Russian messages. */
import { formatNumber as n, formatPercent as pct, opt, roman, type Catalogue, type Params } from "./format";

const num = (v: string | number | undefined) => n(v, "ru");

/** The quantity's name and the ending its adjectives take ("Факт … должен", "Плановое количество … должно"). */
function field(p: Params): { name: string; neuter: boolean } {
  if (p.field === "fact") return { name: `Факт за ${roman(p.quarter)} квартал`, neuter: false };
  if (p.field === "previous_fact") return { name: `Факт прошлого года`, neuter: false };
  return { name: "Плановое количество", neuter: true };
}

export const ru: Catalogue = {
  "number.invalid": (p) =>
    (p.text === "" ? `Не указан номер пункта.` : `Неверный номер пункта "${p.text}".`) +
    ` Пишите номер как "4", "4.1" или "4.1.".`,
  "number.duplicate": (p) => `Номер ${p.number} повторяется (впервые в ячейке ${p.first}).`,
  "number.order": (p) => `Номер ${p.number} меньше предыдущего (${p.previous}): нарушен порядок.`,
  "subitem.orphan": (p) => `У подпункта ${p.number} нет основного пункта ${p.parent}.`,
  "unit.missing": () => `Не указана единица измерения.`,
  "unit.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `Единицы измерения "${p.unit}" нет в словаре. ` +
      (s ? `Возможно, имелось в виду "${s}"?` : `Выберите единицу из словаря или добавьте её в словарь.`)
    );
  },
  "quantity.invalid": (p) => {
    const f = field(p);
    if (p.reason === "negative") return `${f.name} не может быть отрицательным: "${p.text}".`;
    if (p.reason === "fractional")
      return `${f.name} ${f.neuter ? "должно" : "должен"} быть целым числом: "${p.text}" — дробное число.`;
    return `${f.name} не является числом: "${p.text}". Укажите количество цифрами.`;
  },
  "plan.below_fact": (p) =>
    p.year === undefined
      ? `План (${num(p.plan)}) меньше факта прошлого года (${num(p.fact)}).`
      : `План на ${p.year} год (${num(p.plan)}) меньше факта ${p.previousYear} года (${num(p.fact)}).`,
  "subitems.sum_mismatch": (p) =>
    `Сумма планов подпунктов (${num(p.sum)}) не равна плану пункта ${p.number} (${num(p.plan)}).`,
  "deadline.missing": () => `Не указан срок исполнения.`,
  "deadline.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `Срок "${p.text}" не распознан. ` +
      (s ? `Возможно, имелось в виду "${s}"?` : `Например: "yil davomida", "har chorakda", "II chorak".`)
    );
  },
  "deadline.wrong_year": (p) => `В сроке указан ${p.year} год, а план составлен на ${p.planYear} год.`,
  "responsible.missing": () => `Не указан ответственный.`,
  "responsible.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `Ответственного "${p.name}" нет в словаре. ` +
      (s ? `Возможно, имелось в виду "${s}"?` : `Выберите название из словаря или добавьте его в словарь.`)
    );
  },
  "fact.missing": (p) => `Не введён факт за ${roman(p.quarter)} квартал.`,
  "fact.suspicious": (p) =>
    `Факт с начала года (${num(p.fact)}) составляет ${pct(p.percent, "ru")} годового плана (${num(p.plan)}). Нет ли опечатки?`,
  "note.missing": (p) =>
    (p.percent === undefined
      ? `План периода не выполнен.`
      : `План периода выполнен на ${pct(p.percent, "ru")}.`) +
    ` Укажите причину отставания в графе "${p.note}".`,
  "number.converted": (p) =>
    `Excel превратил номер пункта в дату (${p.shown}); он прочитан как ${p.number}. Задайте столбцу № формат «Текстовый» и введите ${p.number} заново.`,
  "cell.invalid_chars": (p) =>
    `В ячейке было ${p.count} символов, которые Excel не может хранить; они удалены. Проверьте текст.`,
  "cell.too_long": (p) =>
    `Текст ячейки длиной ${p.length} символов, а ячейка Excel вмещает не более ${p.limit}: текст обрезан («…[qisqartirildi]»). Разделите его на несколько ячеек.`,
  "column.missing": (p) =>
    `Столбец «${p.column}» не найден (заголовок изменён или удалён): он не будет заполнен и не попадёт в отчёт. Верните заголовок «${p.column}».`,
  "text.lost_characters": (p) =>
    `В файле вместо букв стоит «?» (всего: ${p.count}; первая — в этой ячейке: «${p.sample}»): программа, сохранившая файл, не смогла их записать. Сохраните файл заново как «Текст Юникод» или UTF-8.`,
  "text.invalid_bytes": (p) =>
    `В файле есть испорченные символы (всего: ${p.count}; они показаны как «�», первый — в этой ячейке). Сохраните файл заново как «Текст Юникод» или UTF-8.`,
  "text.uncertain_encoding": (p) =>
    `Файл прочитан как Windows-1251, но в словах смешаны латинские и кириллические буквы (всего слов: ${p.count}; первое — в этой ячейке: «${p.sample}»): возможно, кодировка другая. Сохраните файл заново как «Текст Юникод» или UTF-8.`,
};
