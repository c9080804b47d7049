import type { MessageContext } from "./context";
import { hint } from "./hints";
import type { Severity } from "./types";

export interface DataRequest {
  start: number;
  end: number;
  ruleId: string;
  /** "full name, gender and ID document" */
  items: string;
  severity: Severity;
  /** ID documents, bank details, government numbers and logins may never be requested. */
  alwaysViolation: boolean;
  asksForPhone: boolean;
}

type Sensitivity = "basic" | "identity" | "government" | "financial" | "credentials";

interface ItemKind {
  label: string;
  sensitivity: Sensitivity;
  pattern: string;
  /** Nouns that turn the item into product work: "email template", "login page". */
  workNouns?: string;
}

const ITEM_KINDS: readonly ItemKind[] = [
  {
    label: "full name",
    sensitivity: "basic",
    pattern: "full name|real name|legal name|complete name|first and last names?|surname|last name",
    workNouns: "field|column|input",
  },
  {
    label: "e-mail address",
    sensitivity: "basic",
    pattern: "e-?mail(?: address| id)?|gmail",
    workNouns:
      "templates?|campaigns?|marketing|list|lists|field|newsletters?|server|integration|notifications?|sequences?|design|automation|signature|copy|flow|provider|client|support|alerts?|body|subject|open rates?|deliverability",
  },
  {
    label: "phone number",
    sensitivity: "basic",
    pattern: "(?:phone|mobile|cell|cellphone|telephone|whatsapp|contact) (?:number|no\\.?|num)|phone|mobile",
    workNouns:
      "field|mockups?|screens?|case|app|apps|version|layout|view|frame|frames|input|validation|format|formats|call button",
  },
  { label: "gender", sensitivity: "basic", pattern: "gender", workNouns: "field|dropdown|options?|column|neutral" },
  {
    label: "date of birth",
    sensitivity: "basic",
    pattern: "date of birth|dob|birth ?date|birthday|age",
    workNouns: "field|picker|column|range|group|gate|verification flow",
  },
  {
    label: "home address",
    sensitivity: "basic",
    pattern: "(?:home|residential|mailing|postal|physical|street|full|current) address|address",
    workNouns: "field|bar|book|autocomplete|validation|form|line|lookup|parser",
  },
  { label: "marital status", sensitivity: "basic", pattern: "marital status", workNouns: "field" },
  {
    label: "ID document",
    sensitivity: "identity",
    pattern:
      "(?:photo|picture|scan|copy|image|front and back)s? of (?:your |the )?(?:id|passport|driver'?s licen[cs]e|national id|id card)|id (?:scan|card|document|photo|picture|copy)s?|photo id|passport(?: photo| scan| copy| details)?|driver'?s licen[cs]e|driving licen[cs]e|national id(?: card)?|identity (?:card|document)s?|government[- ]issued id|selfie with (?:your )?id|id",
    workNouns: "field|verification flow|ocr|scanner|reader|template",
  },
  {
    label: "government ID number",
    sensitivity: "government",
    pattern:
      "ssn|social security(?: number)?|tax id|tin number|national insurance(?: number)?|aadhaa?r(?: card| number)?|pan card|cnic|nid number|sin number|passport number",
    workNouns: "field|validation",
  },
  {
    label: "bank or card details",
    sensitivity: "financial",
    pattern:
      "bank (?:details|account(?: number| details| info)?|info|information|login|statement)|account number|routing number|iban|swift(?: code)?|sort code|card number|credit card(?: number| details| info)?|debit card(?: number| details)?|cvv|cvc|card details|online banking(?: login| password| details)?",
    workNouns: "field|api|integration|form|validation|payments? module|checkout",
  },
  {
    label: "account login",
    sensitivity: "credentials",
    pattern:
      "login(?: details| credentials| info)?|log-?in details|password|passcode|credentials|username and password|2fa code|otp|verification code|one-time code|security code|sign-?in details",
    workNouns:
      "page|form|screen|flow|button|system|feature|api|endpoint|bug|issue|modal|logic|functionality|process|reset|field|hash|hashing|policy|strength|manager|recovery|protected|validation|with google|via google|screen design",
  },
];

const ITEM_RE = new RegExp(ITEM_KINDS.map((k) => `\\b(${k.pattern})\\b`).join("|"), "g");
/** The work noun may follow directly or after one word: "OTP verification screen". */
const WORK_NOUN_RE = ITEM_KINDS.map((k) =>
  k.workNouns ? new RegExp(`^[\\s-]{1,2}(?:[a-z]+[\\s-]{1,2})?(?:${k.workNouns})\\b`) : null,
);
const LIST_GAP = /^\s*(?:,|and|or|&|\/)?\s*(?:and|or)?\s*$/;
/** Words without which no item matches, found by the shared hint pass (the two short words by a regex). */
const MAYBE_DATA = hint(
  ..."name|mail|phone|mobile|cell|number|gender|birth|dob|address|passport|licen|ssn|social security|tax id|insurance|aadha|pan card|cnic|bank|account number|routing|iban|swift|card|cvv|cvc|login|log-in|password|passcode|credential|otp|code|marital".split(
    "|",
  ),
);
const MAYBE_DATA_SHORT = /\b(?:age|id)\b/;

const REQUEST =
  /\b(?:send|give|share|provide|tell|need|want|require|submit|upload|enter|fill in|type|confirm|verify|forward|attach|drop|what'?s|what is|whats|may i (?:have|get|know)|can i (?:have|get|know)|could i (?:have|get|know)|(?:can|could|would) you (?:send|share|give|provide|tell)|i'?ll need|we'?ll need|let me (?:have|know|see)|ask(?:ing)? for|asks for|furnish|include|reconfirm|forward|leave|reply with|request|requesting|collect|obtain)\b/g;
/** The item belongs to someone other than the person being asked. */
const OTHER_OWNER =
  /\b(?:my|our|his|her|their|the user'?s|users'?|user|customer'?s|customers'?|customer|client'?s|clients'?|each|every|valid|the app'?s|its|skype|telegram|discord|wechat|line|zoom|meeting|project|order|transaction|apple|google|product|session|user)\s+$/;
const IMPERATIVE_OPENING =
  /^\s*(?:(?:hi|hello|hey|ok|okay|also|and|so|now|then|first|next|kindly|please|pls|plz)[\s,!]+)*$/;
const ASKS_TO_CALL =
  /\b(?:call|ring|phone|text|sms|whatsapp)\s+(?:you|candidates|applicants|freelancers|them|u)\b|\bto call\b|\bcall(?:ing)? you\b|\bgive you a (?:call|ring)\b/;

function rank(s: Sensitivity): number {
  return { basic: 0, identity: 1, government: 2, financial: 3, credentials: 4 }[s];
}

const RULE_BY_SENSITIVITY: Readonly<Record<Sensitivity, [string, Severity]>> = {
  basic: ["personal-data.basic", "MEDIUM"],
  identity: ["personal-data.id-document", "HIGH"],
  government: ["personal-data.government-number", "HIGH"],
  financial: ["personal-data.bank-details", "CRITICAL"],
  credentials: ["personal-data.login", "CRITICAL"],
};

function joinLabels(labels: string[]): string {
  if (labels.length <= 1) return labels[0] ?? "";
  return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

interface ItemHit {
  start: number;
  end: number;
  kind: ItemKind;
}

function findItems(lower: string): ItemHit[] {
  const items: ItemHit[] = [];
  ITEM_RE.lastIndex = 0;
  for (let m = ITEM_RE.exec(lower); m !== null; m = ITEM_RE.exec(lower)) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    const kind = ITEM_KINDS[index];
    if (!kind) continue;
    const end = m.index + m[0].length;
    if (WORK_NOUN_RE[index]?.test(lower.slice(end, end + 30))) continue;
    items.push({ start: m.index, end, kind });
  }
  return items;
}

/** Where the request that covers this item starts, or null if nobody is asking for it. */
function requestStart(ctx: MessageContext, item: ItemHit): number | null {
  const [sentenceStart, sentenceEnd] = ctx.sentenceAt(item.start);
  const lower = ctx.lower;
  const before = lower.slice(Math.max(sentenceStart, item.start - 90), item.start);
  const offset = item.start - before.length;
  if (OTHER_OWNER.test(before)) return null;
  let trigger: RegExpExecArray | null = null;
  REQUEST.lastIndex = 0;
  for (let m = REQUEST.exec(before); m !== null; m = REQUEST.exec(before)) trigger = m;
  if (trigger) {
    const triggerStart = offset + trigger.index;
    const between = before.slice(trigger.index);
    const lead = lower.slice(sentenceStart, triggerStart);
    const opensSentence = IMPERATIVE_OPENING.test(lead) || /\b(?:please|pls|plz|kindly)\s+$/.test(lead);
    const asksPersonally = /\b(?:your|ur|yours)\b/.test(between + lower.slice(item.start, item.end));
    const needs = /need|want|require|what|may i|can i|could i|let me|you|ask/.test(trigger[0]);
    if (asksPersonally || opensSentence || needs) return triggerStart;
  }
  // "Your full name and email?", "Your email please" with no verb at all.
  if (/\byour\s+$/.test(before)) {
    const rest = lower.slice(item.end, sentenceEnd);
    if (rest.includes("?") || /^\s*,?\s*(?:please|pls|plz)\b/.test(rest)) return item.start - 5;
  }
  return null;
}

export function findDataRequests(ctx: MessageContext): DataRequest[] {
  const lower = ctx.lower;
  if (!ctx.has(MAYBE_DATA) && !MAYBE_DATA_SHORT.test(lower)) return [];
  const bySentence = new Map<number, { start: number; end: number; items: ItemHit[] }>();
  // Items in one list ("the customer's email and phone") share the first item's owner and request.
  let previous: { end: number; start: number | null } | null = null;
  for (const item of findItems(lower)) {
    const inList: boolean = previous !== null && LIST_GAP.test(lower.slice(previous.end, item.start));
    const listStart: number | null | undefined = inList && previous ? previous.start : undefined;
    if (
      item.kind.label === "ID document" &&
      lower.slice(item.start, item.end) === "id" &&
      !/\byour\s+$/.test(lower.slice(Math.max(0, item.start - 6), item.start))
    )
      continue;
    if (
      item.kind.label === "date of birth" &&
      lower.slice(item.start, item.end) === "age" &&
      !/\byour\s+$/.test(lower.slice(Math.max(0, item.start - 6), item.start))
    )
      continue;
    const start: number | null = listStart !== undefined ? listStart : requestStart(ctx, item);
    previous = { end: item.end, start };
    if (start === null) continue;
    if (ctx.isNegated(start) || ctx.isDiscussion(item.start)) continue;
    if (ctx.refersToPlatformTools(item.start) && /verif/.test(ctx.sentenceText(item.start))) continue;
    const [sentenceStart] = ctx.sentenceAt(item.start);
    const group = bySentence.get(sentenceStart);
    if (group) {
      group.start = Math.min(group.start, start);
      group.end = Math.max(group.end, item.end);
      group.items.push(item);
    } else {
      bySentence.set(sentenceStart, { start, end: item.end, items: [item] });
    }
  }
  const out: DataRequest[] = [];
  for (const group of bySentence.values()) {
    const worst = group.items.reduce((a, b) => (rank(b.kind.sensitivity) > rank(a.kind.sensitivity) ? b : a));
    const [ruleId, severity] = RULE_BY_SENSITIVITY[worst.kind.sensitivity];
    const labels = [...new Set(group.items.map((i) => i.kind.label))];
    out.push({
      start: group.start,
      end: group.end,
      ruleId,
      items: joinLabels(labels),
      severity,
      alwaysViolation: group.items.some((i) => i.kind.sensitivity !== "basic"),
      asksForPhone: labels.includes("phone number") && ASKS_TO_CALL.test(lower),
    });
  }
  return out;
}
