// Table-driven accuracy on the capture corpus (fixtures/captures): every capture is scored field by field, the table
// is printed, and each field with a floor must reach it. `npm run bench` prints the same table (bench/capture-accuracy.ts).
import { CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus("the capture corpus", { dir: CORPUS, label: "capture corpus", minCaptures: 40, minOutlets: 15 });
