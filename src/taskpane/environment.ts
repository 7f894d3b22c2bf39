/**
 * What the pane takes from its host: the UI language (Office display language) and the theme
 * (Office theme, or the system's high-contrast mode). Read once at start; theme changes are
 * followed when the host reports them.
 */
import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { Lang } from "../domain/import/types";

export type ThemeKind = "light" | "dark" | "highContrast";

export interface PaneEnvironment {
  /** UI language. */
  lang: Lang;
  /** BCP 47 tag from Office ("fr-FR", "en-US"), for Intl. */
  locale: string;
  theme: ThemeKind;
  /** Office's own body colours, so the pane blends in (ignored in high contrast). */
  officeColors?: { background: string; foreground: string };
}

/** French when Office is in French (any region), English otherwise. */
export function languageFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return /^fr\b/i.test(displayLanguage ?? "") ? "fr" : "en";
}

/** Relative luminance of a #rrggbb colour (WCAG 2 definition), or null if unreadable. */
export function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const v = parseInt(m[1], 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((v >> 16) & 255) + 0.7152 * channel((v >> 8) & 255) + 0.0722 * channel(v & 255)
  );
}

export function contrastRatio(a: string, b: string): number | null {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Theme kind from Office's theme and the system's forced-colours (high contrast) mode. */
export function themeKindFrom(
  officeTheme: Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "isDarkTheme">> | undefined,
  forcedColors: boolean
): ThemeKind {
  if (forcedColors) return "highContrast";
  if (!officeTheme) return "light";
  if (typeof officeTheme.isDarkTheme === "boolean")
    return officeTheme.isDarkTheme ? "dark" : "light";
  const l = officeTheme.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : null;
  return l !== null && l < 0.2 ? "dark" : "light";
}

/** The Fluent theme for a kind, tinted with Office's body colours when they keep text readable. */
export function fluentTheme(env: Pick<PaneEnvironment, "theme" | "officeColors">): Theme {
  if (env.theme === "highContrast") return teamsHighContrastTheme;
  const base = env.theme === "dark" ? webDarkTheme : webLightTheme;
  const colors = env.officeColors;
  if (!colors) return base;
  // Keep Office's background only if the theme's own text stays at AAA contrast on it.
  const ratio = contrastRatio(colors.background, base.colorNeutralForeground1);
  if (ratio === null || ratio < 7) return base;
  return { ...base, colorNeutralBackground1: colors.background };
}

/** Reads the environment from office.js (call after Office.onReady). */
export function officeEnvironment(office: typeof Office, win: Window): PaneEnvironment {
  const context = office?.context;
  const displayLanguage = context?.displayLanguage;
  const theme = safe(() => context?.officeTheme);
  const forced = safe(() => win.matchMedia?.("(forced-colors: active)").matches) ?? false;
  const lang = languageFromDisplayLanguage(displayLanguage ?? win.navigator?.language);
  return {
    lang,
    locale: displayLanguage || (lang === "fr" ? "fr-FR" : "en-US"),
    theme: themeKindFrom(theme, forced),
    officeColors:
      theme?.bodyBackgroundColor && theme.bodyForegroundColor
        ? { background: theme.bodyBackgroundColor, foreground: theme.bodyForegroundColor }
        : undefined,
  };
}

/** Calls `onChange` when the system's high-contrast mode or Office's theme changes. */
export function watchEnvironment(
  office: typeof Office,
  win: Window,
  onChange: () => void
): () => void {
  const media = safe(() => win.matchMedia?.("(forced-colors: active)"));
  media?.addEventListener?.("change", onChange);
  // Office reports theme changes where supported (not all hosts): ignore the failure elsewhere.
  safe(() =>
    office.context.document.addHandlerAsync(
      office.EventType?.OfficeThemeChanged ?? ("officeThemeChanged" as unknown as Office.EventType),
      onChange,
      () => undefined
    )
  );
  return () => media?.removeEventListener?.("change", onChange);
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
