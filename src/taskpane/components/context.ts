import { createContext, useContext } from "react";
import type { Lang } from "../../domain/import/types";
import { STRINGS, type Strings } from "../i18n/strings";

export interface UiLanguage {
  lang: Lang;
  s: Strings;
}

export const UiLanguageContext = createContext<UiLanguage>({ lang: "fr", s: STRINGS.fr });

/** The UI language and its strings. */
export function useUi(): UiLanguage {
  return useContext(UiLanguageContext);
}
