// The lines of an import preview's answer (NDJSON), for the tests that call the preview's route logic directly.
import { expect } from "vitest";
import type { PreviewLine } from "@/lib/sources/preview-request";

export async function previewLines(response: Response): Promise<PreviewLine[]> {
  const text = await response.text();
  expect(response.headers.get("content-type"), text).toMatch(/^application\/x-ndjson/);
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as PreviewLine);
}
