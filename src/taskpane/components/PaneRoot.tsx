import { FluentProvider, makeStaticStyles, makeStyles } from "@fluentui/react-components";
import { fluentTheme, type PaneEnvironment } from "../environment";
import type { PaneServices } from "../services";
import { App } from "./App";

const usePageStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0, height: "100%" },
});

const useStyles = makeStyles({ root: { minHeight: "100%" } });

export interface PaneRootProps {
  services: PaneServices;
  env: PaneEnvironment;
  initialFile?: File | null;
}

/** The pane inside its Fluent theme (light, dark or high contrast, as Office shows). */
export function PaneRoot({ services, env, initialFile }: PaneRootProps) {
  usePageStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(env)} lang={env.locale} className={styles.root}>
      <App services={services} env={env} initialFile={initialFile} />
    </FluentProvider>
  );
}
