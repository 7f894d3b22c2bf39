import { useState } from "react";
import { Body1Strong, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportIssue } from "../../domain/import/types";
import { useUi } from "./context";
import { Figures } from "./Figures";

/** Issues listed before the "show all" button. */
const FIRST = 5;
/** Rows rendered at most when expanded (the pane stays light; the count says how many exist). */
const MAX_SHOWN = 1000;

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "16rem",
    overflowY: "auto",
  },
  more: { alignSelf: "flex-start" },
});

export interface IssuesListProps {
  title: string;
  issues: ImportIssue[];
  testId?: string;
}

/** The first problems with their row and column, and the full list on demand. */
export function IssuesList({ title, issues, testId }: IssuesListProps) {
  const { s, lang } = useUi();
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? issues.slice(0, MAX_SHOWN) : issues.slice(0, FIRST);
  return (
    <div className={styles.box} data-testid={testId}>
      <Body1Strong as="h3" style={{ margin: 0 }}>
        {title} ({issues.length})
      </Body1Strong>
      <ul className={styles.list} tabIndex={expanded ? 0 : undefined} aria-label={title}>
        {shown.map((issue, i) => (
          <li key={i}>
            <Caption1>
              <Figures text={s.issueLine(issue.row, issue.column, issue.message[lang])} />
            </Caption1>
          </li>
        ))}
      </ul>
      {issues.length > FIRST && (
        <Button
          className={styles.more}
          appearance="subtle"
          size="small"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? s.hideIssues : s.showAllIssues(issues.length)}
        </Button>
      )}
    </div>
  );
}
