// POST /sources/import/preview: the import screen's preview, answered as it is read (lib/sources/preview-request.ts:
// the request's shape, the NDJSON answer and its events). Here, who may ask: a post from another site, an anonymous
// or forged session, or an account that may not import is refused before any of the body is read. A refusal is one
// JSON object (as the action returns it, with its HTTP status).
import { getActor } from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/client-ip";
import { recordRefusal } from "@/lib/audit/record-refusal";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/server";
import { CROSS_SITE_WRITE, isSameOriginRequest } from "@/lib/http/same-origin";
import { answerPreviewRequest, previewRefusal } from "@/lib/sources/preview-request";

export type { PreviewLine, PreviewRefusal } from "@/lib/sources/preview-request";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const locale = await getLocale();
  if (!isSameOriginRequest(request.headers)) return previewRefusal(new AppError("FORBIDDEN", CROSS_SITE_WRITE), locale);
  const actor = await getActor();
  try {
    assertCan(actor, "source.import"); // before any of the body is read
  } catch (error) {
    await recordRefusal(actor?.id, error, clientIp(request.headers), new URL(request.url).pathname);
    return previewRefusal(error, locale);
  }
  return answerPreviewRequest(actor, request, locale);
}
