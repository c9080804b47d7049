import type { MessageContext } from "./context";
import type { Hit, ThreadContext } from "./types";

/**
 * The conversation as context:
 * - an @mention of a participant (their platform handle or display name) is
 *   addressing them, not sharing an outside handle;
 * - a reply to the other party's request for a number, an e-mail or an app
 *   account is contact sharing when it carries digits (spelled out too), a
 *   bare handle, or "same name as my GitHub".
 */

const ASKED_FOR_CONTACT =
  /\b(?:your|ur|yr)\s+(?:personal\s+|direct\s+)?(?:whats ?app|telegram|tg|wa|skype|discord|signal|viber|wechat|line|insta(?:gram)?|number|phone|cell|mobile|no\.?|email|e-mail|gmail|contact|handle|username|user name|id)\b|\b(?:what'?s|what is|send|give|share|drop|leave)\b[^.?!\n]{0,30}\b(?:number|phone|email|e-mail|telegram|whatsapp|skype|discord|handle|contact|username)\b|\b(?:how|where)\s+(?:can|could|do)\s+(?:i|we)\s+(?:reach|contact|find)\s+you\b/;
const NAMED_APP =
  /\b(?:whats ?app|telegram|tg|wa|skype|discord|signal|viber|wechat|line|insta(?:gram)?|kik|snapchat)\b/;
const DIGIT_WORD = "(?:\\d|zero|oh|one|two|three|four|five|six|seven|eight|nine)";
const DIGIT_RUN = new RegExp(`(?:\\+\\s?)?${DIGIT_WORD}(?:[\\s,.()/-]{0,3}${DIGIT_WORD}){6,14}`, "g");
const SAME_AS =
  /\b(?:same|identical)\s+(?:name|handle|username|user name|id|one|nick(?:name)?)?\s*(?:as|like)\s+(?:my|on|in|at|the)\b[^.!?\n]{0,30}|\b(?:it'?s|its|is)\s+the same (?:as|like) (?:my|on|in)\b[^.!?\n]{0,30}/;
const BARE_HANDLE =
  /^\s*(?:it'?s\s+|its\s+|sure[,!]?\s+|ok[,!]?\s+|here\s*:?\s*|mine is\s+)?(@?[a-z][a-z0-9._-]{2,31}|live:\.?[a-z0-9._:-]{3,40})\s*[.!]?\s*$/;
const NOT_HANDLES = new Set([
  "yes",
  "sure",
  "okay",
  "thanks",
  "thank",
  "no",
  "sorry",
  "later",
  "here",
  "hello",
  "please",
  "maybe",
  "why",
  "what",
  "fine",
  "done",
  "great",
  "cool",
]);

function normaliseHandle(h: string): string {
  return h.replace(/^@/, "").toLowerCase();
}

function participantNames(thread: ThreadContext | undefined): Set<string> {
  const out = new Set<string>();
  for (const p of thread?.participants ?? []) {
    if (p.handle) out.add(normaliseHandle(p.handle));
    if (p.displayName) {
      const d = p.displayName.toLowerCase().trim();
      out.add(d);
      out.add(d.replace(/\s+/g, ""));
      out.add(d.replace(/\s+/g, "_"));
    }
  }
  return out;
}

export function applyThread(ctx: MessageContext, hits: Hit[], thread: ThreadContext | undefined): Hit[] {
  if (!thread) return hits;
  const names = participantNames(thread);
  let out = hits;
  if (names.size > 0) {
    // A participant's own platform handle is never an outside contact.
    const mentioned = new Set<number>();
    for (const hit of hits) {
      if (hit.ruleId === "contact.messaging-handle" && hit.value !== null && names.has(normaliseHandle(hit.value)))
        mentioned.add(hit.start);
    }
    if (mentioned.size > 0)
      out = hits.filter(
        (h) =>
          !(
            h.concrete &&
            mentioned.has(h.start) &&
            (h.ruleId === "contact.messaging-handle" || h.ruleId === "offplatform.messaging-app")
          ),
      );
  }

  const previousOther = [...(thread.previous ?? [])].reverse().find((m) => !m.sameAuthor);
  if (!previousOther) return out;
  const asked = previousOther.text.toLowerCase();
  if (!ASKED_FOR_CONTACT.test(asked)) return out;
  if (out.some((h) => h.category === "CONTACT_SHARING")) return out;
  const lower = ctx.lower;
  const app = NAMED_APP.exec(asked)?.[0] ?? null;
  const add = (start: number, end: number, value: string | null, subject: string): Hit[] => {
    const base = { start, end, value, concrete: true, score: 1 } as const;
    const shared: Hit[] = [
      { ...base, category: "CONTACT_SHARING", ruleId: "contact.thread-reply", severity: "HIGH", subject },
    ];
    if (app)
      shared.push({
        ...base,
        category: "OFF_PLATFORM_COMMUNICATION",
        ruleId: "offplatform.thread-reply",
        severity: "MEDIUM",
        subject: `continue on ${app} (the reply to a request for it)`,
      });
    return shared;
  };

  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(lower); m !== null; m = DIGIT_RUN.exec(lower)) {
    const digits = m[0]
      .replace(/zero|oh/g, "0")
      .replace(/one/g, "1")
      .replace(/two/g, "2")
      .replace(/three/g, "3")
      .replace(/four/g, "4")
      .replace(/five/g, "5")
      .replace(/six/g, "6")
      .replace(/seven/g, "7")
      .replace(/eight/g, "8")
      .replace(/nine/g, "9")
      .replace(/[^\d+]/g, "");
    if (digits.replace("+", "").length >= 7)
      return [...out, ...add(m.index, m.index + m[0].length, digits, "a phone number, in reply to a request for it")];
  }
  const same = SAME_AS.exec(lower);
  if (same)
    return [
      ...out,
      ...add(
        same.index,
        same.index + same[0].length,
        null,
        'a handle ("the same as" another profile), in reply to a request for it',
      ),
    ];
  if (lower.length <= 60) {
    const bare = BARE_HANDLE.exec(lower);
    const handle = bare?.[1];
    if (
      handle &&
      !NOT_HANDLES.has(normaliseHandle(handle)) &&
      !names.has(normaliseHandle(handle)) &&
      (/[0-9_.@]/.test(handle) || handle.startsWith("live:"))
    ) {
      const at = lower.indexOf(handle);
      return [...out, ...add(at, at + handle.length, handle, "a username, in reply to a request for it")];
    }
  }
  return out;
}
