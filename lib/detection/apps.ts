import type { MessageContext } from "./context";
import { APP_ABBREVIATIONS, MEETING_APPS, MESSAGING_APPS, alternation, labelFor } from "./services";

export type AppKind = "messaging" | "meeting";

export interface AppMention {
  start: number;
  end: number;
  label: string;
  kind: AppKind;
  /** Named as a skill or product feature rather than as a way to talk. */
  isSkill: boolean;
}

export interface HandleMatch {
  start: number;
  end: number;
  handle: string;
  app: string;
}

const MESSAGING_RE = new RegExp(`\\b(?:${alternation(MESSAGING_APPS)})\\b`, "g");
const MEETING_RE = new RegExp(`\\b(?:${alternation(MEETING_APPS)})\\b`, "g");
const APP_NAME_EXACT = new RegExp(`^(?:${alternation(MESSAGING_APPS)}|${alternation(MEETING_APPS)})$`);
const MAYBE_APP = new RegExp(
  `${alternation(MESSAGING_APPS)}|${alternation(MEETING_APPS)}|live:|#\\d{4}\\b|\\b(?:tg|wa|ig|dc|fb)\\b`,
);

/** "teams" is an ordinary word; only the product when capitalised, qualified, or used as a call. */
function isTeamsProduct(ctx: MessageContext, start: number, end: number): boolean {
  const matched = ctx.lower.slice(start, end);
  if (matched !== "teams") return true;
  if (ctx.view.text.slice(start, end) === "Teams") return true;
  return /^\s*(?:call|meeting|link|invite|chat)\b/.test(ctx.lower.slice(end, end + 12));
}

export function findAppMentions(ctx: MessageContext): AppMention[] {
  const lower = ctx.lower;
  if (!MAYBE_APP.test(lower)) return [];
  const out: AppMention[] = [];
  for (const [re, kind, services] of [
    [MESSAGING_RE, "messaging", MESSAGING_APPS],
    [MEETING_RE, "meeting", MEETING_APPS],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (kind === "meeting" && !isTeamsProduct(ctx, start, end)) continue;
      out.push({ start, end, kind, label: labelFor(services, m[0]), isSkill: ctx.isSkillMention(start, end) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words that follow "telegram" or "skype:" but are not a username. */
const NOT_A_HANDLE = new Set([
  "me",
  "is",
  "id",
  "at",
  "on",
  "the",
  "a",
  "an",
  "and",
  "or",
  "to",
  "for",
  "here",
  "there",
  "now",
  "please",
  "pls",
  "too",
  "also",
  "only",
  "account",
  "number",
  "link",
  "group",
  "channel",
  "call",
  "calls",
  "chat",
  "if",
  "you",
  "your",
  "my",
  "i",
  "we",
  "us",
  "it",
  "this",
  "that",
  "then",
  "so",
  "but",
  "not",
  "no",
  "yes",
  "ok",
  "okay",
  "later",
  "soon",
  "instead",
  "directly",
  "bot",
  "bots",
  "api",
  "app",
  "web",
  "desktop",
  "mobile",
  "video",
  "voice",
  "message",
  "messages",
  "name",
  "username",
  "handle",
  "contact",
  "same",
  "as",
  "with",
  "from",
  "by",
  "via",
  "today",
  "tomorrow",
  "works",
  "work",
  "is fine",
  "fine",
  "better",
  "easier",
  "faster",
  "would",
  "will",
  "can",
  "could",
  "should",
  "be",
  "do",
  "does",
  "did",
  "have",
  "has",
  "let's",
  "lets",
  "let",
  "add",
  "ping",
  "text",
  "send",
  "thanks",
  "thank",
  "ready",
  "available",
  "online",
  "meeting",
  "interview",
  "business",
  "integration",
  "integrations",
  "development",
  "developer",
  "marketing",
  "ads",
  "server",
  "servers",
]);

const FILLER_THEN_HANDLE =
  /^((?:\s*(?:ids?|name|user ?name|handle|account|acc|contact|is|me|at|on|as|here|there|:|-+>?|=>?|>|→|\(|\)|,|'s|number)){0,5})\s*(live:\.?[a-z0-9._:-]{3,40}|@?[a-z0-9][a-z0-9._-]{1,31}(?:#\d{4})?)(?![a-z0-9@/:])/;
const HANDLE_THEN_APP =
  /(@[a-z0-9_.]{2,32}|[a-z0-9_.]{2,32}#\d{4}|[a-z][a-z0-9_.]*[0-9_][a-z0-9_.]*)\s+(?:on|via|in|at|@)\s+$/;
const AT_HANDLE = /(?<![a-z0-9._%+-])@[a-z0-9_][a-z0-9_.]{2,31}(?![a-z0-9@])/g;
const DISCORD_TAG = /(?<![a-z0-9_.])[a-z0-9_.]{2,32}#\d{4}\b/g;
const LONE_DISCORD_TAG = /(?<![a-z0-9_./#&-])[a-z][a-z0-9_.]{1,31}#\d{4}(?![0-9a-z])/g;
/** Words written before "#1234" that number things rather than name a user. */
const NOT_A_TAG =
  /^(?:issues?|pr|prs|pull|bug|bugs|ticket|tickets|order|orders|item|no|nr|num|number|version|ver|v|build|step|case|id|room|rev|commit|fix|fixes|fixed|closes|close|closed|ref|refs|see|gh|task|job|invoice|po|line|page|section|table|figure|fig|test|run|req|request|story|epic|sprint|milestone|release|patch|ch|chapter|part|row|col|cell|batch|lot|unit|apt|suite|box)$/;
const SKYPE_LIVE_ID = /\blive:\.?[a-z0-9._:-]{3,40}/g;
const ABBREVIATED = /\b(tg|wa|ig|dc|fb)\s*[:\-]?\s*(@[a-z0-9_][a-z0-9_.]{2,31})(?![a-z0-9@])/g;

function cleanHandle(raw: string): string {
  return raw.replace(/[._-]+$/, "");
}

/** App names that are also ordinary words: only trust them next to something that looks like a username. */
const AMBIGUOUS_APPS = new Set(["Signal", "Slack", "Kik", "LINE", "Facebook Messenger", "Instagram"]);
const STRONG_FILLER = /[:=>→]|\bids?\b|name|handle|account/;
const WEAK_FILLER = /\bis\b|\bat\b|\bas\b/;
const CLAUSE_END = /^\s*(?:$|[.,!?;)]|—|-\s|\b(?:and|or|if|so|for|on|add|ping|text|message|write)\b)/;

/** Names of files, packages and abbreviations, not usernames: "whatsapp-web.js", "whatsapp..etc". */
const FILE_OR_ABBREVIATION =
  /\.(?:js|ts|jsx|tsx|py|rb|go|rs|php|java|json|ya?ml|html?|css|md|txt|zip|exe|dll|net)$|\.\.|(?:^|\.)etc$/;

function plausibleHandle(handle: string, hadFiller: boolean): boolean {
  const bare = handle.replace(/^@/, "");
  if (bare.length < 3 || NOT_A_HANDLE.has(bare)) return false;
  if (FILE_OR_ABBREVIATION.test(bare)) return false;
  if (/^\d+$/.test(bare)) return false;
  if (APP_NAME_EXACT.test(bare)) return false;
  if (handle.startsWith("@") || handle.startsWith("live:") || /#\d{4}$/.test(handle)) return true;
  return hadFiller || /[0-9_.]/.test(bare);
}

export function findHandles(ctx: MessageContext, mentions: readonly AppMention[]): HandleMatch[] {
  const lower = ctx.lower;
  const out: HandleMatch[] = [];
  const seen = new Set<number>();
  const push = (start: number, raw: string, app: string) => {
    const handle = cleanHandle(raw);
    if (seen.has(start)) return;
    seen.add(start);
    out.push({ start, end: start + handle.length, handle, app });
  };

  const scannedSentences = new Set<number>();
  for (const mention of mentions) {
    if (mention.kind !== "messaging" || mention.isSkill) continue;
    const tail = FILLER_THEN_HANDLE.exec(lower.slice(mention.end, mention.end + 80));
    if (tail?.[2] !== undefined) {
      const filler = tail[1] ?? "";
      const handle = cleanHandle(tail[2]);
      // "whatsapp-web.js" is one name; a plain word on the next line ("Telegram ID\n- After") is the next item.
      const glued = filler === "-" || filler === ".";
      const nextLine = filler.includes("\n") && !/[0-9_@]/.test(handle);
      const strong = STRONG_FILLER.test(filler);
      // "my telegram is kira" ends the clause; "the signal is weak in ..." does not.
      const afterHandle = mention.end + tail[0].length;
      const weak =
        !AMBIGUOUS_APPS.has(mention.label) &&
        WEAK_FILLER.test(filler) &&
        CLAUSE_END.test(lower.slice(afterHandle, afterHandle + 12));
      if (
        !glued &&
        !nextLine &&
        plausibleHandle(handle, strong || weak) &&
        (!AMBIGUOUS_APPS.has(mention.label) || strong || /[0-9_.@]/.test(handle))
      ) {
        push(mention.end + tail[0].length - tail[2].length, tail[2], mention.label);
      }
    }
    const head = HANDLE_THEN_APP.exec(lower.slice(Math.max(0, mention.start - 50), mention.start));
    if (head?.[1] !== undefined && plausibleHandle(head[1], false)) {
      push(mention.start - head[0].length, head[1], mention.label);
    }
    const [sentenceStart, sentenceEnd] = ctx.sentenceAt(mention.start);
    if (!scannedSentences.has(sentenceStart)) {
      scannedSentences.add(sentenceStart);
      const sentence = lower.slice(sentenceStart, sentenceEnd);
      // "message me on telegram. @kira_77": the handle often opens the next sentence.
      const nextEnd = Math.min(lower.length, sentenceEnd + 60);
      const following = lower.slice(sentenceEnd, nextEnd);
      const lead =
        /^\s*(?:(?:my\s+)?(?:user ?name|handle|id)\s*(?:is|:)?\s*)?(@[a-z0-9_][a-z0-9_.]{2,31})(?![a-z0-9@])/.exec(
          following,
        );
      if (lead?.[1] && plausibleHandle(lead[1], true))
        push(sentenceEnd + lead[0].length - lead[1].length, lead[1], mention.label);
      if (sentence.includes("@")) {
        AT_HANDLE.lastIndex = 0;
        for (let m = AT_HANDLE.exec(sentence); m !== null; m = AT_HANDLE.exec(sentence)) {
          if (plausibleHandle(m[0], true)) push(sentenceStart + m.index, m[0], mention.label);
        }
      }
      if (mention.label === "Discord" && sentence.includes("#")) {
        DISCORD_TAG.lastIndex = 0;
        for (let m = DISCORD_TAG.exec(sentence); m !== null; m = DISCORD_TAG.exec(sentence))
          push(sentenceStart + m.index, m[0], "Discord");
      }
    }
  }

  // A Discord tag ("name#1234") is unmistakable even when Discord is not named; "issue#1234" and friends are not tags.
  if (lower.includes("#")) {
    LONE_DISCORD_TAG.lastIndex = 0;
    for (let m = LONE_DISCORD_TAG.exec(lower); m !== null; m = LONE_DISCORD_TAG.exec(lower)) {
      const name = m[0].slice(0, m[0].indexOf("#"));
      if (/[a-z]{2}/.test(name) && !NOT_A_TAG.test(name)) push(m.index, m[0], "Discord");
    }
  }

  SKYPE_LIVE_ID.lastIndex = 0;
  for (let m = SKYPE_LIVE_ID.exec(lower); m !== null; m = SKYPE_LIVE_ID.exec(lower)) push(m.index, m[0], "Skype");
  ABBREVIATED.lastIndex = 0;
  for (let m = ABBREVIATED.exec(lower); m !== null; m = ABBREVIATED.exec(lower)) {
    const app = APP_ABBREVIATIONS[m[1] ?? ""];
    const handle = m[2];
    if (app && handle) push(m.index + m[0].length - handle.length, handle, app);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The messaging app a phone number is offered for ("WhatsApp: +44 ...", "+49 ... whatsapp"). */
export function appNear(
  ctx: MessageContext,
  mentions: readonly AppMention[],
  start: number,
  end: number,
): AppMention | null {
  const [sentenceStart, sentenceEnd] = ctx.sentenceAt(start);
  let best: AppMention | null = null;
  let bestDistance = Infinity;
  // Mentions are sorted by start; skip straight to the ones that can be within reach.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < start - 80) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.start > end + 40) break;
    if (m.kind !== "messaging" || m.isSkill) continue;
    if (m.end < sentenceStart || m.start > sentenceEnd) continue;
    const distance = m.end <= start ? start - m.end : m.start - end;
    if (distance >= 0 && distance <= 40 && distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}
