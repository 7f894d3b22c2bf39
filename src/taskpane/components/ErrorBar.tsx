import { forwardRef } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PlainError } from "../errors";
import { useUi } from "./context";

const useStyles = makeStyles({
  bar: {
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  body: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    whiteSpace: "normal",
  },
  detail: { color: tokens.colorNeutralForeground3, wordBreak: "break-word" },
});

export interface ErrorBarProps {
  error: PlainError;
  title?: string;
  onDismiss?: () => void;
}

/** A plain-language error with what to do next; focusable so the pane can move focus to it. */
export const ErrorBar = forwardRef<HTMLDivElement, ErrorBarProps>(function ErrorBar(
  { error, title, onDismiss },
  ref
) {
  const { s } = useUi();
  const styles = useStyles();
  return (
    <MessageBar
      intent="error"
      layout="multiline"
      ref={ref}
      tabIndex={-1}
      className={styles.bar}
      role="alert"
    >
      <MessageBarBody className={styles.body}>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        <span>{error.message}</span>
        {error.action && <strong>{error.action}</strong>}
        {error.detail && (
          <Caption1 className={styles.detail}>
            {s.errorDetail} — {error.detail}
          </Caption1>
        )}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            {s.dismiss}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
});
