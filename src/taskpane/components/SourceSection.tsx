import { useId, useRef, useState, type DragEvent } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { formatCount, formatSize } from "../i18n/format";
import type { WorkbookSource } from "../services";
import { useUi } from "./context";
import { ErrorBar } from "./ErrorBar";
import type { PlainError } from "../errors";
import type { Handler } from "./handlers";

export type SourceKind = "file" | "selection" | "workbook";

/** File types the import reads. */
export const ACCEPTED_FILES = ".csv,.tsv,.txt,.xlsx";

export function isAcceptedFile(name: string): boolean {
  return /\.(csv|tsv|txt|xlsx)$/i.test(name);
}

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThin, "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  busy: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface SourceSectionProps {
  kind: SourceKind;
  onKindChange: Handler<SourceKind>;
  file: File | null;
  onFile: Handler<File>;
  sources: WorkbookSource[] | null;
  selectedSourceId: string;
  onSelectSource: Handler<string>;
  onRefreshSources: () => void;
  onReadSelection: () => void;
  onReadWorkbookSource: () => void;
  /** Text shown while a source is being read (null when idle). */
  busyText: string | null;
  onCancel: () => void;
  error: PlainError | null;
  onDismissError: () => void;
  /** Shown after the user cancelled a read. */
  notice: string | null;
}

export function SourceSection(props: SourceSectionProps) {
  const { s, lang } = useUi();
  const styles = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [rejected, setRejected] = useState<string | null>(null);
  const hintId = useId();
  const busy = props.busyText !== null;

  const takeFile = (file: File | undefined) => {
    if (!file) return;
    if (!isAcceptedFile(file.name)) {
      setRejected(s.unsupportedFile(file.name));
      return;
    }
    setRejected(null);
    props.onFile(file);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    props.onKindChange("file");
    takeFile(event.dataTransfer.files?.[0]);
  };

  const rows = (n: number) => s.rowCount(formatCount(n, lang), n);

  return (
    <>
      <RadioGroup
        aria-label={s.sourceKindLabel}
        value={props.kind}
        onChange={(_, data) => props.onKindChange(data.value as SourceKind)}
      >
        <Radio value="file" label={s.sourceKindFile} />
        <Radio value="selection" label={s.sourceKindSelection} />
        <Radio value="workbook" label={s.sourceKindWorkbook} />
      </RadioGroup>

      {props.kind === "file" && (
        <div
          className={mergeClasses(styles.drop, dragging && styles.dropActive)}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <input
            ref={inputRef}
            className={styles.hiddenInput}
            type="file"
            accept={ACCEPTED_FILES}
            tabIndex={-1}
            aria-hidden="true"
            data-testid="file-input"
            onChange={(e) => {
              takeFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
          <Button
            appearance="secondary"
            aria-describedby={hintId}
            onClick={() => inputRef.current?.click()}
          >
            {s.chooseFile}
          </Button>
          <Caption1 id={hintId} className={styles.muted}>
            {dragging ? s.dropActive : s.dropHint}
          </Caption1>
          {props.file && (
            <Body1 data-testid="chosen-file">
              {s.chosenFile(props.file.name, formatSize(props.file.size, lang))}
            </Body1>
          )}
        </div>
      )}

      {props.kind === "selection" && (
        <>
          <Caption1 id={hintId} className={styles.muted}>
            {s.selectionHint}
          </Caption1>
          <div className={styles.row}>
            <Button
              appearance="secondary"
              aria-describedby={hintId}
              onClick={props.onReadSelection}
            >
              {s.readSelection}
            </Button>
          </div>
        </>
      )}

      {props.kind === "workbook" && (
        <>
          <Field label={s.workbookSourceLabel}>
            <Select
              value={props.selectedSourceId}
              disabled={!props.sources?.length}
              onChange={(_, data) => props.onSelectSource(data.value)}
            >
              <option value="">{s.workbookSourcePlaceholder}</option>
              {props.sources?.map((src) => (
                <option key={src.id} value={src.id}>
                  {src.kind === "table"
                    ? s.workbookSourceTable(src.name, src.sheet, rows(src.rowCount))
                    : s.workbookSourceSheet(src.name, rows(src.rowCount))}
                </option>
              ))}
            </Select>
          </Field>
          {props.sources && props.sources.length === 0 && (
            <Caption1>{s.workbookSourcesNone}</Caption1>
          )}
          <div className={styles.row}>
            <Button
              appearance="secondary"
              disabled={!props.selectedSourceId}
              onClick={props.onReadWorkbookSource}
            >
              {s.readWorkbookSource}
            </Button>
            <Button appearance="subtle" onClick={props.onRefreshSources}>
              {s.refreshList}
            </Button>
          </div>
        </>
      )}

      {busy && (
        <div className={styles.busy} role="status">
          <Spinner size="tiny" />
          <Body1>{props.busyText}</Body1>
          <Button appearance="subtle" onClick={props.onCancel}>
            {s.cancel}
          </Button>
        </div>
      )}
      {!busy && props.notice && <Caption1 role="status">{props.notice}</Caption1>}
      {rejected && (
        <ErrorBar
          error={{ message: rejected, action: "", detail: "" }}
          onDismiss={() => setRejected(null)}
        />
      )}
      {props.error && <ErrorBar error={props.error} onDismiss={props.onDismissError} />}
    </>
  );
}
