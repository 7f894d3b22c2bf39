/**
 * Node-only helper (not part of the browser-safe simulator core): recalculates an .xlsx with
 * LibreOffice headless and returns the re-saved file, whose formula cells carry LibreOffice's results.
 *
 * Reliability: each run gets its own user profile (`-env:UserInstallation`), so parallel runs do not
 * clash, and that profile sets Calc's "Recalculation on file load" for Excel 2007+ files to "Always"
 * (`OOXMLRecalcMode` = 0) — by default LibreOffice may trust the cached results written in the file.
 */
import { execFile } from "child_process";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "fs/promises";
import { tmpdir } from "os";
import * as path from "path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface LibreOfficeOptions {
  /** Path of the soffice binary (default: /usr/bin/soffice, else "soffice" on the PATH). */
  soffice?: string;
  timeoutMs?: number;
  /** Target filter, e.g. "xlsx" (default) or "pdf". */
  convertTo?: string;
}

export async function convertWithLibreOffice(
  input: Uint8Array,
  options: LibreOfficeOptions = {}
): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), "sim-lo-"));
  try {
    const profile = path.join(dir, "profile");
    await mkdir(path.join(profile, "user"), { recursive: true });
    await writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const src = path.join(dir, "in.xlsx");
    const out = path.join(dir, "out");
    await mkdir(out);
    await writeFile(src, input);
    const target = options.convertTo ?? "xlsx";
    const filter = target === "xlsx" ? 'xlsx:"Calc MS Excel 2007 XML"' : target;
    const bin = options.soffice ?? "/usr/bin/soffice";
    await new Promise<void>((resolve, reject) => {
      execFile(
        bin,
        [
          "--headless",
          "--norestore",
          "--nolockcheck",
          `-env:UserInstallation=file://${profile}`,
          "--convert-to",
          filter.replace(/"/g, ""),
          "--outdir",
          out,
          src,
        ],
        { timeout: options.timeoutMs ?? 120000 },
        (err, stdout, stderr) =>
          err
            ? reject(new Error(`soffice failed: ${err.message}\n${stdout}\n${stderr}`))
            : resolve()
      );
    });
    const ext = target.split(":")[0];
    return new Uint8Array(await readFile(path.join(out, `in.${ext}`)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
