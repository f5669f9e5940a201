// The roles an editor may give a header or footer line, in the order the preview offers them. Pure and alone: the
// import screen's bundle takes this list without line-roles.ts, whose line keys pull node:crypto (through
// normalize.ts), and with it some 400 KB of browser polyfill, into the page.
import type { LineRole } from "./layout-model";

export const LINE_ROLES = ["title", "date", "byline", "credit", "outlet", "caption", "furniture", "section", "url", "body"] as const satisfies readonly LineRole[];
