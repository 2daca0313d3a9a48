import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  CALIBRATION_DOC_PATH,
  CALIBRATION_SVG_PATH,
  CONSTANTS_PATH,
  RECORDS_PATH,
  SECTION_DOC_PATH,
  constantsFileText,
  runCalibration,
} from "./calibration.js";
import { renderCalibrationDoc, renderCalibrationSvg, renderSectionDoc, spliceSection } from "./report.js";

/**
 * `npm run calibrate [-- --date YYYY-MM-DD] [--check]`: fit the speed model on the calibration set
 * and write src/physics/speed-constants.json, docs/calibration.md, docs/calibration.svg and
 * its section of docs/physics.md (between the speed-model markers). --check writes nothing and exits 1 when a file would change.
 * Run from the repository root (scripts/calibrate/calibrate.mjs bundles and runs this file).
 */
const { values } = parseArgs({ options: { date: { type: "string" }, check: { type: "boolean" } } });
const fittedOn = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(fittedOn)) throw new Error(`--date ${fittedOn} is not YYYY-MM-DD`);

const run = runCalibration(readFileSync(RECORDS_PATH, "utf8"), fittedOn);
const outputs: Array<[string, string]> = [
  [CONSTANTS_PATH, constantsFileText(run.file)],
  [CALIBRATION_DOC_PATH, renderCalibrationDoc(run)],
  [CALIBRATION_SVG_PATH, renderCalibrationSvg(run)],
  [SECTION_DOC_PATH, spliceSection(readFileSync(SECTION_DOC_PATH, "utf8"), renderSectionDoc(run))],
];
let stale = 0;
for (const [path, text] of outputs) {
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {
    // a file not yet written
  }
  if (current === text) continue;
  stale++;
  if (values.check) process.stdout.write(`calibrate: ${path} is out of date\n`);
  else writeFileSync(path, text);
}
const heldOut = run.results.filter((r) => !r.training);
const abs = heldOut.map((r) => Math.abs(r.errorPercent)).sort((a, b) => a - b);
const median = abs[Math.floor((abs.length - 1) / 2)]!;
process.stdout.write(
  `calibrate: ${run.prepared.samples.length} records mapped, ${run.prepared.skipped.length} skipped; ${run.calibration.free.length} constants fitted in ${run.calibration.iterations} iterations; held-out median error ${median.toFixed(1)}% over ${heldOut.length} records, ${((100 * abs.filter((e) => e <= 20).length) / abs.length).toFixed(1)}% within ±20%\n`,
);
if (values.check && stale > 0) process.exit(1);
if (!values.check) process.stdout.write(`calibrate: ${stale} file${stale === 1 ? "" : "s"} written\n`);
