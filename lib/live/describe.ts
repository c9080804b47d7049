import type { AuditAction } from "@/lib/generated/prisma/enums";
import type { CaseChangeEvent } from "@/lib/live/changes";

/** What an event did to a case, as the rest of "Maya Moderator … 1 s ago" (pure; the case page's live banner). */
const DID: Record<AuditAction, string> = {
  REPORT_RECEIVED: "added a report to this case",
  CASE_OPENED: "opened this case",
  CASE_REOPENED: "reopened this case",
  CLAIMED: "claimed this case",
  RELEASED: "released this case",
  ASSIGNED: "assigned this case",
  CLAIM_EXPIRED: "let the claim on this case lapse",
  NOTE_ADDED: "added a note",
  DISMISSED: "dismissed this case",
  WARNED: "warned an account on this case",
  JOB_TAKEN_DOWN: "took this case's job down",
  JOB_RESTORED: "restored this case's job",
  ACCOUNT_RESTRICTED: "restricted an account on this case",
  RESTRICTION_LIFTED: "lifted a restriction on this case",
  RESTRICTION_EXPIRED: "saw a restriction on this case expire",
  BADGE_REMOVED: "removed a badge on this case",
  ACCOUNT_SUSPENDED: "suspended an account on this case",
  ACCOUNT_REINSTATED: "reinstated an account on this case",
  ENFORCEMENT_REVERSED: "reversed a decision on this case",
  ESCALATED: "escalated this case",
  RESOLVED: "resolved this case",
  REPLY_SENT: "sent a reply on this case",
  TEMPLATE_CREATED: "created a template",
  TEMPLATE_UPDATED: "updated a template",
  TEMPLATE_ARCHIVED: "archived a template",
  USER_CREATED: "created a user",
  USER_UPDATED: "updated a user",
  USER_DEACTIVATED: "deactivated a user",
  USER_SIGNED_OUT_EVERYWHERE: "signed a user out",
  API_TOKEN_CREATED: "created an API token",
  API_TOKEN_REVOKED: "revoked an API token",
  REPLY_DELIVERED: "delivered a reply",
  REPLY_FAILED: "failed to deliver a reply",
  JOB_TEXT_CHANGED: "changed this case's job text",
  APPEAL_RECEIVED: "received an appeal on this case",
  APPEAL_UPHELD: "upheld the appealed decision",
  APPEAL_OVERTURNED: "overturned the appealed decision",
  APPEAL_MODIFIED: "modified the appealed decision",
  STATEMENT_ISSUED: "issued a statement of reasons",
  STATEMENT_ENDED: "recorded the end of a decision on its statement of reasons",
  ACCOUNT_UPDATED: "changed an account",
  JOB_UPDATED: "changed a job",
  THREAD_UPDATED: "changed a thread",
};

/** "Maya Moderator dismissed this case"; the time is rendered beside it. */
export function describeCaseChange(event: Pick<CaseChangeEvent, "action" | "actorKind" | "actorName">): string {
  const who =
    event.actorName ??
    (event.actorKind === "PLATFORM" ? "The platform" : event.actorKind === "SYSTEM" ? "The system" : "Someone");
  return `${who} ${DID[event.action]}`;
}

/**
 * The events an open case page should announce: changes that moved the case
 * past the version the page shows, made by someone other than the viewer
 * (their own changes refresh the page themselves).
 */
export function changesToAnnounce(
  events: CaseChangeEvent[],
  shownVersion: number,
  viewerId: string,
): CaseChangeEvent[] {
  return events.filter((e) => e.version !== null && e.version > shownVersion && e.actorId !== viewerId);
}
