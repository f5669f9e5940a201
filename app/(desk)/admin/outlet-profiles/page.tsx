// Outlet profiles: what editors taught the importer about each outlet's pages, listed for admins to correct.
import { requirePageActor } from "@/lib/auth/session";
import { listOutletProfiles } from "@/lib/sources/outlet-profile-store";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { format, formatDateTime } from "@/lib/i18n/locale";
import { OutletProfileForm } from "./outlet-profile-form";
import { OutletProfileList } from "./outlet-profile-list";

export const generateMetadata = titleFor("outletProfiles");

export default async function OutletProfilesPage() {
  const actor = await requirePageActor("outletProfile.manage");
  const [{ locale, t }, profiles] = await Promise.all([getDictionary(), listOutletProfiles(actor)]);
  return (
    <>
      <h1>{t.outletProfiles.title}</h1>
      <p className="muted">{t.outletProfiles.intro}</p>
      {profiles.length === 0 && <p>{t.outletProfiles.empty}</p>}
      <OutletProfileList>
        {profiles.map((profile) => (
          <section className="card" key={profile.id} aria-labelledby={`profile-${profile.id}`} data-testid="outlet-profile">
            <h2 id={`profile-${profile.id}`}>{profile.outlet}</h2>
            <p className="muted">{format(t.outletProfiles.updatedBy, { name: profile.updatedBy?.name ?? t.audit.system, at: formatDateTime(locale, profile.updatedAt) })}</p>
            <OutletProfileForm
              outlet={profile.outlet}
              labels={{ ...t.outletProfiles, conflictTheirs: t.reader.conflictTheirs, saving: t.reader.saving, cancel: t.accounts.cancel }}
              initial={{ id: profile.id, version: String(profile.version), furniture: profile.furniture.join("\n"), dateHints: profile.dateHints.join("\n") }}
            />
          </section>
        ))}
      </OutletProfileList>
    </>
  );
}
