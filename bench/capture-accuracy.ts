// The importer's per-field accuracy on the capture corpus and on the held-out corpus (outlets and text the rules
// were never adjusted against), with the scorer of lib/sources/capture-accuracy.test.ts and capture-heldout.test.ts.
import { pathToFileURL } from "node:url";
import { ACCURACY_FIELDS, ACCURACY_FLOORS, accuracyTable, HELDOUT_CORPUS, measureCaptureAccuracy, type AccuracyReport } from "../lib/sources/capture-accuracy";
import { metric, type Metric } from "./report";

function metricsOf(report: AccuracyReport, prefix: string): Metric[] {
  return ACCURACY_FIELDS.map((field) => {
    const floor = ACCURACY_FLOORS[field];
    const pct = Math.round(report.accuracy[field] * 1000) / 10;
    return metric(`${prefix}: ${field}`, pct, "%", floor === undefined ? null : { op: ">=", value: floor * 100 }, `${report.captures} captures · ${report.outlets} outlets`);
  });
}

export function captureAccuracyMetrics(): { metrics: Metric[]; table: string } {
  const corpus = measureCaptureAccuracy();
  const heldout = measureCaptureAccuracy(HELDOUT_CORPUS);
  return {
    metrics: [...metricsOf(corpus, "capture accuracy"), ...metricsOf(heldout, "capture accuracy, held-out")],
    table: `${accuracyTable(corpus)}\n\n${accuracyTable(heldout)}`,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${captureAccuracyMetrics().table}\n`);
}
