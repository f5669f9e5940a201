// Accounts: list, create with a one-time password, change role, deactivate or reactivate, reset a forgotten password.
import { requirePageActor } from "@/lib/auth/session";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { format, formatDateTime } from "@/lib/i18n/locale";
import { ROLES } from "@/lib/auth/permissions";
import { CreateAccountForm, RoleForm, ActiveForm, UnlockForm, ConfirmHeldForm, ResetPasswordForm, CancelRemovalForm } from "./account-forms";
import { TableHead } from "@/app/components/table-head";
import { EmailAddress } from "@/app/components/email-address";
import { accountLabel } from "@/lib/accounts/account-label";
import { ADMIN_CHANGES_DAYS, listAdminChanges, listOpenRemovals, type AdminChange } from "@/lib/accounts/admin-changes";

export const generateMetadata = titleFor("accounts");

type Dictionary = Awaited<ReturnType<typeof getDictionary>>["t"];
const ADMIN_CHANGE_TEXT: Record<Exclude<AdminChange["kind"], "role">, (t: Dictionary) => string> = {
  deactivated: (t) => t.accounts.adminDeactivated,
  reactivated: (t) => t.accounts.adminReactivated,
  created: (t) => t.accounts.adminCreated,
  passwordReset: (t) => t.accounts.adminPasswordReset,
};

export default async function AccountsPage() {
  const actor = await requirePageActor("account.list");
  const [{ locale, t }, accounts, adminChanges, removals] = await Promise.all([getDictionary(), listAccounts(actor), listAdminChanges(actor), listOpenRemovals(actor)]);
  const roleOptions = ROLES.map((role) => ({ value: role, label: t.roles[role] }));
  const awaiting = accounts.filter((account) => account.awaitsHeldConfirmation).length;
  return (
    <>
      <h1>{t.accounts.title}</h1>
      <section className="card">
        <h2>{t.accounts.create}</h2>
        <CreateAccountForm labels={t.accounts} roleOptions={roleOptions} />
      </section>
      {awaiting > 0 && (
        <p className="notice" data-testid="held-awaiting">
          {format(t.accounts.heldAwaitingSummary, { count: awaiting }, locale)}
        </p>
      )}
      {removals.length > 0 && (
        <section className="card notice" data-testid="open-removals">
          <h2>{t.accounts.openRemovals}</h2>
          <ul>
            {removals.map((removal) => {
              const names = { date: formatDateTime(locale, removal.requestedAt), by: removal.by, account: removal.account };
              return (
                <li key={removal.id}>
                  {removal.role === null ? format(t.accounts.removalDeactivate, names, locale) : format(t.accounts.removalRole, { ...names, role: t.roles[removal.role] }, locale)}{" "}
                  {removal.heldUntil ? format(t.accounts.removalHeldUntil, { until: formatDateTime(locale, removal.heldUntil) }, locale) : t.accounts.removalWaits}
                  {removal.cancelledOnce ? (
                    <p className="muted" data-testid="removal-cancelled-once">
                      {t.accounts.removalCancelledOnce}
                    </p>
                  ) : (
                    <CancelRemovalForm removalId={removal.id} account={removal.account} labels={t.accounts} />
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {adminChanges.length > 0 && (
        <section className="card" data-testid="admin-changes">
          <h2>{format(t.accounts.adminChanges, { days: ADMIN_CHANGES_DAYS }, locale)}</h2>
          <ul>
            {adminChanges.map((change) => {
              const names = { date: formatDateTime(locale, change.at), by: change.by, account: change.account };
              return (
                <li key={change.id}>
                  {change.kind === "role"
                    ? format(t.accounts.adminRoleChanged, { ...names, from: t.roles[change.from], to: t.roles[change.to] }, locale)
                    : format(ADMIN_CHANGE_TEXT[change.kind](t), names, locale)}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div className="scroll-x">
        <table>
          <TableHead columns={[t.accounts.name, t.accounts.email, t.accounts.role, t.accounts.status, t.accounts.lastSignIn, t.accounts.actions]} />
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} data-testid={`account-${account.email}`}>
                <td>{account.name}</td>
                <td>
                  <EmailAddress address={account.email} />
                </td>
                <td>
                  <RoleForm userId={account.id} email={account.email} role={account.role} roleOptions={roleOptions} labels={t.accounts} />
                </td>
                <td>
                  <span className={account.isActive ? "badge" : "badge off"}>{account.isActive ? t.accounts.active : t.accounts.inactive}</span>
                  {account.mustChangePassword && <div className="muted">{t.accounts.pendingPassword}</div>}
                  {account.isSignInLocked && <div className="muted">{t.accounts.locked}</div>}
                  {account.createdBy && <div className="muted">{format(t.accounts.createdBy, { name: accountLabel(account.createdBy) })}</div>}
                  {account.passwordResetAt && account.passwordResetBy && (
                    <div className="muted">{format(t.accounts.passwordResetBy, { name: accountLabel(account.passwordResetBy), date: formatDateTime(locale, account.passwordResetAt) })}</div>
                  )}
                  {account.heldConfirmedAt && account.heldConfirmedBy && (
                    <div className="muted">{format(t.accounts.heldConfirmedBy, { name: accountLabel(account.heldConfirmedBy), date: formatDateTime(locale, account.heldConfirmedAt) })}</div>
                  )}
                  {account.awaitsHeldConfirmation && <div className="muted">{account.mayConfirmHeld ? t.accounts.heldAwaiting : t.accounts.heldYours}</div>}
                </td>
                <td>{account.lastSignInAt ? formatDateTime(locale, account.lastSignInAt) : t.accounts.never}</td>
                <td>
                  <ActiveForm userId={account.id} email={account.email} isActive={account.isActive} isSelf={account.id === actor.id} labels={t.accounts} />
                  {/* An admin changes their own password on their password page. */}
                  {account.isActive && account.id !== actor.id && <ResetPasswordForm userId={account.id} email={account.email} labels={t.accounts} />}
                  {account.isSignInLocked && <UnlockForm userId={account.id} labels={t.accounts} />}
                  {/* Still mounted once vouched for, so its answer stays in view after the list refreshes. */}
                  {(account.mayConfirmHeld || account.heldConfirmedAt) && <ConfirmHeldForm userId={account.id} email={account.email} mayConfirm={account.mayConfirmHeld} labels={t.accounts} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
