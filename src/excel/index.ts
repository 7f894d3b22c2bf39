/** The add-in's Excel layer: everything that touches the workbook, through an `ExcelHost`. */
export type { ExcelHost } from "./host";
export { officeHost, capabilitiesOf } from "./host";
export {
  buildDashboard,
  getDashboardState,
  readTargets,
  type BuildHooks,
  type BuildRequest,
  type BuildResult,
  type BuildStage,
  type DashboardState,
  type SentenceLink,
  type TrackingColumnInfo,
} from "./dashboard";
export { listSources, readSource, selectCell, type SourceEntry, type SourceGrid } from "./sources";
export { SETTING_KEY } from "./record";
