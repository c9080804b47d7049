-- Live updates (lib/live/): every audit event about a case (or a case's subject) is announced on the
-- "case_changes" channel, so every app instance's listener learns of it and pushes it to the open
-- queues and case pages it serves. NOTIFY is transactional: the notification is delivered when the
-- writing transaction commits, and never if it rolls back. One notification per INSERT statement
-- (a transition table, not a trigger per row), so an ingestion batch that files 500 reports sends one.
-- Every change of a case writes its audit event in the same transaction (the kernel, intake,
-- claim-next's single statement, settling an account's cases), so this one trigger sees them all.
CREATE FUNCTION "notify_case_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  payload text;
BEGIN
  SELECT json_build_object('events', json_agg(json_build_object(
           'id', e."id"::text,
           'caseId', e."caseId",
           'version', e."caseVersion",
           'action', e."action",
           'actorKind', e."actorKind",
           'actorId', e."actorId",
           'actorName', u."name",
           'at', to_char(e."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY e."id"))::text
    INTO payload
  FROM new_events e LEFT JOIN "ConsoleUser" u ON u."id" = e."actorId"
  WHERE e."caseId" IS NOT NULL OR e."subjectType" IS NOT NULL
  HAVING count(*) > 0;
  IF payload IS NULL THEN
    RETURN NULL;
  END IF;
  -- A NOTIFY payload must stay under 8000 bytes: a large batch says only which cases changed,
  -- and a huge one only that many did (listeners then refresh everything).
  IF octet_length(payload) > 7900 THEN
    SELECT json_build_object('cases', json_agg(DISTINCT e."caseId"))::text INTO payload
    FROM new_events e WHERE e."caseId" IS NOT NULL;
    IF payload IS NULL OR octet_length(payload) > 7900 THEN
      payload := '{"all":true}';
    END IF;
  END IF;
  PERFORM pg_notify('case_changes', payload);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "AuditEvent_notify_case_changes"
  AFTER INSERT ON "AuditEvent"
  REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_case_changes"();
