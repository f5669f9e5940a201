"use client";
// Once the claim editor is on screen, its reader's notifications about the claim are read. Done from the
// browser, not while rendering: a GET (a prefetch, a link preview) must not change anything.
import { useEffect } from "react";
import { markClaimNotificationsReadAction } from "@/app/actions/workflow";

export function MarkNotificationsRead({ claimId }: { claimId: string }) {
  useEffect(() => {
    void markClaimNotificationsReadAction(claimId);
  }, [claimId]);
  return null;
}
