// Transaction locks named by text the desk does not choose: an e-mail typed at sign-in (by anyone), a client's
// address, a claimant's or an outlet's name, an article's hash. The one-key form of PostgreSQL's advisory locks is one
// space of 32-bit keys, shared with the desk's named locks ('last-admin', which every review and admin change takes,
// 'publication-order', the migrations' key): an e-mail made so that hashtext('login-email:' + it) equals
// hashtext('last-admin') took that lock at each sign-in, for as long as its password check ran, so a flood of sign-ins
// with it held back every review. Each kind below is the first key of the two-key form instead, a space of its own
// (the upkeep's, the drafts' holders' and the matching turns' spaces are apart from these too).

/** The first key of each kind's locks. */
export const TEXT_LOCK_SPACES = {
  signInEmail: 0x43445345,
  signInAddress: 0x43445341,
  claimantName: 0x4344434e,
  outletProfile: 0x4344504f,
  sourceHash: 0x43445348,
} as const;
