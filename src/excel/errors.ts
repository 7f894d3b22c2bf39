/** Office errors turned into plain French / English messages that say what to do next. */
import type { Localized } from "../domain/import/types";
import { PlanError } from "../domain/dashboard/plan";

/** Thrown when the user cancels (AbortSignal): the pane checks `name === "AbortError"`. */
export class BuildAborted extends Error {
  override name = "AbortError";
  constructor() {
    super("Build cancelled");
  }
}

const BY_CODE: Record<string, Localized> = {
  RequestPayloadSizeLimitExceeded: {
    fr: "Excel a refusé une requête trop volumineuse (plus de 5 Mo). Réessayez ; si cela se reproduit, réduisez la source.",
    en: "Excel refused a request that was too large (over 5 MB). Try again; if it happens again, reduce the source.",
  },
  InvalidOperationInCellEditMode: {
    fr: "Une cellule est en cours de saisie dans Excel : validez-la (Entrée) ou annulez-la (Échap), puis relancez.",
    en: "A cell is being edited in Excel: confirm it (Enter) or cancel it (Esc), then try again.",
  },
  AccessDenied: {
    fr: "Le classeur ou une feuille est protégé : ôtez la protection (onglet Révision), puis relancez.",
    en: "The workbook or a sheet is protected: unprotect it (Review tab), then try again.",
  },
  ItemAlreadyExists: {
    fr: "Un nom utilisé par le tableau de bord existe déjà dans le classeur. Relancez : le complément choisira un autre nom.",
    en: "A name the dashboard uses already exists in the workbook. Try again: the add-in will pick another name.",
  },
  InsertDeleteConflict: {
    fr: "Excel n’a pas pu insérer les lignes (un autre objet gêne). Relancez après avoir enregistré le classeur.",
    en: "Excel could not insert the rows (another object is in the way). Save the workbook and try again.",
  },
};

/** The Excel error code of an error (OfficeExtension.Error's `code`), or undefined. */
export function officeCode(error: unknown): string | undefined {
  if (error instanceof BuildAborted || error instanceof PlanError) return undefined;
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** The message shown to the user for an error thrown during a build. */
export function userMessage(error: unknown): Localized {
  if (error instanceof PlanError) return error.userMessage;
  if (error instanceof BuildAborted) {
    return {
      fr: "Construction annulée : le classeur est resté tel qu’il était.",
      en: "Build cancelled: the workbook was left as it was.",
    };
  }
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "";
  const known = BY_CODE[code];
  const detail = error instanceof Error ? error.message : String(error);
  const base = known ?? {
    fr: `Excel a signalé une erreur (${code || "inconnue"} : ${detail}).`,
    en: `Excel reported an error (${code || "unknown"}: ${detail}).`,
  };
  return base;
}

/** Appended to the message: what became of the workbook. */
export const ROLLED_BACK: Localized = {
  fr: "Le classeur est resté tel qu’il était avant la construction (le tableau de bord précédent, s’il existait, est intact).",
  en: "The workbook was left as it was before the build (the previous dashboard, if any, is intact).",
};

export const ROLLBACK_FAILED: Localized = {
  fr: "Le retour à l’état précédent n’a pas pu se terminer : le tableau de bord précédent est intact mais des feuilles provisoires peuvent subsister ; elles seront supprimées à la prochaine construction.",
  en: "Going back to the previous state could not finish: the previous dashboard is intact but temporary sheets may remain; the next build removes them.",
};

export function join(a: Localized, b: Localized): Localized {
  return { fr: `${a.fr} ${b.fr}`, en: `${a.en} ${b.en}` };
}

/** Appended when an update in place and the rebuild after it both failed. */
export const INCOMPLETE: Localized = {
  fr: "Le tableau de bord n’a pas pu être mis à jour et peut être incomplet : relancez l’actualisation, elle le termine ou le reconstruit.",
  en: "The dashboard could not be updated and may be incomplete: run the refresh again, it finishes or rebuilds it.",
};
