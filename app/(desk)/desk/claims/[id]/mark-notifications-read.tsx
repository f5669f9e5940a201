"use client";
// Once the claim editor is on screen, its reader's notifications about the claim are read. Done from the
// browser, not while rendering: a GET (a prefetch, a link preview) must not change anything. `upTo`: the newest
// unread one's time when the page was drawn; one that arrives while it is on screen stays unread.
import { useEffect } from "react";
import { markClaimNotificationsReadAction } from "@/app/actions/workflow";

export function MarkNotificationsRead({ claimId, upTo }: { claimId: string; upTo: string }) {
  useEffect(() => {
    void markClaimNotificationsReadAction(claimId, upTo);
  }, [claimId, upTo]);
  return null;
}
