// How many parses (preview, re-read, save) one account may have under way at once. They share a small worker pool
// with the whole desk; a browser tab sends one at a time, so this only refuses a flood (lib/http/in-flight.ts).
import type { Actor } from "@/lib/auth/permissions";

export const IMPORTS_AT_ONCE = 2;

/** The in-flight key of an account's parses. */
export const importSlotKey = (actor: Pick<Actor, "id">) => `import:${actor.id}`;
