// A web address the desk stored (a source's, an external reference's), as a link opened apart from the desk.
import type { ReactNode } from "react";
import { withReadableHost } from "@/lib/http/readable-host";

/**
 * A link to a stored address, its host as it may be shown (lib/http/readable-host.ts): a look-alike host in its ASCII
 * form ("xn--…"), as the public pages publish it. Addresses stored before imports and typed fields stored look-alike
 * hosts so are shown that way too, as is any address the desk shows, whenever it was stored. `children` default to the
 * address itself.
 */
export function StoredAddressLink({ address, children, testId }: { address: string; children?: ReactNode; testId?: string }) {
  const shown = withReadableHost(address);
  return (
    <a href={shown} rel="noopener noreferrer nofollow" target="_blank" data-testid={testId}>
      {children ?? shown}
    </a>
  );
}
