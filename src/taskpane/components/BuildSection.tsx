import { forwardRef, useId, type Ref } from "react";
import {
  Button,
  Caption1,
  Field,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { STAGES, type Stage } from "../i18n/strings";
import type { PlainError } from "../errors";
import { useUi } from "./context";
import { ErrorBar } from "./ErrorBar";
import { useSharedStyles } from "./styles";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  primary: { alignSelf: "stretch" },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  cancel: { alignSelf: "flex-start" },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface BuildSectionProps {
  exists: boolean;
  /** Why the button is disabled, or null when a build can start. */
  blocker: string | null;
  running: boolean;
  stage: Stage | null;
  onBuild: () => void;
  onCancel: () => void;
  error: PlainError | null;
  onDismissError: () => void;
  notice: string | null;
  errorRef?: Ref<HTMLDivElement>;
}

/** The one primary action, its progress (stage, bar, cancel) and what went wrong. */
export const BuildSection = forwardRef<HTMLButtonElement, BuildSectionProps>(
  function BuildSection(props, cancelRef) {
    const { s } = useUi();
    const styles = useStyles();
    const shared = useSharedStyles();
    const hintId = useId();
    const index = props.stage ? STAGES.indexOf(props.stage) : -1;
    const label = props.stage ? s.stageOf(index + 1, STAGES.length, s.stages[props.stage]) : "";
    const hint = props.blocker ?? (props.exists ? s.refreshHint : null);

    return (
      <div className={styles.box}>
        <Button
          appearance="primary"
          size="large"
          className={styles.primary}
          disabled={props.running || props.blocker !== null}
          aria-describedby={hint ? hintId : undefined}
          onClick={props.onBuild}
          data-testid="build"
        >
          {props.exists ? s.refresh : s.build}
        </Button>
        {hint && (
          <Caption1 id={hintId} className={styles.muted}>
            {hint}
          </Caption1>
        )}
        {props.running && (
          <div className={styles.progress}>
            <Field label={label}>
              <ProgressBar
                value={Math.max(0, index) / STAGES.length + 0.5 / STAGES.length}
                max={1}
                thickness="large"
              />
            </Field>
            <Button
              ref={cancelRef}
              className={styles.cancel}
              onClick={props.onCancel}
              data-testid="cancel"
            >
              {s.cancel}
            </Button>
          </div>
        )}
        <div aria-live="polite" className={shared.srOnly} data-testid="stage">
          {props.running ? label : (props.notice ?? "")}
        </div>
        {!props.running && props.notice && <Caption1>{props.notice}</Caption1>}
        {props.error && (
          <ErrorBar
            ref={props.errorRef}
            error={props.error}
            title={s.errorTitle}
            onDismiss={props.onDismissError}
          />
        )}
      </div>
    );
  }
);
