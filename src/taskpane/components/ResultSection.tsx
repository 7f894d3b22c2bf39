import { useId, useState } from "react";
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CommentarySentence } from "../../domain/commentary/types";
import { commentaryHtml, copyRich } from "../clipboard";
import { describeInsight } from "../i18n/facts";
import { formatPercent } from "../i18n/format";
import type { BuildOutcome } from "../services";
import { useUi } from "./context";
import { Figures } from "./Figures";
import type { Handler } from "./handlers";

/** Facts listed at most. */
const MAX_FACTS = 10;

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  commentary: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    lineHeight: tokens.lineHeightBase400,
  },
  sentence: {
    textAlign: "start",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
  },
  plain: { fontSize: tokens.fontSizeBase300 },
  toolbar: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  facts: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  h3: { margin: 0 },
});

export interface ResultSectionProps {
  outcome: BuildOutcome;
  onSelect: Handler<string>;
  /** Set when selecting a cell failed. */
  selectError: string | null;
}

export function ResultSection({ outcome, onSelect, selectError }: ResultSectionProps) {
  const { s, lang } = useUi();
  const styles = useStyles();
  const hintId = useId();
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const { commentary, analysis } = outcome;
  const currency = outcome.currency ?? analysis.currency;

  const copy = async () => {
    try {
      await copyRich({
        text: commentary.text,
        html: commentaryHtml(
          commentary.sentences.map((x) => x.text),
          commentary.lang
        ),
      });
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };

  const sentence = (x: CommentarySentence, i: number) => {
    const cell = outcome.sentenceCells[i] ?? null;
    return cell ? (
      <Link
        key={i}
        as="button"
        className={styles.sentence}
        aria-describedby={hintId}
        title={s.selectFigure}
        onClick={() => onSelect(cell)}
        data-testid="sentence"
      >
        <Figures text={x.text} />
      </Link>
    ) : (
      <span key={i} className={styles.plain} data-testid="sentence">
        <Figures text={x.text} />
      </span>
    );
  };

  return (
    <div className={styles.box}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{s.resultReady(outcome.sheets.join(", "))}</MessageBarBody>
      </MessageBar>
      {outcome.messages.map((m, i) => (
        <MessageBar key={i} intent="info" layout="multiline" data-testid="build-message">
          <MessageBarBody>{m[lang]}</MessageBarBody>
        </MessageBar>
      ))}

      <Body1Strong as="h3" className={styles.h3}>
        {s.commentaryHeading}
      </Body1Strong>
      <Caption1 id={hintId} className={styles.muted}>
        {s.commentaryHint}
      </Caption1>
      <p className={styles.commentary} lang={commentary.lang} data-testid="commentary">
        {commentary.sentences.map((x, i) => (
          <span key={i}>
            {i > 0 && " "}
            {sentence(x, i)}
          </span>
        ))}
      </p>
      <div className={styles.toolbar}>
        <Button onClick={copy} data-testid="copy">
          {s.copy}
        </Button>
        <Body1 role="status">
          {copyState === "copied" ? s.copied : copyState === "failed" ? s.copyFailed : ""}
        </Body1>
      </div>
      {selectError && (
        <Body1 role="alert" className={styles.muted}>
          {selectError}
        </Body1>
      )}

      <Body1Strong as="h3" className={styles.h3}>
        {s.factsHeading}
      </Body1Strong>
      {analysis.insights.length === 0 ? (
        <Caption1>{s.noFacts}</Caption1>
      ) : (
        <ol className={styles.facts} data-testid="facts">
          {analysis.insights.slice(0, MAX_FACTS).map((insight, i) => {
            const line = describeInsight(insight, lang, currency);
            return (
              <li key={i}>
                <Body1>
                  <Figures text={line.title} />
                </Body1>
                <br />
                <Caption1 className={styles.muted}>
                  <Figures
                    text={`${line.figure} · ${s.scoreLabel(formatPercent(insight.score, lang, 0))}`}
                  />
                </Caption1>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
