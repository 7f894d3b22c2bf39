/** Sample data the project ships: a seeded, deterministic French sales export. */
export {
  generateSample,
  DEFAULT_SAMPLE_OPTIONS,
  type Sample,
  type SampleLine,
  type SampleOptions,
} from "./generate";
export { salesCsv, targetsCsv, SAMPLE_HEADERS, TARGET_HEADERS } from "./csv";
export { mulberry32, normal } from "./random";
