import { makeStyles } from "@fluentui/react-components";

/** Shared styles: text for screen readers only. */
export const useSharedStyles = makeStyles({
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
