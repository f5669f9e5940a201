// Runs one import job in a process of its own, as the app server would, so a test can kill it mid-batch.
// Usage: node --conditions=react-server --import tsx test/run-import-job.ts JOB_ID
import { disconnectDb } from "@/lib/db/client";
import { launchImportJob } from "@/lib/sources/import-jobs";

const id = process.argv[2];
if (!id) throw new Error("usage: run-import-job.ts JOB_ID");
await launchImportJob(id);
await disconnectDb();
process.exit(0);
