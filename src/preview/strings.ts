/** Texts of the preview's own chrome (the pane has its own strings). */
import type { Lang } from "../domain/import/types";
import { NBSP } from "../taskpane/i18n/typography";

export interface PreviewStrings {
  title: string;
  subtitle: string;
  officeLanguage: string;
  theme: string;
  themes: { light: string; dark: string; highContrast: string };
  download: string;
  downloadFailed: (detail: string) => string;
  workbook: string;
  pane: string;
  sheets: string;
  nameBox: string;
  formulaBar: string;
  emptyWorkbook: string;
  emptySheet: string;
  moreRows: (n: string) => string;
  chartsOf: (sheet: string) => string;
  loadingSample: string;
}

export const PREVIEW_STRINGS: Record<Lang, PreviewStrings> = {
  fr: {
    title: "Suivi commercial",
    subtitle: `Aperçu sans Excel${NBSP}: le volet du complément à côté d’un classeur simulé`,
    officeLanguage: "Langue d’Office",
    theme: "Thème d’Office",
    themes: { light: "Clair", dark: "Sombre", highContrast: "Contraste élevé" },
    download: "Télécharger le classeur (.xlsx)",
    downloadFailed: (detail) => `Le téléchargement a échoué${NBSP}: ${detail}`,
    workbook: "Classeur simulé",
    pane: "Volet Suivi commercial",
    sheets: "Feuilles du classeur",
    nameBox: "Zone Nom",
    formulaBar: "Barre de formule",
    emptyWorkbook: "Classeur vide",
    emptySheet: "Feuille vide",
    moreRows: (n) => `${n} lignes`,
    chartsOf: (sheet) => `Graphiques de la feuille ${sheet}`,
    loadingSample: "Chargement de l’exemple…",
  },
  en: {
    title: "Sales tracking",
    subtitle: "Preview without Excel: the add-in’s pane beside a simulated workbook",
    officeLanguage: "Office language",
    theme: "Office theme",
    themes: { light: "Light", dark: "Dark", highContrast: "High contrast" },
    download: "Download the workbook (.xlsx)",
    downloadFailed: (detail) => `Download failed: ${detail}`,
    workbook: "Simulated workbook",
    pane: "Sales tracking pane",
    sheets: "Workbook sheets",
    nameBox: "Name box",
    formulaBar: "Formula bar",
    emptyWorkbook: "Empty workbook",
    emptySheet: "Empty sheet",
    moreRows: (n) => `${n} rows`,
    chartsOf: (sheet) => `Charts of sheet ${sheet}`,
    loadingSample: "Loading the sample…",
  },
};
