import { makeStyles } from "@fluentui/react-components";
import { splitFigures } from "../i18n/figures";

const useStyles = makeStyles({
  figure: { whiteSpace: "nowrap" },
});

/** Text whose figures ("+59 449 €", "-46,8 %", "+€59,449") never break across lines. */
export function Figures({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <>
      {splitFigures(text).map((part, i) =>
        part.figure ? (
          <span key={i} className={styles.figure} data-figure="">
            {part.text}
          </span>
        ) : (
          part.text
        )
      )}
    </>
  );
}
