import { Fragment, useId } from "react";
import {
  Body1,
  Body1Strong,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ColumnRole, ImportResult } from "../../domain/import/types";
import { formatCount, formatMoney } from "../i18n/format";
import type { DateOrderChoice } from "../services";
import { useUi } from "./context";
import { IssuesList } from "./IssuesList";
import type { Handler, RoleChangeHandler } from "./handlers";

/** Roles offered in the dropdown, in a sensible reading order. */
export const ROLE_ORDER: ColumnRole[] = [
  "date",
  "revenue",
  "cost",
  "profit",
  "quantity",
  "unitPrice",
  "discount",
  "target",
  "dimension",
  "ignore",
];

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  column: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.2fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  header: { overflowWrap: "anywhere" },
  samples: {
    gridColumnStart: 1,
    gridColumnEnd: 3,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  sample: { whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground2 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  dateOrder: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** Code of the import's issues for a date column mixing day/month and month/day. */
const DATE_ORDER_CONFLICT = "date-order-conflict";

/** True when a build can start: a date and an amount (given or derived) are known. */
export function missingRequirements(result: ImportResult): { date: boolean; revenue: boolean } {
  return {
    date: result.roles.date === null,
    revenue: result.roles.revenue === null && !result.derived.includes("revenue"),
  };
}

export interface ColumnsSectionProps {
  result: ImportResult;
  onRoleChange: RoleChangeHandler;
  /** Order of ambiguous dates chosen for this source (undefined: decided by the import). */
  dateOrder?: DateOrderChoice;
  /** Re-imports with that order. The group stays enabled while it runs (a disabled radio would
   * lose the keyboard focus); a newer choice cancels the read in progress. */
  onDateOrderChange?: Handler<DateOrderChoice>;
}

export function ColumnsSection({
  result,
  onRoleChange,
  dateOrder,
  onDateOrderChange,
}: ColumnsSectionProps) {
  const { s, lang } = useUi();
  const styles = useStyles();
  const baseId = useId();
  const missing = missingRequirements(result);
  // Dates that cannot all be read in one order are listed apart, with the choice of the order.
  const conflicts = result.issues.filter((i) => i.code === DATE_ORDER_CONFLICT);
  const errors = result.issues.filter(
    (i) => i.severity === "error" && i.code !== DATE_ORDER_CONFLICT
  );
  // Derived measures are told above, in plain words: not again as warnings.
  const warnings = result.issues.filter(
    (i) => i.severity !== "error" && !i.code.startsWith("derived-")
  );
  const currency = result.table?.currency ?? null;
  const gap = Math.max(
    0,
    ...result.reconciliation.map((r) =>
      Math.abs(r.source - r.imported - r.rejected - r.skippedTotals)
    )
  );
  const format = s.sourceFormat(
    result.source.encoding ?? null,
    result.source.delimiter ?? null,
    result.source.sheet ?? null
  );

  return (
    <>
      <Body1 data-testid="rows-summary">
        {s.rowsSummary(
          formatCount(result.source.rowsRead, lang),
          formatCount(result.source.rowsImported, lang),
          formatCount(result.source.rowsRejected, lang),
          result.source.rowsRejected
        )}
      </Body1>
      {format && <Caption1 className={styles.muted}>{format}</Caption1>}

      {!result.ok && result.fatal && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{result.fatal[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {(conflicts.length > 0 || dateOrder) && onDateOrderChange && (
        <div className={styles.dateOrder} data-testid="date-order">
          {conflicts.length > 0 && (
            <IssuesList title={s.dateConflictsHeading} issues={conflicts} testId="date-conflicts" />
          )}
          <Field label={s.dateOrderLabel} hint={conflicts.length > 0 ? s.dateOrderHint : undefined}>
            <RadioGroup
              value={dateOrder ?? ""}
              onChange={(_, d) => onDateOrderChange(d.value as DateOrderChoice)}
              data-testid="date-order-choice"
            >
              <Radio value="dmy" label={s.dateOrders.dmy} />
              <Radio value="mdy" label={s.dateOrders.mdy} />
            </RadioGroup>
          </Field>
        </div>
      )}
      {(missing.date || missing.revenue) && (
        <MessageBar intent="warning" layout="multiline" data-testid="missing-columns">
          <MessageBarBody>
            {missing.date && <div>{s.missingDate}</div>}
            {missing.revenue && <div>{s.missingRevenue}</div>}
          </MessageBarBody>
        </MessageBar>
      )}

      <ul className={styles.list} aria-label={s.columnsHeading} data-testid="columns">
        {result.columns.map((column) => {
          const selectId = `${baseId}-role-${column.index}`;
          const samplesId = `${baseId}-samples-${column.index}`;
          const samples = column.samples.filter((v) => v.trim() !== "");
          const kind =
            column.role === "dimension" && column.dimensionKind
              ? ` · ${s.dimensionKinds[column.dimensionKind]}`
              : "";
          return (
            <li key={column.index} className={styles.column} data-column={column.header}>
              <label htmlFor={selectId} className={styles.header}>
                <Body1Strong>{column.header || `#${column.index + 1}`}</Body1Strong>
              </label>
              <Select
                id={selectId}
                value={column.role}
                aria-label={s.roleOf(column.header)}
                aria-describedby={samplesId}
                onChange={(_, data) => onRoleChange(column, data.value as ColumnRole)}
              >
                {ROLE_ORDER.map((role) => (
                  <option key={role} value={role}>
                    {s.roles[role]}
                  </option>
                ))}
              </Select>
              <Caption1 id={samplesId} className={styles.samples}>
                {samples.length ? (
                  <>
                    {s.samples}{" "}
                    {samples.slice(0, 3).map((value, i) => (
                      <Fragment key={i}>
                        {i > 0 && " · "}
                        {/* A short value ("FA-2024-00003", "-16,80") is not cut at its hyphen. */}
                        <span className={value.length <= 30 ? styles.sample : undefined}>
                          {value}
                        </span>
                      </Fragment>
                    ))}
                  </>
                ) : (
                  s.noSamples
                )}{" "}
                — {s.detectedBy[column.detectedBy]}
                {kind}
              </Caption1>
            </li>
          );
        })}
      </ul>

      {result.derived.length > 0 && (
        <ul className={styles.notes}>
          {result.derived.map((d) => (
            <li key={d}>
              <Caption1>{s.derived[d]}</Caption1>
            </li>
          ))}
        </ul>
      )}

      {errors.length > 0 && (
        <IssuesList title={s.rejectedHeading} issues={errors} testId="rejected" />
      )}
      {warnings.length > 0 && (
        <IssuesList title={s.warningsHeading} issues={warnings} testId="warnings" />
      )}

      {result.reconciliation.length > 0 && (
        <details>
          <summary>
            <Caption1>
              {s.reconciliationHeading} —{" "}
              {gap < 0.005
                ? s.reconciliationOk
                : s.reconciliationGap(formatMoney(gap, lang, currency))}
            </Caption1>
          </summary>
          <ul className={styles.notes}>
            {result.reconciliation.map((r) => (
              <li key={r.measure}>
                <Caption1>
                  {s.reconciliationLine(
                    r.header,
                    formatMoney(r.source, lang, r.measure === "quantity" ? null : currency),
                    formatMoney(r.imported, lang, r.measure === "quantity" ? null : currency),
                    formatMoney(
                      r.rejected + r.skippedTotals,
                      lang,
                      r.measure === "quantity" ? null : currency
                    )
                  )}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
