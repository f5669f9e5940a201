import { measureCaptureAccuracy, BLIND18_CORPUS } from "./lib/sources/capture-accuracy";
const r = measureCaptureAccuracy(BLIND18_CORPUS, "b18");
for (const s of r.scores as any[]) for (const m of s.misses) if (m.startsWith("agency")) console.log(s.file, m);
