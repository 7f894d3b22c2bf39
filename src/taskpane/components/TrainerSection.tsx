import { Fragment } from "react";
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TrackingKey } from "../i18n/strings";
import type { TrackingColumn } from "../services";
import { displayFormula } from "../trainer/formulaLocale";
import { formulaParts } from "../trainer/formulaLines";
import { explainColumn } from "../trainer/explain";
import { trackingKeyOf } from "../trainer/keys";
import { useUi } from "./context";
import type { Handler } from "./handlers";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
    whiteSpace: "pre-wrap",
    margin: 0,
  },
  reference: { whiteSpace: "nowrap" },
  select: { alignSelf: "flex-start" },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** A formula that wraps where a person would cut it, its table references kept whole. */
function FormulaText({ formula }: { formula: string }) {
  const styles = useStyles();
  return (
    <>
      {formulaParts(formula).map((part, i) => (
        <Fragment key={i}>
          {part.reference ? <span className={styles.reference}>{part.text}</span> : part.text}
          {part.breakAfter && <wbr />}
        </Fragment>
      ))}
    </>
  );
}

export interface TrainerSectionProps {
  columns: TrackingColumn[];
  onSelect: Handler<string>;
}

/** Each tracking-table column: its live formula as the formula bar shows it, what it computes, and its cell. */
export function TrainerSection({ columns, onSelect }: TrainerSectionProps) {
  const { s, lang } = useUi();
  const styles = useStyles();
  if (columns.length === 0) return <Body1>{s.trainerEmpty}</Body1>;
  return (
    <>
      <Caption1 className={styles.muted}>{s.trainerIntro}</Caption1>
      <ul className={styles.list} data-testid="trainer">
        {columns.map((column) => {
          const key: TrackingKey | null = trackingKeyOf(column);
          const shown = displayFormula(column.formula, lang);
          return (
            <li key={column.address} className={styles.item} data-key={key ?? ""}>
              <Body1Strong as="h3" style={{ margin: 0 }}>
                {s.trainerColumn(column.header)}
              </Body1Strong>
              <code className={styles.formula} aria-label={`${s.formulaLabel} ${column.header}`}>
                <FormulaText formula={shown} />
              </code>
              {key && <Caption1>{explainColumn(key, shown, s)}</Caption1>}
              <Button
                className={styles.select}
                size="small"
                onClick={() => onSelect(column.address)}
                aria-label={`${s.selectCell} (${column.header})`}
              >
                {s.selectCell}
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
