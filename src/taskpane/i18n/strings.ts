/**
 * Every text of the task pane, in French (first) and English. French follows French typography:
 * typographic apostrophes, « guillemets », a no-break space before ":" and a narrow one before
 * "!", "?" and ";". Numbers are formatted through `format.ts` (Intl); a count-bearing text agrees
 * with its count through Intl.PluralRules (French: 0 and 1 singular; English: 1 only).
 */
import type { ColumnRole, DimensionKind, Lang } from "../../domain/import/types";
import { formatCount } from "./format";
import { NBSP, NNBSP, guillemets } from "./typography";

export type { Lang };

/** Stages of a build, in the order they run. */
export type Stage =
  "reading" | "analysing" | "data" | "pivots" | "tracking" | "charts" | "commentary";

export const STAGES: Stage[] = [
  "reading",
  "analysing",
  "data",
  "pivots",
  "tracking",
  "charts",
  "commentary",
];

export type TargetMode = "workbook" | "none" | "column" | "monthly";

/** Columns of the tracking table, named as the analysis fields they compute. */
export type TrackingKey =
  | "month"
  | "revenue"
  | "prevYearRevenue"
  | "prevYearChange"
  | "prevYearChangePct"
  | "prevMonthChange"
  | "prevMonthChangePct"
  | "ytdRevenue"
  | "cost"
  | "margin"
  | "marginRate"
  | "markupRate"
  | "target"
  | "targetGap"
  | "status";

/** Branches of the Statut formula, with the formula's own texts. */
export interface StatusBranches {
  /** One per partial month: "Mois incomplet (jusqu’au n)", the day's formula, last or first date. */
  partial: { label: string; day: string; last: boolean }[];
  /** The texts for a target met / missed, when the table has targets. */
  target: { met: string; below: string } | null;
}

export interface Strings {
  appTitle: string;
  tagline: string;
  trainerMode: string;
  trainerModeHint: string;

  // 1. Source
  sourceHeading: string;
  sourceKindLabel: string;
  sourceKindFile: string;
  sourceKindSelection: string;
  sourceKindWorkbook: string;
  chooseFile: string;
  dropHint: string;
  dropActive: string;
  chosenFile: (name: string, size: string) => string;
  workbookSourceLabel: string;
  workbookSourcePlaceholder: string;
  workbookSourceTable: (name: string, sheet: string, rows: string) => string;
  workbookSourceSheet: (name: string, rows: string) => string;
  workbookSourcesNone: string;
  refreshList: string;
  readSelection: string;
  readWorkbookSource: string;
  selectionHint: string;
  readingFile: (name: string) => string;
  unsupportedFile: (name: string) => string;

  // 2. Columns
  columnsHeading: string;
  columnsWaiting: string;
  /** Counts formatted by `formatCount`; the words agree with each of them (the 4th argument is not needed). */
  rowsSummary: (read: string, imported: string, rejected: string, rejectedCount?: number) => string;
  roleOf: (header: string) => string;
  samples: string;
  noSamples: string;
  roles: Record<ColumnRole, string>;
  dimensionKinds: Record<DimensionKind, string>;
  detectedBy: { header: string; content: string; override: string; none: string };
  derived: { revenue: string; cost: string; margin: string };
  missingDate: string;
  missingRevenue: string;
  fatalImport: string;
  rejectedHeading: string;
  warningsHeading: string;
  /** Dates of one column that cannot all be read in the same order. */
  dateConflictsHeading: string;
  dateOrderLabel: string;
  dateOrderHint: string;
  dateOrders: { dmy: string; mdy: string };
  /** The order chosen, as the options recall it. */
  dateOrderChosen: (order: string) => string;
  issueLine: (row: number | null, column: string | null, message: string) => string;
  showAllIssues: (count: number) => string;
  hideIssues: string;
  reconciliationHeading: string;
  reconciliationLine: (
    header: string,
    source: string,
    imported: string,
    rejected: string
  ) => string;
  reconciliationOk: string;
  reconciliationGap: (gap: string) => string;

  // 3. Options
  optionsHeading: string;
  mainDimension: string;
  secondDimension: string;
  noDimension: string;
  targets: string;
  targetModes: Record<TargetMode, string>;
  targetColumn: string;
  targetColumnNone: string;
  monthlyTargets: string;
  monthlyTargetsHint: string;
  monthlyTargetsParsed: (count: number) => string;
  monthlyTargetsError: (line: number, text: string) => string;
  workbookLanguage: string;
  languageNames: Record<Lang, string>;
  commentaryLength: string;
  lengths: { auto: string; short: string; medium: string; long: string };
  currency: string;
  currencyFromData: (name: string) => string;
  /** The automatic choice, with what it gives when known. */
  currencyAuto: (resolved: string | null) => string;
  currencyNone: string;
  currencyNames: Record<string, string>;

  // 4. Build
  buildHeading: string;
  build: string;
  refresh: string;
  refreshHint: string;
  buildDisabledNoSource: string;
  buildDisabledColumns: string;
  stages: Record<Stage, string>;
  stageOf: (index: number, count: number, label: string) => string;
  cancel: string;
  cancelled: string;
  errorTitle: string;
  errorDetail: string;
  dismiss: string;

  // 5. Result
  resultHeading: string;
  resultReady: (sheets: string) => string;
  commentaryHeading: string;
  commentaryHint: string;
  selectFigure: string;
  copy: string;
  copied: string;
  copyFailed: string;
  factsHeading: string;
  noFacts: string;
  scoreLabel: (score: string) => string;

  // Trainer mode
  trainerHeading: string;
  trainerIntro: string;
  trainerEmpty: string;
  trainerColumn: (header: string) => string;
  selectCell: string;
  formulaLabel: string;
  /** One-line explanation of each tracking-table column, by analysis field name. */
  explanations: Record<TrackingKey, string>;
  /** Statut explained from the branches its formula has (see trainer/explain.ts). */
  statusExplanation: (branches: StatusBranches) => string;
  autoDimension: string;
  sourceFormat: (encoding: string | null, delimiter: string | null, sheet: string | null) => string;
  readingCancelled: string;
  rowCount: (formatted: string, n: number) => string;

  // Errors (Office codes and our own)
  errors: Record<string, { message: string; action: string }>;
  unexpected: (detail: string) => string;
  unexpectedAction: string;
  selectCellFailed: string;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PLURAL_RULES: Record<Lang, Intl.PluralRules> = {
  fr: new Intl.PluralRules("fr-FR"),
  en: new Intl.PluralRules("en-US"),
};

/** The form agreeing with a count: French "0 ligne", "1 ligne", "2 lignes"; English "1 row", "0 rows". */
export function plural(n: number, lang: Lang, one: string, other: string): string {
  return PLURAL_RULES[lang].select(n) === "one" ? one : other;
}

/**
 * The number a count formatted by `formatCount` stands for ("4 870", "4,870" → 4870): its digits,
 * since counts are whole numbers.
 */
export function countOf(formatted: string): number {
  return Number(String(formatted).replace(/\D/g, ""));
}

/**
 * Place + message of an import issue. The import's messages already start with their place
 * ("Ligne 8, colonne « Date » : …"), in the same typography as here: it is not written twice.
 */
function issueLineIn(
  lang: Lang,
  row: number | null,
  column: string | null,
  message: string
): string {
  const fr = lang === "fr";
  const where = [
    row !== null ? `${fr ? "ligne" : "row"} ${row}` : null,
    column !== null
      ? `${fr ? "colonne" : "column"} ${fr ? guillemets(column) : `“${column}”`}`
      : null,
  ]
    .filter(Boolean)
    .join(", ");
  if (!where) return message;
  const prefix = `${capitalize(where)}${fr ? NBSP : ""}: `;
  return message.startsWith(prefix) ? message : prefix + message;
}

/** How people name the encodings. */
const ENCODING_NAMES: Record<string, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 (BOM)",
  "windows-1252": "Windows-1252",
};

const fr: Strings = {
  appTitle: "Suivi commercial",
  tagline: "Vos données restent dans le classeur.",
  trainerMode: "Mode formateur",
  trainerModeHint: "Affiche les formules du suivi mensuel avec leur explication.",

  sourceHeading: "1. Source des données",
  sourceKindLabel: `Où sont les ventes${NNBSP}?`,
  sourceKindFile: "Dans un fichier (CSV, TSV, Excel)",
  sourceKindSelection: "Dans la plage sélectionnée",
  sourceKindWorkbook: "Dans un tableau ou une feuille du classeur",
  chooseFile: "Choisir un fichier…",
  dropHint: "ou déposez ici un fichier CSV, TSV ou Excel (.xlsx).",
  dropActive: "Relâchez pour lire ce fichier.",
  chosenFile: (name, size) => `Fichier${NBSP}: ${name} (${size})`,
  workbookSourceLabel: "Tableau ou feuille",
  workbookSourcePlaceholder: "Choisissez une source…",
  workbookSourceTable: (name, sheet, rows) =>
    `Tableau ${guillemets(name)}, feuille ${guillemets(sheet)} (${rows})`,
  workbookSourceSheet: (name, rows) => `Feuille ${guillemets(name)} (${rows})`,
  workbookSourcesNone: "Ce classeur ne contient encore aucun tableau ni aucune feuille de données.",
  refreshList: "Actualiser la liste",
  readSelection: "Lire la sélection",
  readWorkbookSource: "Lire cette source",
  selectionHint: `Sélectionnez dans la feuille la plage des ventes, en-têtes compris, puis cliquez sur «${NBSP}Lire la sélection${NBSP}».`,
  readingFile: (name) => `Lecture de ${name}…`,
  unsupportedFile: (name) =>
    `Le fichier ${guillemets(name)} n’est pas un fichier CSV, TSV ou Excel (.xlsx). Enregistrez-le dans l’un de ces formats, puis choisissez-le à nouveau.`,

  columnsHeading: "2. Colonnes",
  columnsWaiting: "Les colonnes s’afficheront ici une fois la source lue.",
  rowsSummary: (read, imported, rejected) =>
    `${read} ${plural(countOf(read), "fr", "ligne lue", "lignes lues")}, ${imported} ${plural(countOf(imported), "fr", "importée", "importées")}, ${rejected} ${plural(countOf(rejected), "fr", "rejetée", "rejetées")}.`,
  roleOf: (header) => `Rôle de la colonne ${guillemets(header)}`,
  samples: `Exemples${NBSP}:`,
  noSamples: "(colonne vide)",
  roles: {
    date: "Date",
    revenue: "CA HT",
    cost: "Coût d’achat",
    profit: "Marge brute",
    quantity: "Quantité",
    unitPrice: "Prix unitaire HT",
    discount: "Remise",
    target: "Objectif",
    dimension: "Axe d’analyse",
    ignore: "Ignorer",
  },
  dimensionKinds: {
    product: "produit",
    category: "catégorie",
    region: "région",
    customer: "client",
    salesperson: "commercial",
    channel: "canal",
    store: "magasin",
    other: "autre",
  },
  detectedBy: {
    header: "reconnu d’après l’en-tête",
    content: "reconnu d’après le contenu",
    override: "choisi par vous",
    none: "non reconnu",
  },
  derived: {
    revenue: `CA HT calculé${NBSP}: quantité × prix unitaire × (1 − remise).`,
    cost: `Coût d’achat calculé${NBSP}: CA HT − marge brute.`,
    margin: `Marge brute calculée${NBSP}: CA HT − coût d’achat.`,
  },
  missingDate: `Indiquez quelle colonne contient la date des ventes (rôle «${NBSP}Date${NBSP}»)${NBSP}: rien ne peut être construit sans elle.`,
  missingRevenue: `Indiquez quelle colonne contient le montant des ventes (rôle «${NBSP}CA HT${NBSP}»), ou bien les colonnes «${NBSP}Quantité${NBSP}» et «${NBSP}Prix unitaire HT${NBSP}».`,
  fatalImport: "Aucune vente n’a pu être lue dans cette source.",
  rejectedHeading: "Lignes rejetées",
  warningsHeading: "Lignes ignorées et avertissements",
  dateConflictsHeading: "Dates en conflit",
  dateOrderLabel: "Ordre des dates",
  dateOrderHint: `Les dates listées ne peuvent pas toutes se lire dans le même ordre. Choisissez celui du fichier${NBSP}: les dates ambiguës sont lues dans cet ordre, et celles qui ne peuvent se lire que dans l’autre sont lues ainsi et signalées.`,
  dateOrders: { dmy: "jour/mois (31/01/2025)", mdy: "mois/jour (01/31/2025)" },
  dateOrderChosen: (order) => `Ordre des dates${NBSP}: ${order} (choisi à l’étape 2)`,
  issueLine: (row, column, message) => issueLineIn("fr", row, column, message),
  showAllIssues: (count) => `Afficher la liste complète (${formatCount(count, "fr")})`,
  hideIssues: "Masquer la liste complète",
  reconciliationHeading: "Contrôle des totaux",
  reconciliationLine: (header, source, imported, rejected) =>
    `${header}${NBSP}: source ${source} = importé ${imported} + rejeté ${rejected}`,
  reconciliationOk: "Les totaux concordent avec la source.",
  reconciliationGap: (gap) => `Écart inexpliqué de ${gap}${NNBSP}!`,

  optionsHeading: "3. Options",
  mainDimension: "Axe principal (colonnes du TCD, répartition)",
  secondDimension: "Axe secondaire",
  noDimension: "Aucun",
  targets: "Objectifs",
  targetModes: {
    workbook: `Ceux du tableau «${NBSP}Objectifs${NBSP}» du classeur`,
    none: "Pas d’objectif",
    column: "Une colonne de la source",
    monthly: "Un montant par mois (saisi ou collé)",
  },
  targetColumn: "Colonne des objectifs",
  targetColumnNone: `Aucune colonne n’a le rôle «${NBSP}Objectif${NBSP}» (étape 2).`,
  monthlyTargets: "Objectifs mensuels",
  monthlyTargetsHint: `Une ligne par mois, le mois puis le montant, par exemple «${NBSP}2024-01${NNBSP}; 12${NNBSP}500${NBSP}» ou deux colonnes collées depuis Excel.`,
  monthlyTargetsParsed: (count) =>
    `${formatCount(count, "fr")} ${plural(count, "fr", "mois lu", "mois lus")}.`,
  monthlyTargetsError: (line, text) =>
    `Ligne ${line} illisible${NBSP}: ${guillemets(text)}. Écrivez le mois (2024-01 ou 01/2024) puis le montant.`,
  workbookLanguage: "Langue du classeur et du commentaire",
  languageNames: { fr: "Français", en: "English" },
  commentaryLength: "Longueur du commentaire",
  lengths: {
    auto: "Selon les faits marquants (4 à 8 phrases)",
    short: "Courte (4 phrases)",
    medium: "Moyenne (6 phrases)",
    long: "Longue (8 phrases)",
  },
  currency: "Devise",
  currencyFromData: (name) => `${name}, comme dans les données`,
  currencyAuto: (resolved) =>
    resolved ? `Automatique${NBSP}: ${resolved}` : "Automatique (d’après les données)",
  currencyNone: "sans devise",
  currencyNames: {
    EUR: "Euro (€)",
    USD: "Dollar américain ($)",
    GBP: "Livre sterling (£)",
    CHF: "Franc suisse (CHF)",
    CAD: "Dollar canadien ($ CA)",
  },

  buildHeading: "4. Génération",
  build: "Générer le tableau de bord",
  refresh: "Actualiser le tableau de bord",
  refreshHint: `Ce classeur contient déjà le tableau de bord${NBSP}: il sera mis à jour sur place, vos propres feuilles ne sont pas touchées.`,
  buildDisabledNoSource: "Choisissez d’abord une source de données (étape 1).",
  buildDisabledColumns: "Complétez d’abord les colonnes (étape 2).",
  stages: {
    reading: "Lecture des données",
    analysing: "Analyse des ventes",
    data: "Écriture des données",
    pivots: "Tableaux croisés dynamiques",
    tracking: "Suivi mensuel",
    charts: "Graphiques",
    commentary: "Commentaire",
  },
  stageOf: (index, count, label) => `Étape ${index} sur ${count}${NBSP}: ${label}…`,
  cancel: "Annuler",
  cancelled: "Génération annulée.",
  errorTitle: "La génération n’a pas abouti",
  errorDetail: "Détail technique",
  dismiss: "Fermer",

  resultHeading: "5. Résultat",
  resultReady: (sheets) => `Tableau de bord prêt${NBSP}: ${sheets}.`,
  commentaryHeading: "Commentaire",
  commentaryHint:
    "Cliquez sur une phrase pour sélectionner, dans le classeur, la cellule de son chiffre.",
  selectFigure: "Sélectionner la cellule de ce chiffre",
  copy: "Copier le commentaire",
  copied: `Commentaire copié${NNBSP}!`,
  copyFailed: `La copie a échoué${NBSP}: sélectionnez le texte et appuyez sur Ctrl+C.`,
  factsHeading: "Faits marquants",
  noFacts: "Aucun fait marquant dans ces données.",
  scoreLabel: (score) => `importance ${score}`,

  trainerHeading: "Formules du suivi mensuel",
  trainerIntro: `Chaque colonne du tableau «${NBSP}Suivi mensuel${NBSP}» est une formule vivante. Voici celle de la première ligne, telle que vous la lirez dans la barre de formule.`,
  trainerEmpty: "Générez d’abord le tableau de bord pour voir ses formules.",
  trainerColumn: (header) => `Colonne ${guillemets(header)}`,
  selectCell: "Sélectionner la cellule",
  formulaLabel: "Formule",
  explanations: {
    month: `Premier jour du mois, affiché en toutes lettres${NBSP}: c’est le critère de toutes les autres colonnes.`,
    revenue: `Somme du CA HT des ventes du mois${NBSP}: SOMME.SI.ENS sur le tableau Ventes, avec le mois pour critère.`,
    prevYearRevenue: `Même somme pour le même mois un an plus tôt (MOIS.DECALER de −12), vide quand les données ne couvrent pas ce mois, ou quand ce mois ou celui d’il y a un an est incomplet (un mois partiel n’est pas comparé à un mois entier${NNBSP}; le total ne porte que sur les mois comparés).`,
    prevYearChange: `Écart en valeur avec le même mois de l’année précédente${NBSP}: CA HT − CA N-1.`,
    prevYearChangePct: `Évolution${NBSP}: écart / CA N-1${NNBSP}; «${NBSP}n.s.${NBSP}» quand le CA N-1 est nul ou négatif, jamais d’erreur de division par zéro.`,
    prevMonthChange: `Écart avec le mois précédent${NBSP}: CA HT du mois − CA HT du mois d’avant, retrouvé par INDEX et EQUIV sur MOIS.DECALER(Mois${NNBSP}; −1)${NNBSP}; pour le premier mois, EQUIV ne trouve rien (#N/A) et SIERREUR laisse la cellule vide. Vide aussi quand ce mois ou le précédent est incomplet.`,
    prevMonthChangePct: `Évolution sur un mois${NBSP}: écart M-1 / CA HT du mois précédent${NNBSP}; «${NBSP}n.s.${NBSP}» si celui-ci est nul ou négatif.`,
    ytdRevenue: `Cumul depuis le début de l’exercice${NBSP}: somme du CA HT des mois de l’année jusqu’à celui-ci (SOMME.SI.ENS sur le tableau lui-même).`,
    cost: "Somme du coût d’achat des ventes du mois (SOMME.SI.ENS).",
    margin: `Marge brute${NBSP}: CA HT − coût d’achat.`,
    marginRate: `Taux de marque${NBSP}: marge brute / CA HT${NNBSP}; «${NBSP}n.s.${NBSP}» si le CA est nul ou négatif.`,
    markupRate: `Taux de marge${NBSP}: marge brute / coût d’achat, à ne pas confondre avec le taux de marque${NNBSP}; «${NBSP}n.s.${NBSP}» si le coût est nul ou négatif.`,
    target: `Objectif du mois, lu dans le tableau des objectifs (modifiable)${NNBSP}; vide sans objectif.`,
    targetGap: `Écart à l’objectif${NBSP}: CA HT − objectif, négatif quand l’objectif n’est pas atteint${NNBSP}; vide pour un mois incomplet (son objectif est celui d’un mois entier).`,
    status: `Statut du mois (fonction SI)${NBSP}: ${guillemets("Mois incomplet (jusqu’au 17)")} pour un mois partiel, le jour venant de la dernière date des données (JOUR(MAX(Ventes[Date])))${NNBSP}; sinon ${guillemets("Objectif atteint")} si l’écart objectif est positif ou nul, ${guillemets("Sous l’objectif")} s’il est négatif, vide sans objectif.`,
  },

  statusExplanation: ({ partial, target }) => {
    const labels = [...new Set(partial.map((p) => guillemets(p.label)))].join(" ou ");
    const days = [...new Set(partial.map((p) => p.day))].join(" ou ");
    const which = [...new Set(partial.map((p) => (p.last ? "dernière" : "première")))].join(" ou ");
    const partialText = `${labels} pour un mois partiel, n étant le jour de la ${which} date des données (${days})`;
    const targetText = target
      ? `${guillemets(target.met)} si l’écart objectif est positif ou nul, ${guillemets(target.below)} s’il est négatif, vide sans objectif`
      : "";
    const head = `Statut du mois (fonction SI)${NBSP}: `;
    if (!partial.length) return `${head}${targetText}.`;
    if (!target)
      return `${head}${partialText}${NNBSP}; vide pour les autres mois (pas d’objectif).`;
    return `${head}${partialText}${NNBSP}; sinon ${targetText}.`;
  },

  autoDimension: "Choix automatique",
  sourceFormat: (encoding, delimiter, sheet) =>
    [
      encoding ? `encodage ${ENCODING_NAMES[encoding] ?? encoding}` : null,
      delimiter ? `séparateur ${guillemets(delimiter === "\t" ? "tabulation" : delimiter)}` : null,
      sheet ? `feuille ${guillemets(sheet)}` : null,
    ]
      .filter(Boolean)
      .join(", "),
  readingCancelled: "Lecture annulée.",
  rowCount: (formatted, n) => `${formatted} ${plural(n, "fr", "ligne", "lignes")}`,

  errors: {
    InvalidOperationInEditMode: {
      message: "Excel est en train de modifier une cellule.",
      action: "Appuyez sur Entrée ou Échap pour terminer la saisie, puis réessayez.",
    },
    RequestPayloadSizeLimitExceeded: {
      message: "Les données sont trop volumineuses pour être envoyées à Excel en une fois.",
      action: `Réessayez${NNBSP}; si le problème persiste, utilisez Excel pour Windows ou Mac, ou réduisez la période importée.`,
    },
    ResponsePayloadSizeLimitExceeded: {
      message: "La source est trop volumineuse pour être lue en une fois.",
      action: "Enregistrez-la en CSV et choisissez ce fichier comme source.",
    },
    AccessDenied: {
      message: `Excel refuse la modification${NBSP}: le classeur ou une feuille est peut-être protégé, ou ouvert en lecture seule.`,
      action:
        "Ôtez la protection (onglet Révision) ou enregistrez une copie modifiable, puis réessayez.",
    },
    ItemNotFound: {
      message: "Un élément du classeur a disparu pendant l’opération (feuille, tableau ou plage).",
      action: "Actualisez la liste des sources puis relancez la génération.",
    },
    ItemAlreadyExists: {
      message: "Un élément du même nom existe déjà dans le classeur.",
      action: "Renommez votre feuille ou votre tableau, puis relancez la génération.",
    },
    InvalidReference: {
      message: "Une référence de cellule n’est plus valide.",
      action: `Relancez la génération${NNBSP}; le tableau de bord sera reconstruit.`,
    },
    InvalidArgument: {
      message: "Excel a refusé une valeur envoyée par le complément.",
      action: "Relancez la génération. Si l’erreur revient, signalez-la avec le détail technique.",
    },
    InsertDeleteConflict: {
      message: "Des cellules ont été insérées ou supprimées pendant l’opération.",
      action: "Attendez la fin de la génération avant de modifier le classeur, puis réessayez.",
    },
    ApiNotFound: {
      message: "Cette version d’Excel ne connaît pas une fonction dont le complément a besoin.",
      action: "Mettez Office à jour, ou utilisez Excel pour le web.",
    },
    NotImplemented: {
      message: "Cette version d’Excel ne connaît pas une fonction dont le complément a besoin.",
      action: "Mettez Office à jour, ou utilisez Excel pour le web.",
    },
    Conflict: {
      message: "Quelqu’un d’autre modifie le classeur en même temps.",
      action: "Attendez quelques secondes, puis réessayez.",
    },
    ActivityLimitReached: {
      message: "Excel a reçu trop de demandes en peu de temps.",
      action: "Patientez une minute, puis réessayez.",
    },
    MemoryLimitReached: {
      message: "Excel manque de mémoire pour cette opération.",
      action:
        "Fermez les autres classeurs ouverts, ou réduisez la période importée, puis réessayez.",
    },
    GeneralException: {
      message: "Excel a rencontré une erreur interne.",
      action: "Enregistrez le classeur, fermez-le et rouvrez-le, puis relancez la génération.",
    },
    Timeout: {
      message: "Excel n’a pas répondu à temps.",
      action: `Réessayez${NNBSP}; sur un gros fichier, la génération peut prendre une minute.`,
    },
    Worker: {
      message: "La lecture du fichier a échoué dans le complément.",
      action: "Fermez le volet puis rouvrez-le, et choisissez à nouveau le fichier.",
    },
  },
  unexpected: (detail) => `Une erreur inattendue s’est produite (${detail}).`,
  unexpectedAction: `Réessayez${NNBSP}; si le problème persiste, enregistrez le classeur, fermez-le et rouvrez-le.`,
  selectCellFailed: `Impossible de sélectionner cette cellule${NBSP}: la feuille a peut-être été supprimée. Actualisez le tableau de bord.`,
};

const en: Strings = {
  appTitle: "Sales tracking",
  tagline: "Your data stays in the workbook.",
  trainerMode: "Trainer mode",
  trainerModeHint: "Shows the formulas of the monthly tracking table, each explained.",

  sourceHeading: "1. Data source",
  sourceKindLabel: "Where are the sales?",
  sourceKindFile: "In a file (CSV, TSV, Excel)",
  sourceKindSelection: "In the selected range",
  sourceKindWorkbook: "In a table or sheet of this workbook",
  chooseFile: "Choose a file…",
  dropHint: "or drop a CSV, TSV or Excel (.xlsx) file here.",
  dropActive: "Release to read this file.",
  chosenFile: (name, size) => `File: ${name} (${size})`,
  workbookSourceLabel: "Table or sheet",
  workbookSourcePlaceholder: "Choose a source…",
  workbookSourceTable: (name, sheet, rows) => `Table “${name}”, sheet “${sheet}” (${rows})`,
  workbookSourceSheet: (name, rows) => `Sheet “${name}” (${rows})`,
  workbookSourcesNone: "This workbook has no table or data sheet yet.",
  refreshList: "Refresh the list",
  readSelection: "Read the selection",
  readWorkbookSource: "Read this source",
  selectionHint:
    "Select the range of sales in the sheet, headers included, then click “Read the selection”.",
  readingFile: (name) => `Reading ${name}…`,
  unsupportedFile: (name) =>
    `“${name}” is not a CSV, TSV or Excel (.xlsx) file. Save it in one of these formats and choose it again.`,

  columnsHeading: "2. Columns",
  columnsWaiting: "The columns will show here once the source is read.",
  rowsSummary: (read, imported, rejected) =>
    `${read} ${plural(countOf(read), "en", "row", "rows")} read, ${imported} imported, ${rejected} rejected.`,
  roleOf: (header) => `Role of column “${header}”`,
  samples: "Examples:",
  noSamples: "(empty column)",
  roles: {
    date: "Date",
    revenue: "Revenue (excl. tax)",
    cost: "Cost",
    profit: "Gross margin",
    quantity: "Quantity",
    unitPrice: "Unit price (excl. tax)",
    discount: "Discount",
    target: "Target",
    dimension: "Breakdown",
    ignore: "Ignore",
  },
  dimensionKinds: {
    product: "product",
    category: "category",
    region: "region",
    customer: "customer",
    salesperson: "salesperson",
    channel: "channel",
    store: "store",
    other: "other",
  },
  detectedBy: {
    header: "recognised from the header",
    content: "recognised from the content",
    override: "chosen by you",
    none: "not recognised",
  },
  derived: {
    revenue: "Revenue computed: quantity × unit price × (1 − discount).",
    cost: "Cost computed: revenue − gross margin.",
    margin: "Gross margin computed: revenue − cost.",
  },
  missingDate:
    "Tell which column holds the date of the sales (role “Date”): nothing can be built without it.",
  missingRevenue:
    "Tell which column holds the sales amount (role “Revenue”), or the “Quantity” and “Unit price” columns.",
  fatalImport: "No sales could be read from this source.",
  rejectedHeading: "Rejected rows",
  warningsHeading: "Skipped rows and warnings",
  dateConflictsHeading: "Conflicting dates",
  dateOrderLabel: "Date order",
  dateOrderHint:
    "The dates listed cannot all be read in the same order. Choose the file's order: ambiguous dates are read in that order, and those that can only be read the other way are read so and reported.",
  dateOrders: { dmy: "day/month (31/01/2025)", mdy: "month/day (01/31/2025)" },
  dateOrderChosen: (order) => `Date order: ${order} (chosen in step 2)`,
  issueLine: (row, column, message) => issueLineIn("en", row, column, message),
  showAllIssues: (count) => `Show the full list (${formatCount(count, "en")})`,
  hideIssues: "Hide the full list",
  reconciliationHeading: "Totals check",
  reconciliationLine: (header, source, imported, rejected) =>
    `${header}: source ${source} = imported ${imported} + rejected ${rejected}`,
  reconciliationOk: "The totals match the source.",
  reconciliationGap: (gap) => `Unexplained gap of ${gap}!`,

  optionsHeading: "3. Options",
  mainDimension: "Main breakdown (pivot columns, distribution)",
  secondDimension: "Second breakdown",
  noDimension: "None",
  targets: "Targets",
  targetModes: {
    workbook: "Those of the workbook’s “Targets” table",
    none: "No target",
    column: "A column of the source",
    monthly: "An amount per month (typed or pasted)",
  },
  targetColumn: "Target column",
  targetColumnNone: "No column has the role “Target” (step 2).",
  monthlyTargets: "Monthly targets",
  monthlyTargetsHint:
    "One line per month, the month then the amount, for example “2024-01; 12,500”, or two columns pasted from Excel.",
  monthlyTargetsParsed: (count) =>
    `${formatCount(count, "en")} ${plural(count, "en", "month", "months")} read.`,
  monthlyTargetsError: (line, text) =>
    `Line ${line} cannot be read: “${text}”. Write the month (2024-01 or 01/2024) then the amount.`,
  workbookLanguage: "Workbook and commentary language",
  languageNames: { fr: "Français", en: "English" },
  commentaryLength: "Commentary length",
  lengths: {
    auto: "As the facts require (4 to 8 sentences)",
    short: "Short (4 sentences)",
    medium: "Medium (6 sentences)",
    long: "Long (8 sentences)",
  },
  currency: "Currency",
  currencyFromData: (name) => `${name}, as in the data`,
  currencyAuto: (resolved) => (resolved ? `Automatic: ${resolved}` : "Automatic (from the data)"),
  currencyNone: "no currency",
  currencyNames: {
    EUR: "Euro (€)",
    USD: "US dollar ($)",
    GBP: "Pound sterling (£)",
    CHF: "Swiss franc (CHF)",
    CAD: "Canadian dollar (CA$)",
  },

  buildHeading: "4. Build",
  build: "Build the dashboard",
  refresh: "Refresh the dashboard",
  refreshHint:
    "This workbook already has the dashboard: it will be updated in place; your own sheets are left untouched.",
  buildDisabledNoSource: "Choose a data source first (step 1).",
  buildDisabledColumns: "Complete the columns first (step 2).",
  stages: {
    reading: "Reading the data",
    analysing: "Analysing the sales",
    data: "Writing the data",
    pivots: "PivotTables",
    tracking: "Monthly tracking",
    charts: "Charts",
    commentary: "Commentary",
  },
  stageOf: (index, count, label) => `Step ${index} of ${count}: ${label}…`,
  cancel: "Cancel",
  cancelled: "Build cancelled.",
  errorTitle: "The build did not complete",
  errorDetail: "Technical detail",
  dismiss: "Close",

  resultHeading: "5. Result",
  resultReady: (sheets) => `Dashboard ready: ${sheets}.`,
  commentaryHeading: "Commentary",
  commentaryHint: "Click a sentence to select the cell of its figure in the workbook.",
  selectFigure: "Select the cell of this figure",
  copy: "Copy the commentary",
  copied: "Commentary copied!",
  copyFailed: "Copy failed: select the text and press Ctrl+C.",
  factsHeading: "Significant facts",
  noFacts: "No significant fact in this data.",
  scoreLabel: (score) => `importance ${score}`,

  trainerHeading: "Tracking table formulas",
  trainerIntro:
    "Every column of the “Monthly tracking” table is a live formula. Here is the formula of its first row, as the formula bar shows it.",
  trainerEmpty: "Build the dashboard first to see its formulas.",
  trainerColumn: (header) => `Column “${header}”`,
  selectCell: "Select the cell",
  formulaLabel: "Formula",
  explanations: {
    month: "First day of the month, shown as month and year: the criterion of every other column.",
    revenue:
      "Sum of the month’s sales revenue: SUMIFS over the Sales table, with the month as criterion.",
    prevYearRevenue:
      "Same sum for the same month a year earlier (EDATE −12), blank when the data does not cover that month, or when this month or that one is partial (a partial month is not compared with a whole one; the total covers the compared months only).",
    prevYearChange: "Gap in value with the same month last year: revenue − last year’s revenue.",
    prevYearChangePct:
      "Change: gap / last year’s revenue; “n.s.” when that is zero or negative, never a division-by-zero error.",
    prevMonthChange:
      "Gap with the previous month: this month’s revenue − the previous month’s, found by INDEX and MATCH on EDATE(Month, −1); for the first month MATCH finds nothing (#N/A) and IFERROR leaves the cell blank. Blank too when this month or the previous one is partial.",
    prevMonthChangePct:
      "Change over one month: gap / previous month’s revenue; “n.s.” when that is zero or negative.",
    ytdRevenue:
      "Year to date: sum of the revenue of the year’s months up to this one (SUMIFS on the table itself).",
    cost: "Sum of the cost of the month’s sales (SUMIFS).",
    margin: "Gross margin: revenue − cost.",
    marginRate: "Margin rate: gross margin / revenue; “n.s.” when revenue is zero or negative.",
    markupRate:
      "Markup rate: gross margin / cost, not the same ratio as the margin rate; “n.s.” when cost is zero or negative.",
    target:
      "The month’s target, read from the targets table (you can edit it); blank without a target.",
    targetGap:
      "Gap to target: revenue − target, negative when the target is missed; blank for a partial month (its target is a whole month’s).",
    status:
      "Status of the month (IF): “Partial month (to day 17)” for a partial month, the day coming from the data’s last date (DAY(MAX(Sales[Date]))); otherwise “Target met” when the gap to target is zero or more, “Below target” when it is negative, blank without a target.",
  },

  statusExplanation: ({ partial, target }) => {
    const labels = [...new Set(partial.map((p) => `“${p.label}”`))].join(" or ");
    const days = [...new Set(partial.map((p) => p.day))].join(" or ");
    const which = [...new Set(partial.map((p) => (p.last ? "last" : "first")))].join(" or ");
    const partialText = `${labels} for a partial month, n being the day of the data’s ${which} date (${days})`;
    const targetText = target
      ? `“${target.met}” when the gap to target is zero or more, “${target.below}” when it is negative, blank without a target`
      : "";
    const head = "Status of the month (IF): ";
    if (!partial.length) return `${head}${targetText}.`;
    if (!target) return `${head}${partialText}; blank for the other months (no targets).`;
    return `${head}${partialText}; otherwise ${targetText}.`;
  },

  autoDimension: "Automatic choice",
  sourceFormat: (encoding, delimiter, sheet) =>
    [
      encoding ? `encoding ${ENCODING_NAMES[encoding] ?? encoding}` : null,
      delimiter ? `separator “${delimiter === "\t" ? "tab" : delimiter}”` : null,
      sheet ? `sheet “${sheet}”` : null,
    ]
      .filter(Boolean)
      .join(", "),
  readingCancelled: "Reading cancelled.",
  rowCount: (formatted, n) => `${formatted} ${plural(n, "en", "row", "rows")}`,

  errors: {
    InvalidOperationInEditMode: {
      message: "Excel is busy editing a cell.",
      action: "Press Enter or Esc to finish typing, then try again.",
    },
    RequestPayloadSizeLimitExceeded: {
      message: "The data is too large to be sent to Excel at once.",
      action:
        "Try again; if it persists, use Excel for Windows or Mac, or import a shorter period.",
    },
    ResponsePayloadSizeLimitExceeded: {
      message: "The source is too large to be read at once.",
      action: "Save it as CSV and choose that file as the source.",
    },
    AccessDenied: {
      message:
        "Excel refused the change: the workbook or a sheet may be protected, or opened read-only.",
      action: "Unprotect it (Review tab) or save an editable copy, then try again.",
    },
    ItemNotFound: {
      message:
        "Something in the workbook disappeared during the operation (sheet, table or range).",
      action: "Refresh the list of sources, then build again.",
    },
    ItemAlreadyExists: {
      message: "An item with the same name already exists in the workbook.",
      action: "Rename your sheet or table, then build again.",
    },
    InvalidReference: {
      message: "A cell reference is no longer valid.",
      action: "Build again; the dashboard will be rebuilt.",
    },
    InvalidArgument: {
      message: "Excel refused a value sent by the add-in.",
      action: "Build again. If the error comes back, report it with the technical detail.",
    },
    InsertDeleteConflict: {
      message: "Cells were inserted or deleted during the operation.",
      action: "Wait for the build to finish before editing the workbook, then try again.",
    },
    ApiNotFound: {
      message: "This version of Excel lacks a feature the add-in needs.",
      action: "Update Office, or use Excel on the web.",
    },
    NotImplemented: {
      message: "This version of Excel lacks a feature the add-in needs.",
      action: "Update Office, or use Excel on the web.",
    },
    Conflict: {
      message: "Someone else is editing the workbook at the same time.",
      action: "Wait a few seconds, then try again.",
    },
    ActivityLimitReached: {
      message: "Excel received too many requests in a short time.",
      action: "Wait a minute, then try again.",
    },
    MemoryLimitReached: {
      message: "Excel ran out of memory for this operation.",
      action: "Close other workbooks or import a shorter period, then try again.",
    },
    GeneralException: {
      message: "Excel hit an internal error.",
      action: "Save the workbook, close and reopen it, then build again.",
    },
    Timeout: {
      message: "Excel did not answer in time.",
      action: "Try again; a large file can take a minute to build.",
    },
    Worker: {
      message: "Reading the file failed inside the add-in.",
      action: "Close and reopen the pane, then choose the file again.",
    },
  },
  unexpected: (detail) => `An unexpected error occurred (${detail}).`,
  unexpectedAction: "Try again; if it persists, save the workbook, close and reopen it.",
  selectCellFailed:
    "This cell cannot be selected: its sheet may have been deleted. Refresh the dashboard.",
};

export const STRINGS: Record<Lang, Strings> = { fr, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
