import { forwardRef, type ReactNode } from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
  },
  heading: {
    margin: 0,
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  inactive: { color: tokens.colorNeutralForeground3 },
});

export interface SectionProps {
  id: string;
  title: string;
  /** Dimmed heading when the step cannot be used yet. */
  inactive?: boolean;
  children?: ReactNode;
}

/** One step of the flow: a labelled region whose heading can take focus when the step opens. */
export const Section = forwardRef<HTMLHeadingElement, SectionProps>(function Section(
  { id, title, inactive, children },
  ref
) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`} data-step={id}>
      <Text
        as="h2"
        size={400}
        weight="semibold"
        id={`${id}-heading`}
        ref={ref}
        tabIndex={-1}
        className={mergeClasses(styles.heading, inactive && styles.inactive)}
      >
        {title}
      </Text>
      {children}
    </section>
  );
});
