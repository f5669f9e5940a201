// An e-mail address that wraps only after its "@" and its dots, so a narrow column never cuts a name in two.
import { Fragment } from "react";

/**
 * A part longer than this may still break anywhere, as a last resort: kept whole, one such part (an address runs to
 * 254 characters) would widen its table past the page.
 */
const LONGEST_WHOLE_PART = 24;

export function EmailAddress({ address }: { address: string }) {
  // Each part kept on one line (not even broken at its hyphens, which would read as part of the address), with a
  // line break allowed between parts.
  const parts = address.split(/(?<=[@.])/);
  return (
    <span className="email">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span className={part.length > LONGEST_WHOLE_PART ? "email-long-part" : undefined}>{part}</span>
        </Fragment>
      ))}
    </span>
  );
}
