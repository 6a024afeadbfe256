/** The playground's own words (the page around the pane, standing in for Excel's window), in the pane's language. */
import type { Lang } from "../core";

export interface PlaygroundTexts {
  title: string;
  theme: string;
  light: string;
  dark: string;
  startPasted: string;
  startStructured: string;
  workbook: string;
  loading: string;
  pane: string;
  sheets: string;
}

export const PLAYGROUND_TEXTS: Record<Lang, PlaygroundTexts> = {
  uz: {
    title: "Reja sinov maydoni",
    theme: "Excel mavzusi",
    light: "yorug'",
    dark: "qorong'i",
    startPasted: "Qaytadan: Word'dan joylangan reja",
    startStructured: "Qaytadan: tayyorlangan reja, I–II fakti bilan",
    workbook: "Ish kitobi",
    loading: "Ish kitobi yuklanmoqda…",
    pane: "Reja vazifalar paneli",
    sheets: "Varaqlar",
  },
  "uz-Cyrl": {
    title: "Reja синов майдони",
    theme: "Excel мавзуси",
    light: "ёруғ",
    dark: "қоронғи",
    startPasted: "Қайтадан: Word'дан жойланган режа",
    startStructured: "Қайтадан: тайёрланган режа, I–II факти билан",
    workbook: "Иш китоби",
    loading: "Иш китоби юкланмоқда…",
    pane: "Reja вазифалар панели",
    sheets: "Варақлар",
  },
  ru: {
    title: "Песочница Reja",
    theme: "Тема Excel",
    light: "светлая",
    dark: "тёмная",
    startPasted: "Заново: план, вставленный из Word",
    startStructured: "Заново: подготовленный план с фактами за I–II",
    workbook: "Книга",
    loading: "Загрузка книги…",
    pane: "Панель Reja",
    sheets: "Листы",
  },
  en: {
    title: "Reja playground",
    theme: "Excel theme",
    light: "light",
    dark: "dark",
    startPasted: "Start over: plan pasted from Word",
    startStructured: "Start over: set up, facts for I–II",
    workbook: "Workbook",
    loading: "Loading the workbook…",
    pane: "Reja task pane",
    sheets: "Sheets",
  },
};
