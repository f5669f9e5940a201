-- A session's end reaches every instance's front server at once. The front server takes a session cookie for a
-- signed-in visitor while the session it names is live (lib/auth/session-cookie.ts), and re-reads a live one only
-- every few seconds; an ended session kept counting as live on each instance until then. Every way a session ends
-- now announces it on the channel "claimdesk_session_ended" (lib/auth/live-session.ts SESSION_ENDED_CHANNEL),
-- delivered at commit to each instance's listener (the one that hears publications), whichever code or SQL ends it:
-- the session revoked (signed out, a password reset) or deleted while live, and the account deactivated or its
-- session version moved on (a password, role or activation change), which announces each of its live sessions.
CREATE OR REPLACE FUNCTION "announce_session_ended"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Session' THEN
    PERFORM pg_notify('claimdesk_session_ended', OLD.id::text);
  ELSE
    PERFORM pg_notify('claimdesk_session_ended', s.id::text)
       FROM "Session" s
      WHERE s."userId" = OLD.id AND s."revokedAt" IS NULL AND s."expiresAt" > clock_timestamp();
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Session_ended_announced" AFTER UPDATE OF "revokedAt" ON "Session" FOR EACH ROW
  WHEN (OLD."revokedAt" IS NULL AND NEW."revokedAt" IS NOT NULL) EXECUTE FUNCTION "announce_session_ended"();
CREATE TRIGGER "Session_deleted_announced" AFTER DELETE ON "Session" FOR EACH ROW
  WHEN (OLD."revokedAt" IS NULL AND OLD."expiresAt" > clock_timestamp()) EXECUTE FUNCTION "announce_session_ended"();
CREATE TRIGGER "User_sessions_ended_announced" AFTER UPDATE OF "isActive", "sessionVersion" ON "User" FOR EACH ROW
  WHEN (OLD."isActive" IS DISTINCT FROM NEW."isActive" OR OLD."sessionVersion" IS DISTINCT FROM NEW."sessionVersion")
  EXECUTE FUNCTION "announce_session_ended"();
