// Every dynamic segment under app/, and which values it can hold. A desk page's id is a claim's or a source's uuid:
// `/desk/claims/<not-a-uuid>` read the visitor's session, rendered the desk's layout and ran the page, whose lookup
// answered "no such claim", then rendered the not-found page inside it, for every made-up id. The front server
// (lib/public/page-cache.ts) answers an address whose id cannot be an id 404 itself, before any read or render: a
// page's with the site's not-found page, a desk JSON route's with its JSON error. The claim pages' slugs are checked
// apart (lib/public/missing-claims.ts: a well-formed slug is looked up too), and the public API's id or slug and the
// catch-alls are left to their routes, which answer without a read (see `DYNAMIC_SEGMENTS`).
// test/attacks/impossible-ids.test.ts reads app/ and fails when a dynamic segment is missing below.
import { isUuid } from "@/lib/validation";

type Segment = {
  /** The folder under app/, route groups dropped, as the test finds it. */
  route: string;
  /** The address with its id captured; the static folders beside it (`/desk/claims/new`) are not ids. */
  path?: RegExp;
  statics?: readonly string[];
  /** "page": the site's not-found page; "json": a desk route's JSON error. */
  answer?: "page" | "json";
  /** Where the segment is not checked here, why. */
  leftTo?: string;
};

export const DYNAMIC_SEGMENTS: readonly Segment[] = [
  { route: "/desk/claims/[id]", path: /^\/desk\/claims\/([^/]+)$/, statics: ["new"], answer: "page" },
  { route: "/sources/[id]", path: /^\/sources\/([^/]+)$/, statics: ["import"], answer: "page" },
  { route: "/api/desk/accounts/[id]", path: /^\/api\/desk\/accounts\/([^/]+)(?:\/held-confirmation)?$/, answer: "json" },
  { route: "/api/desk/claims/[id]", path: /^\/api\/desk\/claims\/([^/]+)\/proposals$/, statics: ["search", "similar"], answer: "json" },
  { route: "/api/desk/proposals/[id]", path: /^\/api\/desk\/proposals\/([^/]+)\/(?:review|withdraw)$/, answer: "json" },
  { route: "/claims/[slug]", leftTo: "lib/public/missing-claims.ts (impossibleClaimPage, then one read of a well-formed slug)" },
  { route: "/en/claims/[slug]", leftTo: "lib/public/missing-claims.ts (impossibleClaimPage, then one read of a well-formed slug)" },
  { route: "/api/v1/claims/[id]", leftTo: "the route: a uuid or a slug, one lookup each (lib/public/api.ts getClaimForApi)" },
  { route: "/api/v1/[...path]", leftTo: "the route: the API's JSON 404 for any path, without a read" },
  { route: "/api/auth/[...nextauth]", leftTo: "Auth.js and its own actions" },
];

/** How the front server answers a path (no query) whose id cannot be one, or null when it can (or is not checked). */
export function impossibleId(path: string): "page" | "json" | null {
  for (const segment of DYNAMIC_SEGMENTS) {
    const id = segment.path?.exec(path)?.[1];
    if (id === undefined) continue;
    let value: string;
    try {
      value = decodeURIComponent(id);
    } catch {
      // Next refuses a malformed escape itself (400), without the page.
      return null;
    }
    if (segment.statics?.includes(value)) return null;
    return isUuid(value) ? null : segment.answer!;
  }
  return null;
}
