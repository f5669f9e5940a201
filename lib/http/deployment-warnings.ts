// Settings that each look right alone but together leave a deployment weaker than its operator thinks: said once, when
// the server starts (instrumentation.ts), in words an operator can act on. Pure: reads only the settings given.
import { parseTrustedProxies } from "./forwarded";

type Settings = Readonly<Record<string, string | undefined>>;

/** The warnings for these settings (none for a consistent set). */
export function deploymentWarnings(env: Settings): string[] {
  const warnings: string[] = [];
  let publicHttps = false;
  try {
    publicHttps = env.CLAIMDESK_PUBLIC_URL !== undefined && env.CLAIMDESK_PUBLIC_URL !== "" && new URL(env.CLAIMDESK_PUBLIC_URL).protocol === "https:";
  } catch {
    // an unreadable address is refused where it is read (lib/public/origin.ts)
  }
  let trusted = false;
  try {
    const proxies = parseTrustedProxies(env.CLAIMDESK_TRUSTED_PROXIES);
    trusted = "hops" in proxies ? proxies.hops > 0 : proxies.list.length > 0;
  } catch {
    trusted = true; // a malformed list stops the server where it is read, with its own message
  }
  if (publicHttps && !trusted) {
    warnings.push(
      "CLAIMDESK_PUBLIC_URL is https, but CLAIMDESK_TRUSTED_PROXIES names no proxy: the server cannot tell that visitors " +
        "came over https, so session cookies go out without Secure and HSTS is not sent. Set CLAIMDESK_TRUSTED_PROXIES to " +
        "the TLS proxy's address (or a hop count, e.g. 1) in front of this server.",
    );
  }
  return warnings;
}
