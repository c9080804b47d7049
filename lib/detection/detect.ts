import { findAppMentions, findHandles, appNear, type AppMention } from "./apps";
import { MessageContext } from "./context";
import { revealDisguisedNames } from "./deobfuscate";
import { emailsFromLinks, findObfuscatedEmails } from "./email";
import { explain } from "./explain";
import { findAppInvitations, findLeavePlatform, findOutsideZoom, findPlainChannelMoves } from "./invitations";
import { classifyLinks, type LinkMatch } from "./links";
import { findLinksAndEmails } from "./linkify";
import { toOriginalSpan } from "./mapped-text";
import { normaliseCharacters } from "./normalise";
import { findOffPlatformPayments } from "./payment";
import { findDataRequests } from "./personal-data";
import { findPhones } from "./phone";
import { effectiveSeverity, isViolation } from "./policy";
import type { DetectOptions, Finding, Hit } from "./types";

export { CATEGORIES } from "./types";
export type { Category, DetectOptions, Finding, Severity, ThreadContext } from "./types";
export { CATEGORY_LABEL, CATEGORY_POLICY, DETECTOR_VERSION } from "./policy";

/** Verbs that turn a shared number into an invitation to talk by phone. */
const CALL_VERB_BEFORE = /\b(?:call|calls|calling|text|texting|sms|ring|phone|dial|give me a (?:call|ring)|hit me up)\b[^.!?\n]{0,25}$/;
const CALL_VERB_AFTER = /^[^.!?\n]{0,20}\b(?:call me|text me|ring me|call or text|for calls)\b/;
const INTERVIEW_CONTEXT =
  /\b(?:interview\w*|screening|onboarding|questionnaire|assessment|test task|application|apply|answer|fill|hr|recruit\w*|vacanc\w*|position|next step|hiring|reply there)\b/;
const SOCIAL_CONTACT_INTENT =
  /\b(?:contact|reach|message|dm|add|follow|connect|find|text|chat|talk|hit me up|write)\b/;

function phoneHits(ctx: MessageContext, mentions: readonly AppMention[]): Hit[] {
  const hits: Hit[] = [];
  for (const phone of findPhones(ctx.lower)) {
    const app = appNear(ctx, mentions, phone.start, phone.end);
    const base = { start: phone.start, end: phone.end, value: phone.e164 };
    hits.push({ ...base, category: "CONTACT_SHARING", ruleId: "contact.phone", severity: "HIGH", subject: app ? `a ${app.label} number` : "a phone number" });
    if (app) {
      hits.push({ ...base, category: "OFF_PLATFORM_COMMUNICATION", ruleId: "offplatform.messaging-app", severity: "MEDIUM", subject: `continue on ${app.label}` });
    } else if (
      CALL_VERB_BEFORE.test(ctx.lower.slice(Math.max(0, phone.start - 40), phone.start)) ||
      CALL_VERB_AFTER.test(ctx.lower.slice(phone.end, phone.end + 30))
    ) {
      hits.push({ ...base, category: "OFF_PLATFORM_COMMUNICATION", ruleId: "offplatform.phone-call", severity: "MEDIUM", subject: "talk by phone" });
    }
  }
  return hits;
}

function linkHit(ctx: MessageContext, link: LinkMatch): Hit[] {
  const base = { start: link.start, end: link.end, value: link.url };
  switch (link.kind) {
    case "messaging":
      return [
        { ...base, category: "CONTACT_SHARING", ruleId: "contact.messaging-link", severity: "HIGH", subject: `a ${link.service} contact link` },
        { ...base, category: "OFF_PLATFORM_COMMUNICATION", ruleId: "offplatform.messaging-app", severity: "MEDIUM", subject: `continue on ${link.service}` },
      ];
    case "meeting":
      return [{ ...base, category: "OFF_PLATFORM_COMMUNICATION", ruleId: "offplatform.meeting-link", severity: "MEDIUM", subject: `an outside ${link.service} meeting` }];
    case "form":
      return [{ ...base, category: "OFF_PLATFORM_COMMUNICATION", ruleId: "offplatform.form-link", severity: "HIGH", subject: `fill in ${link.service} outside the platform` }];
    case "document":
      if (!INTERVIEW_CONTEXT.test(ctx.sentenceText(link.start)) && !INTERVIEW_CONTEXT.test(ctx.lower)) return [];
      return [{ ...base, category: "OFF_PLATFORM_COMMUNICATION", ruleId: "offplatform.document-interview", severity: "HIGH", subject: `an "interview" held in a ${link.service} document` }];
    case "social":
      if (!SOCIAL_CONTACT_INTENT.test(ctx.sentenceText(link.start))) return [];
      return [{ ...base, category: "CONTACT_SHARING", ruleId: "contact.social-profile", severity: "MEDIUM", subject: `a ${link.service} profile as a way to reach them` }];
  }
}

function collectHits(ctx: MessageContext): Hit[] {
  const hits: Hit[] = [];
  const mentions = findAppMentions(ctx);

  hits.push(...phoneHits(ctx, mentions));

  const linkMatches = findLinksAndEmails(ctx.lower, ctx.view.text);
  for (const email of [...emailsFromLinks(linkMatches), ...findObfuscatedEmails(ctx.lower)]) {
    hits.push({ category: "CONTACT_SHARING", ruleId: "contact.email", start: email.start, end: email.end, value: email.address, severity: "HIGH", subject: "an e-mail address" });
  }
  for (const link of classifyLinks(linkMatches)) hits.push(...linkHit(ctx, link));

  for (const handle of findHandles(ctx, mentions)) {
    const base = { start: handle.start, end: handle.end, value: handle.handle };
    hits.push({ ...base, category: "CONTACT_SHARING", ruleId: "contact.messaging-handle", severity: "HIGH", subject: `a ${handle.app} username` });
    hits.push({ ...base, category: "OFF_PLATFORM_COMMUNICATION", ruleId: "offplatform.messaging-app", severity: "MEDIUM", subject: `continue on ${handle.app}` });
  }

  const invitations = [...findAppInvitations(ctx, mentions), ...findOutsideZoom(ctx), ...findLeavePlatform(ctx), ...findPlainChannelMoves(ctx)];
  for (const inv of invitations) {
    const subject = inv.ruleId === "offplatform.leave-platform" ? "continue outside the platform" : inv.ruleId === "offplatform.meeting-invite" ? `meet on ${inv.label}` : `continue on ${inv.label === "phone" ? "the phone" : inv.label}`;
    const value = inv.ruleId === "offplatform.leave-platform" ? null : inv.label;
    hits.push({ category: "OFF_PLATFORM_COMMUNICATION", ruleId: inv.ruleId, start: inv.start, end: inv.end, value, severity: inv.ruleId === "offplatform.leave-platform" ? "HIGH" : "MEDIUM", subject });
  }

  for (const payment of findOffPlatformPayments(ctx)) {
    hits.push({ category: "OFF_PLATFORM_PAYMENT", ...payment });
  }

  for (const request of findDataRequests(ctx)) {
    const base = { start: request.start, end: request.end, value: null };
    hits.push({ ...base, category: "PERSONAL_DATA_REQUEST", ruleId: request.ruleId, severity: request.severity, subject: request.items, alwaysViolation: request.alwaysViolation });
    if (request.asksForPhone) {
      hits.push({ ...base, category: "OFF_PLATFORM_COMMUNICATION", ruleId: "offplatform.phone-call", severity: "MEDIUM", subject: "talk by phone" });
    }
  }
  return hits;
}

/** Concrete evidence (a number, an address, a link) outranks a mention of the same thing. */
function dedupe(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  // Hits arrive by start, so per category only the kept hit reaching furthest can overlap the next one.
  const furthest = new Map<Hit["category"], number>();
  for (const hit of sorted) {
    const index = furthest.get(hit.category);
    const previous = index === undefined ? undefined : kept[index];
    if (previous === undefined || previous.end <= hit.start) {
      kept.push(hit);
      furthest.set(hit.category, kept.length - 1);
    } else if (previous.value === null && hit.value !== null) {
      kept[index as number] = hit;
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.category.localeCompare(b.category));
}

/**
 * Finds contact sharing, off-platform communication and payment, and personal
 * data requests in one message. Pure: no I/O, safe to call on any input size.
 */
export function detect(text: string, opts: DetectOptions): Finding[] {
  if (text.length === 0) return [];
  const view = revealDisguisedNames(normaliseCharacters(text));
  const ctx = new MessageContext(view);
  return dedupe(collectHits(ctx)).map((hit) => {
    const violation = isViolation(hit.category, opts.contractActive, hit.alwaysViolation);
    const [start, end] = toOriginalSpan(view, hit.start, hit.end);
    return {
      category: hit.category,
      ruleId: hit.ruleId,
      start,
      end,
      value: hit.value,
      violation,
      severity: effectiveSeverity(hit.severity, violation),
      explanation: explain(hit, violation, opts.contractActive),
    };
  });
}
