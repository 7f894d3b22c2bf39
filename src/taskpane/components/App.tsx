import { Title3 } from "@fluentui/react-components";

/** Placeholder root; the real flow (source, columns, options, build, result) replaces it. */
export function App() {
  return <Title3>Suivi commercial</Title3>;
}
