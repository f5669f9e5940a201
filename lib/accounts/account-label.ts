// How a screen names an account it points at (who created it, reset it, vouched for it): names are not unique, and an
// admin could name a second admin account after another admin, so that its account read as that admin's.

/** The account's name with its e-mail beside it, as every screen of the desk prints an account it points at. */
export const accountLabel = (account: { name: string; email: string }) => `${account.name} (${account.email})`;
