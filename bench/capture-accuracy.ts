// The importer's per-field accuracy on the capture corpus, with the scorer of lib/sources/capture-accuracy.test.ts.
import { pathToFileURL } from "node:url";
import { ACCURACY_FIELDS, ACCURACY_FLOORS, accuracyTable, measureCaptureAccuracy } from "../lib/sources/capture-accuracy";
import { metric, type Metric } from "./report";

export function captureAccuracyMetrics(): { metrics: Metric[]; table: string } {
  const report = measureCaptureAccuracy();
  const metrics = ACCURACY_FIELDS.map((field) => {
    const floor = ACCURACY_FLOORS[field];
    const pct = Math.round(report.accuracy[field] * 1000) / 10;
    return metric(`capture accuracy: ${field}`, pct, "%", floor === undefined ? null : { op: ">=", value: floor * 100 }, `${report.captures} captures · ${report.outlets} outlets`);
  });
  return { metrics, table: accuracyTable(report) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${captureAccuracyMetrics().table}\n`);
}
