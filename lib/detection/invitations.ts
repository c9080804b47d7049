import type { AppMention } from "./apps";
import type { MessageContext } from "./context";
import { hint } from "./hints";

/**
 * Invitations to continue the conversation elsewhere, as opposed to merely
 * naming an app. Each pattern looks at a short window around an app mention.
 */

export interface Invitation {
  start: number;
  end: number;
  label: string;
  ruleId: "offplatform.app-invite" | "offplatform.meeting-invite" | "offplatform.leave-platform";
}

const MOVE_VERBS =
  "continue|send|sent|share|talk|chat|move|switch|discuss|connect|communicate|speak|meet|text|message|msg|dm|contact|reach|ping|add|join|hop|jump|go|come|write|call|interview|find|follow|hit me up|get in touch|catch up|take (?:this|it|the conversation)|shift|transfer|carry on|available|video|voice|talking|chatting|interviewing|meeting|continuing|moving|switching";

/** "let's continue on WhatsApp", "talk to you on Telegram", "interview you on Hangouts". */
const VERB_THEN_CHANNEL = new RegExp(
  `\\b(?:${MOVE_VERBS})\\b[^.!?\\n]{0,35}?\\b(?:on|via|over|through|in|to|using|into|at|by|with)\\s+(?:my\\s+|our\\s+|the\\s+|your\\s+|a\\s+|an\\s+)?$`,
);
/** "can you use WhatsApp?", "do you have Telegram?" */
const QUESTION_THEN_CHANNEL =
  /\b(?:do|are|can|could|would|will|did)\s+you\s+(?:\w+\s+)?(?:have|use|got|on|join|download|install|get|available on|ok with|okay with)\s+(?:a\s+|an\s+)?$/;
/** Asking for the other party's account: "your Telegram?", "your WhatsApp please". */
const YOUR_BEFORE = /\byour\s+$/;
const ASKING_AFTER = /^\s*(?:\?|please|pls|plz|so\b|and\b|or\b)/;
const PREFERENCE_AFTER =
  /^\s+(?:works|is|would be|will be)\s+(?:best|better|easier|faster|quicker|simpler|more convenient)\b|^[^.!?\n]{0,40}\b(?:let'?s|we can|can we|shall we|we could)\s+(?:continue|talk|chat|move|switch|meet|discuss|connect)\s+(?:there|on it)\b/;
const PRODUCT_TALK =
  /\b(?:its|feature|features|integration|support|api|sdk|plugin|module|app's|backend|system|users?)\b/;
const INSTALL_BEFORE = /\b(?:download|install)\s+(?:the\s+)?$/;
const ME_AFTER = /^\s+(?:me|us)\b/;
const CONTACT_NOUN_AFTER =
  /^\s*(?:number|no\.?|id|username|user name|handle|contact|group|server|link|call|video call|voice call|meeting|interview|invite)\b/;
const EMAILED_BEFORE =
  /\b(?:e-?mailed|mailed|texted|whatsapped|sent (?:it )?(?:to your (?:e-?mail|inbox)|by e-?mail))\s+(?:you\s+)?(?:a|an|the|my)?\s*$/;

function invitationStart(ctx: MessageContext, mention: AppMention): number | null {
  const lower = ctx.lower;
  const [sentenceStart] = ctx.sentenceAt(mention.start);
  const windowStart = Math.max(sentenceStart, mention.start - 70);
  const before = lower.slice(windowStart, mention.start);
  const after = lower.slice(mention.end, mention.end + 30);
  const verb = VERB_THEN_CHANNEL.exec(before) ?? QUESTION_THEN_CHANNEL.exec(before) ?? INSTALL_BEFORE.exec(before);
  // "switch its call feature to Teams" is about the product being built, not the conversation.
  if (verb && !PRODUCT_TALK.test(verb[0])) return windowStart + verb.index;
  if (
    (YOUR_BEFORE.test(before) && ASKING_AFTER.test(after)) ||
    CONTACT_NOUN_AFTER.test(after) ||
    PREFERENCE_AFTER.test(lower.slice(mention.end, mention.end + 70))
  ) {
    return mention.start;
  }
  if (mention.kind === "messaging" && ME_AFTER.test(after)) return mention.start;
  return null;
}

export function findAppInvitations(ctx: MessageContext, mentions: readonly AppMention[]): Invitation[] {
  const out: Invitation[] = [];
  for (const mention of mentions) {
    if (mention.isSkill) continue;
    const start = invitationStart(ctx, mention);
    if (start === null) continue;
    if (ctx.isNegated(start) || ctx.isDiscussion(mention.start) || ctx.isDeferredUntilContract(mention.start)) continue;
    const ruleId = mention.kind === "meeting" ? "offplatform.meeting-invite" : "offplatform.app-invite";
    out.push({ start: mention.start, end: mention.end, label: mention.label, ruleId });
  }
  return out;
}

/**
 * Zoom is built into the platform's messages, so "a Zoom call" is fine; only an
 * outside Zoom counts: a personal room or ID, or a link sent through another channel.
 */
const ZOOM = /\bzoom\b/g;
const OUTSIDE_ZOOM_BEFORE =
  /\b(?:my|our)\s+(?:own\s+|personal\s+|private\s+)?$|\b(?:outside|external|separate|personal|own|private)\s+$/;
const OUTSIDE_ZOOM_WORDS = /^\s*(?:link|invite|invitation|call|meeting)\b/;
const OUTSIDE_ZOOM_AFTER =
  /^\s*(?:id|meeting id|pmi|passcode|password|personal room)\b|^[^.!?\n]{0,40}\b(?:by|via|over|through|to your|in your|on)\s+(?:e-?mail|gmail|whatsapp|telegram|sms|text|skype)\b/;

export function findOutsideZoom(ctx: MessageContext): Invitation[] {
  const lower = ctx.lower;
  if (!lower.includes("zoom")) return [];
  const out: Invitation[] = [];
  ZOOM.lastIndex = 0;
  for (let m = ZOOM.exec(lower); m !== null; m = ZOOM.exec(lower)) {
    const start = m.index;
    const end = start + 4;
    const before = lower.slice(Math.max(0, start - 25), start);
    const after = lower.slice(end, end + 60);
    const emailed = EMAILED_BEFORE.test(before) && OUTSIDE_ZOOM_WORDS.test(after);
    if (!emailed && !OUTSIDE_ZOOM_BEFORE.test(before) && !OUTSIDE_ZOOM_AFTER.test(after)) continue;
    if (ctx.refersToPlatformTools(start) || ctx.isSuppressedMention(start, end) || ctx.isDeferredUntilContract(start))
      continue;
    out.push({ start, end, label: "Zoom", ruleId: "offplatform.meeting-invite" });
  }
  return out;
}

const LEAVE_PLATFORM: readonly RegExp[] = [
  /\b(?:no need|don'?t need|do not need|no reason)\s+(?:to\s+)?(?:use|for|stay on|to stay on|be on)\s+(?:this|the)\s+(?:site|platform|app|website|upwork)\b/g,
  /\b(?:talk|chat|communicat|continu|contact|work|deal|discuss|meet|mov|connect|reach|messag|speak|tak)\w*\b[^.!?\n]{0,30}?\b(?:outside|off)\s+(?:of\s+)?(?:this\s+|the\s+)?(?:site|platform|website|marketplace|upwork)\b/g,
  /\b(?:contact|email|e-mail|call|text|message|reach|work with)\s+(?:me|us)\s+directly\b/g,
  /\b(?:leave|skip|bypass|get off|go around)\s+(?:the\s+|this\s+)?(?:platform|site|upwork|website)\b/g,
  /\b(?:continue|talk|chat|discuss|work)\s+(?:\w+\s+)?(?:privately|in private)\b/g,
  /\boff[- ]platform\b/g,
];
const PAYMENT_WORDS = /\b(?:pay|paid|payment|payments|paying|money|fee|fees|invoice)\b/;
const MAYBE_LEAVE = hint(
  "outside",
  "off",
  "no need",
  "need to",
  "directly",
  "leave",
  "skip",
  "bypass",
  "go around",
  "private",
);
const MAYBE_CHANNEL = hint("mail", "phone", "cell", "mobile", "sms", "text");

/** "No need to use this site", "let's continue outside the platform", "contact me directly". */
export function findLeavePlatform(ctx: MessageContext): Invitation[] {
  const lower = ctx.lower;
  if (!ctx.has(MAYBE_LEAVE)) return [];
  const out: Invitation[] = [];
  for (const re of LEAVE_PLATFORM) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (PAYMENT_WORDS.test(m[0]) || (m[0].startsWith("off") && PAYMENT_WORDS.test(ctx.sentenceText(start)))) continue;
      if (ctx.isNegated(start) || ctx.isDiscussion(start) || ctx.isDeferredUntilContract(start)) continue;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, label: "outside the platform", ruleId: "offplatform.leave-platform" });
    }
  }
  return out;
}

/** Channels that are not apps: "let's continue over email", "talk on the phone". */
const PLAIN_CHANNEL =
  /\b(?:continue|talk|chat|move|switch|discuss|communicate|speak|connect|carry on|take (?:this|it))\b[^.!?\n]{0,25}?\b(?:on|via|over|through|by|to)\s+(?:the\s+|my\s+|your\s+)?(e-?mail|gmail|phone|cell|mobile|sms|text messages?)\b/g;

export function findPlainChannelMoves(ctx: MessageContext): Invitation[] {
  const lower = ctx.lower;
  if (!ctx.has(MAYBE_CHANNEL)) return [];
  const out: Invitation[] = [];
  PLAIN_CHANNEL.lastIndex = 0;
  for (let m = PLAIN_CHANNEL.exec(lower); m !== null; m = PLAIN_CHANNEL.exec(lower)) {
    const channel = m[1] ?? "";
    const end = m.index + m[0].length;
    const start = end - channel.length;
    if (
      ctx.isNegated(m.index) ||
      ctx.isDiscussion(m.index) ||
      ctx.refersToPlatformTools(m.index) ||
      ctx.isDeferredUntilContract(m.index)
    )
      continue;
    const label = /mail/.test(channel) ? "e-mail" : "phone";
    out.push({ start, end, label, ruleId: "offplatform.app-invite" });
  }
  return out;
}
