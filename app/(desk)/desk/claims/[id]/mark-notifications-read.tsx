"use client";
// Once the claim editor is on screen, its reader's notifications about the claim are read. Done from the
// browser, not while rendering: a GET (a prefetch, a link preview) must not change anything. `ids`: the unread ones
// when the page was drawn; one that arrives while it is on screen stays unread.
import { useEffect } from "react";
import { markClaimNotificationsReadAction } from "@/app/actions/workflow";

export function MarkNotificationsRead({ claimId, ids }: { claimId: string; ids: string[] }) {
  const shown = ids.join(",");
  useEffect(() => {
    void markClaimNotificationsReadAction(claimId, shown.split(","));
  }, [claimId, shown]);
  return null;
}
