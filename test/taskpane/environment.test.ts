import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import {
  contrastRatio,
  fluentTheme,
  languageFromDisplayLanguage,
  officeEnvironment,
  themeKindFrom,
} from "../../src/taskpane/environment";

describe("UI language from Office's display language", () => {
  test.each([
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["fr-BE", "fr"],
    ["FR", "fr"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("%s → %s", (tag, lang) => expect(languageFromDisplayLanguage(tag)).toBe(lang));
});

describe("theme from Office's theme", () => {
  test("the system's forced colours mean high contrast, whatever Office says", () => {
    expect(themeKindFrom({ isDarkTheme: false, bodyBackgroundColor: "#ffffff" }, true)).toBe(
      "highContrast"
    );
  });
  test("Office's isDarkTheme when it gives it", () => {
    expect(themeKindFrom({ isDarkTheme: true }, false)).toBe("dark");
    expect(themeKindFrom({ isDarkTheme: false, bodyBackgroundColor: "#000000" }, false)).toBe(
      "light"
    );
  });
  test("otherwise the body background's luminance (older hosts)", () => {
    expect(themeKindFrom({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(themeKindFrom({ bodyBackgroundColor: "#F3F2F1" }, false)).toBe("light");
    expect(themeKindFrom(undefined, false)).toBe("light");
  });
  test("WCAG contrast ratio", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBeCloseTo(1, 5);
    expect(contrastRatio("nope", "#FFFFFF")).toBeNull();
  });
  test("Fluent themes: light, dark, high contrast; Office's background kept only when text stays readable", () => {
    expect(fluentTheme({ theme: "highContrast" })).toBe(teamsHighContrastTheme);
    expect(fluentTheme({ theme: "dark" })).toBe(webDarkTheme);
    expect(fluentTheme({ theme: "light" })).toBe(webLightTheme);
    expect(
      fluentTheme({ theme: "dark", officeColors: { background: "#292929", foreground: "#fff" } })
        .colorNeutralBackground1
    ).toBe("#292929");
    // A light background under the dark theme's light text would be unreadable: ignored.
    expect(
      fluentTheme({ theme: "dark", officeColors: { background: "#f0f0f0", foreground: "#000" } })
        .colorNeutralBackground1
    ).toBe(webDarkTheme.colorNeutralBackground1);
  });
});

test("officeEnvironment reads office.js's context", () => {
  const office = {
    context: {
      displayLanguage: "fr-FR",
      officeTheme: {
        bodyBackgroundColor: "#1f1f1f",
        bodyForegroundColor: "#ffffff",
        isDarkTheme: true,
      },
    },
  } as unknown as typeof Office;
  const win = {
    matchMedia: () => ({ matches: false }),
    navigator: { language: "en-US" },
  } as unknown as Window;
  expect(officeEnvironment(office, win)).toEqual({
    lang: "fr",
    locale: "fr-FR",
    theme: "dark",
    officeColors: { background: "#1f1f1f", foreground: "#ffffff" },
  });
});
