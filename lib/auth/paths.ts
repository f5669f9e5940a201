// Which URLs belong to the signed-in workbench, and which sign-in return addresses are safe.
const DESK_PREFIXES = ["/desk", "/admin", "/account", "/sources", "/review", "/claims-desk"];

export function isDeskPath(pathname: string): boolean {
  return DESK_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Only same-site paths: "/x" yes, "//evil.example" or "https://…" no. */
export function safeCallbackUrl(value: unknown, fallback = "/desk"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
