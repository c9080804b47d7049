import { findAppMentions, findHandles, appNear, type AppMention } from "./apps";
import { MessageContext } from "./context";
import { decodeQuotedPrintable, revealDisguisedNames } from "./deobfuscate";
import { emailsFromLinks, findObfuscatedEmails } from "./email";
import { explain } from "./explain";
import { findAppInvitations, findLeavePlatform, findOutsideZoom, findPlainChannelMoves } from "./invitations";
import { classifyLinks, type LinkMatch } from "./links";
import { findLinksAndEmails } from "./linkify";
import { toOriginalSpan, type MappedText } from "./mapped-text";
import { normaliseCharacters } from "./normalise";
import { findOffPlatformPayments } from "./payment";
import { findDataRequests } from "./personal-data";
import { findPhones } from "./phone";
import { effectiveSeverity, isViolation } from "./policy";
import { HEAD_COUNT } from "./model/classifier";
import { RULE_TOKEN_WEIGHT, tokenBucket } from "./model/features";
import { findLooseHandles, findPhraseHits } from "./phrases";
import { codeRanges, isCodeLike, isDummyNumber, overlapsAny, placeholderRanges } from "./placeholders";
import { DEFAULT_PLATFORM_DOMAINS, isPlatformHost } from "./platform";
import { isRealAddress } from "./email";
import { applyThread } from "./thread";
import type { Category, DetectOptions, Finding, Hit } from "./types";

export { CATEGORIES, findingFields } from "./types";
export type { Category, DetectOptions, Finding, Severity, ThreadContext } from "./types";
export { CATEGORY_LABEL, CATEGORY_POLICY, DETECTOR_VERSION } from "./policy";
export { DEFAULT_PLATFORM_DOMAINS } from "./platform";

/** Verbs that turn a shared number into an invitation to talk by phone. */
const CALL_VERB_BEFORE =
  /\b(?:call|calls|calling|text|texting|sms|ring|phone|dial|give me a (?:call|ring)|hit me up)\b[^.!?\n]{0,25}$/;
const CALL_VERB_AFTER = /^[^.!?\n]{0,20}\b(?:call me|text me|ring me|call or text|for calls)\b/;
const INTERVIEW_CONTEXT =
  /\b(?:interview\w*|screening|onboarding|questionnaire|assessment|test task|application|apply|answer|fill|hr|recruit\w*|vacanc\w*|position|next step|hiring|reply there)\b/;
const SOCIAL_CONTACT_INTENT = /\b(?:contact|reach|message|dm|add|follow|connect|find|text|chat|talk|hit me up|write)\b/;

function phoneHits(ctx: MessageContext, mentions: readonly AppMention[]): Hit[] {
  const hits: Hit[] = [];
  for (const phone of findPhones(ctx.lower)) {
    const app = appNear(ctx, mentions, phone.start, phone.end);
    const base = { start: phone.start, end: phone.end, value: phone.e164 };
    hits.push({
      ...base,
      category: "CONTACT_SHARING",
      ruleId: "contact.phone",
      severity: "HIGH",
      subject: app ? `a ${app.label} number` : "a phone number",
    });
    if (app) {
      hits.push({
        ...base,
        category: "OFF_PLATFORM_COMMUNICATION",
        ruleId: "offplatform.messaging-app",
        severity: "MEDIUM",
        subject: `continue on ${app.label}`,
      });
    } else if (
      CALL_VERB_BEFORE.test(ctx.lower.slice(Math.max(0, phone.start - 40), phone.start)) ||
      CALL_VERB_AFTER.test(ctx.lower.slice(phone.end, phone.end + 30))
    ) {
      hits.push(phoneCallHit(base));
    }
  }
  return hits;
}

/** Asking to talk by phone (a number with a call verb, or a request for the number). */
function phoneCallHit(base: Pick<Hit, "start" | "end" | "value">): Hit {
  return {
    ...base,
    category: "OFF_PLATFORM_COMMUNICATION",
    ruleId: "offplatform.phone-call",
    severity: "MEDIUM",
    subject: "talk by phone",
  };
}

function linkHit(ctx: MessageContext, link: LinkMatch): Hit[] {
  const base = { start: link.start, end: link.end, value: link.url };
  switch (link.kind) {
    case "messaging":
      return [
        {
          ...base,
          category: "CONTACT_SHARING",
          ruleId: "contact.messaging-link",
          severity: "HIGH",
          subject: `a ${link.service} contact link`,
        },
        {
          ...base,
          category: "OFF_PLATFORM_COMMUNICATION",
          ruleId: "offplatform.messaging-app",
          severity: "MEDIUM",
          subject: `continue on ${link.service}`,
        },
      ];
    case "meeting":
      return [
        {
          ...base,
          category: "OFF_PLATFORM_COMMUNICATION",
          ruleId: "offplatform.meeting-link",
          severity: "MEDIUM",
          subject: `an outside ${link.service} meeting`,
        },
      ];
    case "form":
      return [
        {
          ...base,
          category: "OFF_PLATFORM_COMMUNICATION",
          ruleId: "offplatform.form-link",
          severity: "HIGH",
          subject: `fill in ${link.service} outside the platform`,
        },
      ];
    case "document":
      if (!INTERVIEW_CONTEXT.test(ctx.sentenceText(link.start)) && !INTERVIEW_CONTEXT.test(ctx.lower)) return [];
      return [
        {
          ...base,
          category: "OFF_PLATFORM_COMMUNICATION",
          ruleId: "offplatform.document-interview",
          severity: "HIGH",
          subject: `an "interview" held in a ${link.service} document`,
        },
      ];
    case "social":
      if (!SOCIAL_CONTACT_INTENT.test(ctx.sentenceText(link.start))) return [];
      return [
        {
          ...base,
          category: "CONTACT_SHARING",
          ruleId: "contact.social-profile",
          severity: "MEDIUM",
          subject: `a ${link.service} profile as a way to reach them`,
        },
      ];
  }
}

/** Addresses linkify-it does not see: glued to a colon or a word ("email:ana@x.io"), inside brackets. */
const PLAIN_EMAIL = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}\.){1,4}[a-z]{2,24}(?![a-z0-9-])/g;

function plainEmails(lower: string): Array<{ start: number; end: number; address: string }> {
  if (!lower.includes("@")) return [];
  const out: Array<{ start: number; end: number; address: string }> = [];
  PLAIN_EMAIL.lastIndex = 0;
  for (let m = PLAIN_EMAIL.exec(lower); m !== null; m = PLAIN_EMAIL.exec(lower)) {
    // "email:ana@x.io" reads as the local part "email:ana"; start after a known label.
    let address = m[0];
    const label = /^(?:e-?mail|mail|gmail|contact|email-?id)[-_:.]?(?=[a-z0-9])/.exec(address);
    if (label && !/^(?:e-?mail|mail|gmail|contact)@/.test(address)) {
      address = address.slice(label[0].length);
    }
    address = address.replace(/^[._%+-]+/, "");
    // "ana@mail.comFax: ..." run together: cut the TLD back to a common one.
    if (!isRealAddress(address)) {
      const glued = /^(.*\.(?:com|net|org|edu|gov|info|biz))[a-z]{1,12}$/.exec(address);
      if (glued?.[1]) address = glued[1];
    }
    if (isRealAddress(address)) {
      const at = m.index + m[0].indexOf(address);
      out.push({ start: at, end: at + address.length, address });
    }
    if (out.length >= MAX_PER_RULE) break;
  }
  return out;
}

const NAMED_APP =
  /\b(?:telegram|tg|skype|discord|discorrd|whats ?app|wa|wechat|signal|viber|snapchat|snap|insta(?:gram)?|line|kik|qq)\b/;

/** No rule reports more than this many hits in one message: the message is flagged long before, and the cost stays bounded. */
const MAX_PER_RULE = 50;

function collectHits(ctx: MessageContext, platformDomains: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  const mentions = findAppMentions(ctx).slice(0, 4 * MAX_PER_RULE);

  for (const hit of phoneHits(ctx, mentions)) hits.push({ ...hit, concrete: true });

  const linkMatches = findLinksAndEmails(ctx.lower, ctx.view.text);
  const emails = [...emailsFromLinks(linkMatches), ...findObfuscatedEmails(ctx.lower)];
  for (const email of plainEmails(ctx.lower)) {
    if (!emails.some((e) => e.start < email.end && email.start < e.end)) emails.push(email);
  }
  for (const email of emails) {
    if (isPlatformHost(email.address.slice(email.address.lastIndexOf("@") + 1), platformDomains)) continue;
    hits.push({
      category: "CONTACT_SHARING",
      ruleId: "contact.email",
      start: email.start,
      end: email.end,
      value: email.address,
      severity: "HIGH",
      subject: "an e-mail address",
      concrete: true,
    });
  }
  for (const link of classifyLinks(linkMatches))
    for (const hit of linkHit(ctx, link)) hits.push({ ...hit, concrete: true });

  for (const handle of findHandles(ctx, mentions).slice(0, MAX_PER_RULE)) {
    const base = { start: handle.start, end: handle.end, value: handle.handle, concrete: true };
    hits.push({
      ...base,
      category: "CONTACT_SHARING",
      ruleId: "contact.messaging-handle",
      severity: "HIGH",
      subject: `a ${handle.app} username`,
    });
    hits.push({
      ...base,
      category: "OFF_PLATFORM_COMMUNICATION",
      ruleId: "offplatform.messaging-app",
      severity: "MEDIUM",
      subject: `continue on ${handle.app}`,
    });
  }

  const invitations = [
    ...findAppInvitations(ctx, mentions),
    ...findOutsideZoom(ctx),
    ...findLeavePlatform(ctx),
    ...findPlainChannelMoves(ctx),
  ];
  for (const inv of invitations) {
    const subject =
      inv.ruleId === "offplatform.leave-platform"
        ? "continue outside the platform"
        : inv.ruleId === "offplatform.meeting-invite"
          ? `meet on ${inv.label}`
          : `continue on ${inv.label === "phone" ? "the phone" : inv.label}`;
    const value = inv.ruleId === "offplatform.leave-platform" ? null : inv.label;
    hits.push({
      category: "OFF_PLATFORM_COMMUNICATION",
      ruleId: inv.ruleId,
      start: inv.start,
      end: inv.end,
      value,
      severity: inv.ruleId === "offplatform.leave-platform" ? "HIGH" : "MEDIUM",
      subject,
    });
  }

  for (const payment of findOffPlatformPayments(ctx)) {
    hits.push({
      category: "OFF_PLATFORM_PAYMENT",
      ...payment,
      concrete: payment.ruleId === "payment.crypto-wallet" || payment.ruleId === "payment.link",
    });
  }

  for (const phrase of findPhraseHits(ctx)) {
    hits.push(phrase);
    // "your Telegram or number?": asking for an account on a named outside app is also an invitation to talk there.
    if (
      phrase.ruleId === "personal-data.app-account-request" &&
      NAMED_APP.test(ctx.lower.slice(phrase.start, phrase.end))
    )
      hits.push({
        ...phrase,
        category: "OFF_PLATFORM_COMMUNICATION",
        ruleId: "offplatform.app-request",
        severity: "MEDIUM",
        subject: "continue on the outside app asked for",
        alwaysViolation: undefined,
      });
  }
  for (const handle of findLooseHandles(ctx.lower)) hits.push(handle);

  // Contact details shared before a contract are, in most real messages, an invitation to use them; whether
  // this one is (or just a bare value, a signature) is the learned judge's call, so the vote is gated like a mention.
  for (const hit of [...hits]) {
    if (hit.category !== "CONTACT_SHARING" || !hit.concrete) continue;
    if (hits.some((h) => h.category === "OFF_PLATFORM_COMMUNICATION" && h.start < hit.end && hit.start < h.end))
      continue;
    hits.push({
      ...hit,
      category: "OFF_PLATFORM_COMMUNICATION",
      ruleId: "offplatform.contact-shared",
      severity: "MEDIUM",
      subject: "contact them outside the platform with the details shared",
      concrete: false,
    });
  }
  // Asking for bank details is, in the labelled messages, also setting up a payment outside the platform.
  for (const hit of [...hits]) {
    if (hit.category !== "PERSONAL_DATA_REQUEST" || hit.ruleId !== "personal-data.bank-details") continue;
    hits.push({
      ...hit,
      category: "OFF_PLATFORM_PAYMENT",
      ruleId: "payment.bank-details-request",
      severity: "HIGH",
      subject: "payment to bank details outside the platform",
      alwaysViolation: undefined,
    });
  }

  for (const request of findDataRequests(ctx)) {
    const base = { start: request.start, end: request.end, value: null };
    hits.push({
      ...base,
      category: "PERSONAL_DATA_REQUEST",
      ruleId: request.ruleId,
      severity: request.severity,
      subject: request.items,
      alwaysViolation: request.alwaysViolation,
    });
    if (request.asksForPhone) {
      hits.push(phoneCallHit(base));
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
 * How much of a message is scanned: the first SCAN_LIMIT characters. Longer
 * messages are still stored whole; findings only come from this prefix (a
 * message that long is flagged for what it starts with, and the scan cost
 * stays bounded).
 */
export const SCAN_LIMIT = 32 * 1024;

const HEAD_OF: Readonly<Record<Category, number>> = {
  CONTACT_SHARING: 0,
  OFF_PLATFORM_COMMUNICATION: 1,
  OFF_PLATFORM_PAYMENT: 2,
  PERSONAL_DATA_REQUEST: 3,
};
const ADDRESSED = HEAD_COUNT - 1;
const CATEGORY_HEADS = Object.keys(HEAD_OF) as Category[];

/**
 * Thresholds of the learned component, chosen by cross-validation on the
 * real-world development part (npm run detect:train prints it):
 * - a mention-based rule hit is kept when its sentence scores at least GATE
 *   for the hit's category (or ADDRESS_GATE on the "addressed" head);
 * - a concrete value is dropped only when its sentence scores below SILENCE
 *   on both its category and "addressed" (clearly not addressed to the reader);
 * - a sentence no rule matched is reported when a category scores at least NEW.
 */
export const MODEL_THRESHOLDS = {
  /** Per category head (contact, outside talk, payment, data request). */
  gate: [0.45, 0.55, 0.65, 0.65] as number[],
  addressGate: 0.7,
  silence: 0.05,
  new: [0.8, 1.01, 0.7, 0.95] as number[],
};

const MODEL_SUBJECT: Readonly<Record<Category, string>> = {
  CONTACT_SHARING: "their own contact details",
  OFF_PLATFORM_COMMUNICATION: "continue the conversation outside the platform",
  OFF_PLATFORM_PAYMENT: "paying or being paid outside the platform",
  PERSONAL_DATA_REQUEST: "personal details",
};

const READS_AS: Readonly<Record<Category, string>> = {
  CONTACT_SHARING: "reads as sharing contact details with the reader",
  OFF_PLATFORM_COMMUNICATION: "reads as an invitation to the reader",
  OFF_PLATFORM_PAYMENT: "reads as a payment proposal to the reader",
  PERSONAL_DATA_REQUEST: "reads as a request to the reader",
};

function trimmed(lower: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(lower[s] ?? "")) s++;
  while (e > s && /\s/.test(lower[e - 1] ?? "")) e--;
  return [s, e];
}

/**
 * What the learned judge's score meant for this finding. A value rule (a number, an address, a handle,
 * a link) counts whatever the judge reads, unless the sentence is clearly not addressed to the reader, so
 * its score is shown as context, not as the reason; a mention or a sentence the judge found is reported
 * because of the score.
 */
function judgeNote(hit: Hit): string {
  if (hit.score === undefined) return "";
  const score = hit.score.toFixed(2);
  if (hit.concrete)
    return ` The value itself is the evidence: it counts whatever the learned judge's score (${READS_AS[hit.category]}: ${score}).`;
  if (hit.strong)
    return ` The wording itself is the evidence: it counts whatever the learned judge's score (${READS_AS[hit.category]}: ${score}).`;
  return ` The learned judge ${READS_AS[hit.category]}: ${score}.`;
}

/** The learned component: gates mention rules, silences values in clearly non-addressed sentences, adds what no rule knows. */
function applyModel(ctx: MessageContext, hits: Hit[]): Hit[] {
  const t = MODEL_THRESHOLDS;
  const kept: Hit[] = [];
  for (const hit of hits) {
    const p = ctx.scoreAt(hit.start, HEAD_OF[hit.category]);
    const addressed = ctx.scoreAt(hit.start, ADDRESSED);
    if (hit.concrete || hit.strong) {
      if (p < t.silence && addressed < t.silence) continue;
    } else if (p < (t.gate[HEAD_OF[hit.category]] ?? 0.5) && addressed < t.addressGate) {
      continue;
    }
    kept.push({ ...hit, score: p });
  }
  const segments = ctx.sentences();
  let code: Array<[number, number]> | null = null;
  for (let i = 0; i < segments.length && i < 400; i++) {
    if (!ctx.mayViolate(i)) continue;
    const [s0, e0] = segments[i] as [number, number];
    const scores = ctx.scoresOf(i);
    for (let h = 0; h < CATEGORY_HEADS.length; h++) {
      const category = CATEGORY_HEADS[h] as Category;
      const p = scores[i * HEAD_COUNT + h] ?? 0;
      if (p < (t.new[h] ?? 1)) continue;
      if (kept.some((k) => k.category === category && k.start < e0 && s0 < k.end)) continue;
      // Code is checked last: it is rare, and the check is a few regexes over the sentence.
      code ??= codeRanges(ctx.view.text);
      if (overlapsAny(code, s0, e0) || isCodeLike(ctx.view.text.slice(s0, e0))) break;
      const [s, e] = trimmed(ctx.lower, s0, e0);
      if (e <= s) continue;
      kept.push({
        category,
        ruleId: `model.${category.toLowerCase().replace(/_/g, "-")}`,
        start: s,
        end: e,
        value: null,
        severity: "MEDIUM",
        subject: MODEL_SUBJECT[category],
        score: p,
      });
    }
  }
  return kept;
}

/** Whether the sentence (piece) at `pos` reads as source code; remembered per piece. */
function codeLikeAt(ctx: MessageContext, cache: Map<number, boolean>, pos: number): boolean {
  const i = ctx.segmentIndexAt(pos);
  let v = cache.get(i);
  if (v === undefined) {
    const seg = ctx.sentences()[i];
    v = seg ? isCodeLike(ctx.view.text.slice(seg[0], seg[1])) : false;
    cache.set(i, v);
  }
  return v;
}

function dropMasked(ctx: MessageContext, hits: Hit[], platformDomains: readonly string[]): Hit[] {
  const code = codeRanges(ctx.view.text);
  const placeholders = placeholderRanges(ctx.view.text);
  const codeLike = new Map<number, boolean>();
  return hits.filter((hit) => {
    if (code.length > 0 && overlapsAny(code, hit.start, hit.end)) return false;
    if (codeLikeAt(ctx, codeLike, hit.start)) return false;
    if (hit.concrete && placeholders.length > 0 && overlapsAny(placeholders, hit.start, hit.end)) return false;
    if (hit.ruleId === "contact.phone" && hit.value !== null && isDummyNumber(hit.value)) return false;
    if (hit.concrete && hit.value !== null && /^(?:https?:\/\/)?[^/@\s]+/.test(hit.value)) {
      const host = /^(?:[a-z]+:\/\/)?([^/?#:@\s]+)/i.exec(hit.value)?.[1] ?? "";
      if (host.includes(".") && isPlatformHost(host, platformDomains)) return false;
    }
    return true;
  });
}

/**
 * Finds contact sharing, off-platform communication and payment, and personal
 * data requests in one message. Pure: no I/O, safe to call on any input size
 * (only the first SCAN_LIMIT characters are scanned).
 */
export function detect(text: string, opts: DetectOptions): Finding[] {
  if (text.length === 0) return [];
  const { view, ctx, hits: ruleHits } = analyse(text, opts);
  const hits = applyModel(ctx, ruleHits);
  return dedupe(hits).map((hit) => {
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
      explanation: explain(hit, violation, opts.contractActive) + judgeNote(hit),
    };
  });
}

const tokenCache = new Map<string, number>();
function cachedBucket(token: string): number {
  let b = tokenCache.get(token);
  if (b === undefined) {
    b = tokenBucket(token);
    if (tokenCache.size < 2048) tokenCache.set(token, b);
  }
  return b;
}

/**
 * The rules that fired in each piece, as feature buckets for the learned
 * component (it learns what each rule's vote is worth in context), with the
 * context checks the rules use: negated clause, discussion or reported speech
 * in the sentence or anywhere in the message, the platform's own tools, a skill.
 */
export function ruleFeatures(ctx: MessageContext, hits: readonly Hit[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const hit of hits) {
    const i = ctx.segmentIndexAt(hit.start);
    if (i < 0) continue;
    let list = out.get(i);
    if (!list) {
      list = [];
      out.set(i, list);
      if (ctx.isDiscussion(hit.start)) push(list, "x:discussion");
      if (ctx.messageIsDiscussion()) push(list, "m:discussion");
      if (ctx.refersToPlatformTools(hit.start)) push(list, "x:platform");
    }
    if (list.length > 60) continue;
    push(list, `r:${hit.ruleId}`);
    push(list, `c:${hit.category}`);
    if (hit.concrete) push(list, `v:${hit.category}`);
    if (ctx.isNegated(hit.start)) push(list, `n:${hit.category}`);
    if (ctx.isSkillMention(hit.start, hit.end)) push(list, `s:${hit.category}`);
  }
  return out;
}

function push(list: number[], token: string): void {
  const b = cachedBucket(token);
  for (let k = 0; k < RULE_TOKEN_WEIGHT; k++) list.push(b);
}

/** Everything before the learned component's decisions: the normalised view, the context, the rule hits. Training uses it too. */
export function analyse(text: string, opts: DetectOptions): { view: MappedText; ctx: MessageContext; hits: Hit[] } {
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  const view = revealDisguisedNames(decodeQuotedPrintable(normaliseCharacters(scanned)));
  const ctx = new MessageContext(view);
  const platformDomains = opts.platformDomains ?? DEFAULT_PLATFORM_DOMAINS;
  let hits = dropMasked(ctx, collectHits(ctx, platformDomains), platformDomains);
  hits = applyThread(ctx, hits, opts.thread);
  ctx.extraFeatures = ruleFeatures(ctx, hits);
  return { view, ctx, hits };
}
