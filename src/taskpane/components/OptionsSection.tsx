import {
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../domain/import/types";
import type { TargetMode } from "../i18n/strings";
import { parseMonthlyTargets } from "../../domain/import/targets";
import type { DateOrderChoice } from "../services";
import { useUi } from "./context";
import type { Handler } from "./handlers";

export type CommentaryLength = "auto" | "short" | "medium" | "long";

/** Sentences asked of the commentary (undefined: as many as there are significant facts, 4 to 8). */
export const SENTENCES: Record<CommentaryLength, number | undefined> = {
  auto: undefined,
  short: 4,
  medium: 6,
  long: 8,
};

export interface BuildOptions {
  /** "" = let the analysis choose. */
  mainDimension: string;
  secondDimension: string;
  targetMode: TargetMode;
  monthlyTargets: string;
  lang: Lang;
  length: CommentaryLength;
  /** ISO 4217 code the user picked; "" = automatic: the commentary's own rule (a symbol in the
   * amounts, else euros for a French export, else the language's default), as on the command line. */
  currency: string;
}

export function defaultOptions(
  lang: Lang,
  hasTargetColumn: boolean,
  dashboardExists: boolean
): BuildOptions {
  return {
    mainDimension: "",
    secondDimension: "",
    // On a refresh, keep the targets the user typed in the workbook.
    targetMode: dashboardExists ? "workbook" : hasTargetColumn ? "column" : "none",
    monthlyTargets: "",
    lang,
    length: "auto",
    currency: "",
  };
}

const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "CAD"];

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  error: { color: tokens.colorPaletteRedForeground1 },
  // A long option (a translation, a currency name) must not widen the
  // select past the pane: the grid item may shrink below its content's width.
  select: { minWidth: 0 },
});

export interface OptionsSectionProps {
  options: BuildOptions;
  onChange: Handler<BuildOptions>;
  dimensions: string[];
  /** Header of the column with the "target" role, if any. */
  targetColumn: string | null;
  /** Currency seen in the data, if any. */
  dataCurrency: string | null;
  /** What "automatic" gave at the last build of this source in this language (null: no
   * currency, undefined: not built yet). */
  resolvedCurrency: string | null | undefined;
  /** Order of ambiguous dates chosen in the columns step, recalled here. */
  dateOrder?: DateOrderChoice;
  disabled: boolean;
  /** The workbook already has a dashboard (and maybe targets typed in it). */
  dashboardExists: boolean;
}

export function OptionsSection({
  options,
  onChange,
  dimensions,
  targetColumn,
  dataCurrency,
  resolvedCurrency,
  dateOrder,
  disabled,
  dashboardExists,
}: OptionsSectionProps) {
  const { s, lang } = useUi();
  const styles = useStyles();
  const set = <K extends keyof BuildOptions>(key: K, value: BuildOptions[K]) =>
    onChange({ ...options, [key]: value });
  const parsed =
    options.targetMode === "monthly" ? parseMonthlyTargets(options.monthlyTargets, lang) : null;
  const parsedCount = parsed ? Object.keys(parsed.monthly).length : 0;
  const currencies =
    dataCurrency && !CURRENCIES.includes(dataCurrency) ? [dataCurrency, ...CURRENCIES] : CURRENCIES;
  const nameOf = (code: string) => s.currencyNames[code] ?? code;
  // The data's own symbol is known at once; the other rules (French export, language) are the
  // commentary's, known after a build.
  const automaticLabel =
    resolvedCurrency !== undefined
      ? s.currencyAuto(resolvedCurrency === null ? s.currencyNone : nameOf(resolvedCurrency))
      : dataCurrency
        ? s.currencyAuto(nameOf(dataCurrency))
        : s.currencyAuto(null);

  return (
    <div className={styles.grid}>
      {dateOrder && (
        <Caption1 data-testid="date-order-chosen">
          {s.dateOrderChosen(s.dateOrders[dateOrder])}
        </Caption1>
      )}
      <Field label={s.mainDimension}>
        <Select
          className={styles.select}
          value={options.mainDimension}
          disabled={disabled || dimensions.length === 0}
          onChange={(_, d) => set("mainDimension", d.value)}
        >
          <option value="">{dimensions.length ? s.autoDimension : s.noDimension}</option>
          {dimensions.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.secondDimension}>
        <Select
          className={styles.select}
          value={options.secondDimension}
          disabled={disabled || dimensions.length < 2}
          onChange={(_, d) => set("secondDimension", d.value)}
        >
          <option value="">{dimensions.length > 1 ? s.autoDimension : s.noDimension}</option>
          {dimensions
            .filter((d) => d !== options.mainDimension)
            .map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
        </Select>
      </Field>

      <Field label={s.targets}>
        <RadioGroup
          value={options.targetMode}
          disabled={disabled}
          onChange={(_, d) => set("targetMode", d.value as TargetMode)}
        >
          {dashboardExists && <Radio value="workbook" label={s.targetModes.workbook} />}
          <Radio value="none" label={s.targetModes.none} />
          <Radio
            value="column"
            label={
              targetColumn ? `${s.targetModes.column} (${targetColumn})` : s.targetModes.column
            }
            disabled={!targetColumn}
          />
          <Radio value="monthly" label={s.targetModes.monthly} />
        </RadioGroup>
      </Field>
      {!targetColumn && options.targetMode !== "monthly" && (
        <Caption1>{s.targetColumnNone}</Caption1>
      )}
      {options.targetMode === "monthly" && (
        <Field
          label={s.monthlyTargets}
          hint={s.monthlyTargetsHint}
          validationState={
            parsed && parsed.errors.length ? "error" : parsedCount ? "success" : "none"
          }
          validationMessage={
            parsed && parsed.errors.length
              ? s.monthlyTargetsError(parsed.errors[0].line, parsed.errors[0].text)
              : parsedCount
                ? s.monthlyTargetsParsed(parsedCount)
                : undefined
          }
        >
          <Textarea
            value={options.monthlyTargets}
            disabled={disabled}
            resize="vertical"
            rows={4}
            onChange={(_, d) => set("monthlyTargets", d.value)}
          />
        </Field>
      )}

      {parsed && parsed.errors.length > 1 && (
        <Caption1 className={styles.error}>
          {parsed.errors
            .slice(1, 4)
            .map((e) => s.monthlyTargetsError(e.line, e.text))
            .join(" ")}
        </Caption1>
      )}

      <Field label={s.workbookLanguage}>
        <RadioGroup
          layout="horizontal"
          value={options.lang}
          disabled={disabled}
          onChange={(_, d) => set("lang", d.value as Lang)}
        >
          <Radio value="fr" label={s.languageNames.fr} lang="fr" />
          <Radio value="en" label={s.languageNames.en} lang="en" />
        </RadioGroup>
      </Field>

      <Field label={s.commentaryLength}>
        <Select
          className={styles.select}
          value={options.length}
          disabled={disabled}
          onChange={(_, d) => set("length", d.value as CommentaryLength)}
          data-testid="commentary-length"
        >
          <option value="auto">{s.lengths.auto}</option>
          <option value="short">{s.lengths.short}</option>
          <option value="medium">{s.lengths.medium}</option>
          <option value="long">{s.lengths.long}</option>
        </Select>
      </Field>

      <Field label={s.currency}>
        <Select
          className={styles.select}
          value={options.currency}
          disabled={disabled}
          onChange={(_, d) => set("currency", d.value)}
          data-testid="currency"
        >
          <option value="">{automaticLabel}</option>
          {currencies.map((code) => (
            <option key={code} value={code}>
              {code === dataCurrency ? s.currencyFromData(nameOf(code)) : nameOf(code)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
