/**
 * `npm run preview`: serves the built preview (dist-preview/) on http://localhost:3100 (or $PORT).
 * The npm script builds it first with webpack.preview.config.js.
 */
import path from "node:path";
import { startPreviewServer } from "./server";

const repo = path.resolve(__dirname, "../..");

async function main() {
  const server = await startPreviewServer({
    root: path.join(repo, "dist-preview"),
    officeJs: path.join(repo, "node_modules/@microsoft/office-js/dist"),
    port: Number(process.env.PORT ?? 3100),
  });
  console.log(`Aperçu / preview: ${server.url}  (Ctrl+C pour arrêter / to stop)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
