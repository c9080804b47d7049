import { hasHint, scanHints, trigger, type Hint, type HintScan } from "./hints";
import type { MappedText } from "./mapped-text";
import { HEAD_COUNT, scoreSpan, sigmoid } from "./model/classifier";
import { MAX_SENTENCE } from "./model/features";

/** Three digits in a row, a money sign, "%", "@" or a non-Latin character: things a violation can hinge on. */
function hasSignal(lower: string, from: number, to: number): boolean {
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 3) return true;
      continue;
    }
    digits = 0;
    if (c === 36 || c === 37 || c === 64 || c > 127) return true;
  }
  return false;
}

function hasContent(lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = lower.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return true;
  }
  return false;
}

/**
 * The surroundings that turn a match into a non-violation: negation ("I don't
 * work outside this platform"), policy talk ("is Zoom allowed before the
 * contract?"), reports about someone else, the platform's own tools, and apps
 * named as skills ("Telegram bot developer"). Users hate filters that ignore
 * these, so every mention-based rule consults them.
 */

const NEGATION =
  /\b(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|won'?t|will not|wont|never|can'?t|cannot|can not|couldn'?t|could not|not|no longer|refuse[sd]?|declined?|decline|wouldn'?t|would not|shouldn'?t|should not|mustn'?t|must not|isn'?t|aren'?t|without|nor|rather not|no way|avoid)\b/;

const POLICY_TALK =
  /\b(?:allowed|permitted|permission|polic(?:y|ies)|(?:the|platform'?s?|site'?s?) rules?|against (?:the )?(?:rules|tos|terms|policy)|terms of (?:service|use)|tos|violat\w*|prohibited|forbidden|report(?:ed|ing)? (?:him|her|them|it|this|that|anyone|the (?:client|job|user|account|message))|report anyone|flag(?:ged)? (?:it|him|her|them|this|the job)|scam\w*|suspicious|legit\w*|red flags?|banned|suspended|is it (?:ok|okay|fine|safe|normal)|is that (?:ok|okay|fine|normal)|am i allowed|are we allowed)\b/;

/** Someone recounting what another person did, not the author doing it. */
const NARRATIVE_PAST =
  /\b(?:he|she|they|the client|a client|clients|someone|somebody|anyone|people|scammers?|recruiters?|this guy|a guy|the buyer|a buyer)\s+(?:\w+\s+){0,2}?(?:asked|wanted|told|insisted|tried|kept asking|requested)\b/;
const NARRATIVE_GENERIC =
  /\b(?:clients|someone|somebody|anyone|people|scammers?|recruiters|buyers|customers)\s+(?:\w+\s+){0,2}?(?:ask|asks|asking|want|wants|insist|insists|try|tries)\b/;

/** Warnings that describe what a scammer will or may do: "they may ask that the money be sent by Western Union". */
const NARRATIVE_WARNING =
  /\b(?:they|he|she|the (?:employer|client|scammer|recruiter|buyer|fraudster)s?|scammers?|fraudsters?|employers)\s+(?:will|may|might|could|would|often|usually|typically|sometimes|then)\s+(?:\w+\s+)?(?:ask|request|tell|want|insist|offer|send|invite|pressure|claim)\b|\byou(?:'ll| will) be (?:told|asked|offered|invited|pressured|promised)\b|\byou(?:'re| are) (?:then )?asked to\b/;

/**
 * An item of a red-flag list describes what a scammer does, in the third person: "• Asks you to pay money
 * to get a job", "Offers to pay you directly via PayPal", "Requests you to contact them on WhatsApp".
 */
const RED_FLAG_ITEM =
  /^[\s•*·▪◦\-–—>]*(?:\d{1,2}[.)]\s*)?(?:asks|offers|requests|tells|wants|sends|claims|insists|pressures|promises|uses|tries|demands|contacts|invites|mentions|suggests|refuses|requires|pushes|urges)\s+(?:you|to|for|that|your|them|via|on)\b/;

const PLATFORM_OWN =
  /\b(?:here|in this chat|in the chat|this thread|the thread|message thread|on (?:this|the) (?:platform|site)|through (?:this|the) (?:platform|site)|via (?:this|the) (?:platform|site)|within (?:this |the )?(?:platform|site|messages)|in the messages?|messages? (?:tab|tool|room|window|page)|call button|video button|built[- ]?in|integrated|the platform(?:'s)?|our platform|upwork|in-app|in app)\b/;

const SKILL_AFTER =
  /^[\s-]{0,2}(?:business\s+)?(?:bots?|api|apis|integrations?|sdk|development|developer|dev|clones?|plugins?|widgets?|buttons?|webhooks?|automation|chatbots?|mini[- ]?(?:apps?|programs?)|marketing|ads|campaigns?|scrap\w*|migration|themes?|templates?|stores?|shop|notifications?|checkout|gateway|modules?|extensions?|channels? management|group management|for business|app development|and\s+\w+\s+(?:bots?|integrations?|apis?))\b/;

const SKILL_BEFORE =
  /\b(?:build\w*|built|develop\w*|integrat\w*|automat\w*|expert\w*|experience[ds]?|speciali[sz]\w*|skilled|proficien\w*|familiar|knowledge|translat\w*|migrat\w*|clone|cloning|implement\w*)\b([^.!?\n;]{0,40})$/;
/** A skill list ("experienced with Stripe, PayPal and ...") never contains an instruction to act. */
const ACTION_IN_LIST = /\b(?:add|contact|message|call|text|reach|talk|chat|ping|dm|pay|send|join|write|let'?s|me)\b/;

/** Writing about a service is the job, not a use of it: "an article about how Venmo changed payments". */
const WORK_TOPIC =
  /(?:articles?|blog posts?|blogs?|posts?|essays?|write-?ups?|tutorials?|case study|newsletters?|videos?|reports?) (?:about|on|comparing|explaining)\b|\babout how\b|\bcompar(?:ing|ison of)\b/;

/** "Once the contract starts we can move to WhatsApp": the move is deferred until it is allowed. */
const DEFERRED_UNTIL_CONTRACT =
  /\b(?:after|once|when|as soon as)\b[^.!?\n]{0,30}?\b(?:contract|offer|hire|hired|hires|hiring|accepted|accept)\b/;

/**
 * Sentence-level checks look at most this far either side of a match, so a
 * 100 KB message without full stops costs linear, not quadratic, time.
 */
const SENTENCE_REACH = 300;

const MARGINS = new Float64Array(HEAD_COUNT);

/**
 * Words without which no sentence in the labelled corpora was a violation
 * the rules missed: money, contact, channels, identity, access, asking. Broad
 * on purpose (a false trigger only costs a model look-up). Digit runs, money
 * signs, "@" and non-Latin text are checked character by character (SIGNAL).
 */
const SHORT_TRIGGERS = ["no", "num", "fb", "wa", "tg", "dm", "pm", "id", "hr", "add", "off", "age", "acc", "eth"];
const TRIGGER = trigger(
  ..."pay paid bank fee cash check cheque money fund wallet crypto coin btc usd bitcoin transfer wire deposit escrow account a/c login log in password credential passport licen ssn social name address birth dob gender mail phone mobile cell number contact reach call text sms whats telegram skype discord signal wechat viber line zoom meet teams hangout linkedin insta facebook chat talk messag writ reply respond direct outside remote desk access share send sent provide submit verif document identi card form link interview recruit salary income earn profit invest percent http www .com private personal details info rent lend borrow help favor favour assist job work offer hire task".split(
    " ",
  ),
  // Short forms only as words of their own (after a space or at a line start).
  ...SHORT_TRIGGERS.flatMap((w) => [` ${w} `, `\n${w} `, ` ${w}\n`, ` ${w}.`, ` ${w}?`, ` ${w},`, ` ${w}:`]),
);

export class MessageContext {
  private sentenceStarts: number[] | null = null;
  private readonly sentenceTests = new Map<string, boolean>();

  constructor(readonly view: MappedText) {}

  get lower(): string {
    return this.view.lower;
  }

  private hintScan: HintScan | null = null;

  /** Whether the message holds one of the words a rule needs (./hints: one pass for all rules). */
  has(h: Hint): boolean {
    this.hintScan ??= scanHints(this.lower);
    return hasHint(this.hintScan.present, h);
  }

  /** [start, end) of the sentence containing `pos`. */
  sentenceAt(pos: number): [number, number] {
    const starts = this.boundaries();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    const start = Math.max(starts[lo] ?? 0, pos - SENTENCE_REACH);
    const end = Math.min(starts[lo + 1] ?? this.lower.length, pos + SENTENCE_REACH);
    return [start, end];
  }

  /** Runs `re` once per sentence (window) and remembers the answer. */
  private sentenceMatches(name: string, re: RegExp, pos: number): boolean {
    const [s, e] = this.sentenceAt(pos);
    const key = `${name}:${s}:${e}`;
    let result = this.sentenceTests.get(key);
    if (result === undefined) {
      result = re.test(this.lower.slice(s, e));
      this.sentenceTests.set(key, result);
    }
    return result;
  }

  sentenceText(pos: number): string {
    const [s, e] = this.sentenceAt(pos);
    return this.lower.slice(s, e);
  }

  /** The clause before `pos` (back to a comma, semicolon, "but", "so" or sentence start), at most 60 characters. */
  clauseBefore(pos: number): string {
    const [sentenceStart] = this.sentenceAt(pos);
    const from = Math.max(sentenceStart, pos - 60);
    const window = this.lower.slice(from, pos);
    const cut = Math.max(
      window.lastIndexOf(","),
      window.lastIndexOf(";"),
      window.lastIndexOf(" but "),
      window.lastIndexOf(" so "),
      window.lastIndexOf(" and then "),
    );
    return cut >= 0 ? window.slice(cut + 1) : window;
  }

  isNegated(triggerStart: number): boolean {
    return NEGATION.test(this.clauseBefore(triggerStart));
  }

  /** Policy questions, reports and warnings about the behaviour rather than the behaviour itself. */
  isDiscussion(pos: number): boolean {
    return (
      this.sentenceMatches("policy", POLICY_TALK, pos) ||
      this.sentenceMatches("narrative", NARRATIVE_PAST, pos) ||
      this.sentenceMatches("generic", NARRATIVE_GENERIC, pos) ||
      this.sentenceMatches("red-flag", RED_FLAG_ITEM, pos) ||
      this.sentenceMatches("warning", NARRATIVE_WARNING, pos)
    );
  }

  /**
   * The message as a whole reads as talk about the behaviour (a warning, a
   * policy page, someone reporting what a client asked): a feature for the
   * learned component, since a quoted request often sits in the sentence after
   * "he is asking:".
   */
  messageIsDiscussion(): boolean {
    this.wholeDiscussion ??=
      POLICY_TALK.test(this.lower) ||
      NARRATIVE_PAST.test(this.lower) ||
      NARRATIVE_GENERIC.test(this.lower) ||
      NARRATIVE_WARNING.test(this.lower);
    return this.wholeDiscussion;
  }

  private wholeDiscussion: boolean | undefined;

  refersToPlatformTools(pos: number): boolean {
    return this.sentenceMatches("platform", PLATFORM_OWN, pos);
  }

  /** "WhatsApp API integration", "building Telegram bots": the app is the work, not a channel. */
  isSkillMention(start: number, end: number): boolean {
    const after = this.lower.slice(end, end + 40);
    if (SKILL_AFTER.test(after)) return true;
    const [sentenceStart] = this.sentenceAt(start);
    const before = this.lower.slice(Math.max(sentenceStart, start - 50), start);
    const skill = SKILL_BEFORE.exec(before);
    if (skill && !ACTION_IN_LIST.test(skill[1] ?? "")) return true;
    return this.sentenceMatches("topic", WORK_TOPIC, start);
  }

  /** The sentence postpones the move until a contract exists, which the policy allows. */
  isDeferredUntilContract(pos: number): boolean {
    return this.sentenceMatches("deferred", DEFERRED_UNTIL_CONTRACT, pos);
  }

  /** Any of the suppressing contexts that apply to a mention (not to concrete contact details). */
  isSuppressedMention(start: number, end: number): boolean {
    return this.isNegated(start) || this.isDiscussion(start) || this.isSkillMention(start, end);
  }

  private segmentList: Array<[number, number]> | null = null;
  private segmentScores: Float64Array | null = null;
  /** Extra feature buckets per piece (the rules that fired there), set before scores() is first read. */
  extraFeatures: Map<number, number[]> | null = null;

  /**
   * [start, end) of every sentence (or line), in order, with sentences longer
   * than MAX_SENTENCE cut into pieces at a space: the units the learned
   * component scores (training uses the same function).
   */
  sentences(): Array<[number, number]> {
    if (this.segmentList !== null) return this.segmentList;
    const starts = this.boundaries();
    const lower = this.lower;
    const out: Array<[number, number]> = [];
    for (let i = 0; i < starts.length; i++) {
      let s = starts[i] ?? 0;
      const e = starts[i + 1] ?? lower.length;
      while (s < e) {
        let cut = e;
        if (e - s > MAX_SENTENCE) {
          const space = lower.lastIndexOf(" ", s + MAX_SENTENCE);
          cut = space > s + MAX_SENTENCE / 2 ? space : s + MAX_SENTENCE;
        }
        if (hasContent(lower, s, cut)) out.push([s, cut]);
        s = cut;
      }
    }
    this.segmentList = out;
    return out;
  }

  /** Index into sentences() of the piece holding `pos` (the last one starting at or before it). */
  segmentIndexAt(pos: number): number {
    const segs = this.sentences();
    let lo = 0;
    let hi = segs.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segs[mid]?.[0] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Per piece: 1 once its probabilities are in segmentScores. */
  private scored: Uint8Array | null = null;

  /** Probabilities of the learned heads for piece `i`, computed on first use: scores[i * HEAD_COUNT + head]. */
  scoresOf(i: number): Float64Array {
    const segs = this.sentences();
    if (this.segmentScores === null || this.scored === null) {
      this.segmentScores = new Float64Array(segs.length * HEAD_COUNT);
      this.scored = new Uint8Array(segs.length);
    }
    const out = this.segmentScores;
    if (this.scored[i] === 0) {
      this.scored[i] = 1;
      const seg = segs[i];
      if (seg) {
        scoreSpan(this.lower, seg[0], seg[1], MARGINS, undefined, this.extraFeatures?.get(i));
        for (let h = 0; h < HEAD_COUNT; h++) out[i * HEAD_COUNT + h] = sigmoid(MARGINS[h] ?? 0);
      }
    }
    return out;
  }

  /** The learned head's probability for the piece holding `pos` (0 when the message has no text there). */
  scoreAt(pos: number, head: number): number {
    const i = this.segmentIndexAt(pos);
    return i < 0 ? 0 : (this.scoresOf(i)[i * HEAD_COUNT + head] ?? 0);
  }

  /**
   * Whether piece `i` could be a violation no rule found: a rule fired in it,
   * or it holds one of the words every such sentence in the labelled data
   * holds (TRIGGER). The learned component only reads pieces that pass, so
   * small talk costs no feature hashing.
   */
  mayViolate(i: number): boolean {
    if (this.extraFeatures?.has(i)) return true;
    if (this.triggered === null) {
      const segs = this.sentences();
      this.triggered = new Uint8Array(segs.length);
      this.has(TRIGGER);
      let k = 0;
      for (const at of this.hintScan?.positions ?? []) {
        while (k + 1 < segs.length && (segs[k + 1]?.[0] ?? 0) <= at) k++;
        this.triggered[k] = 1;
      }
      segs.forEach(([s, e], j) => {
        if (this.triggered?.[j] === 0 && hasSignal(this.lower, s, e) && this.triggered) this.triggered[j] = 1;
      });
    }
    return this.triggered[i] === 1;
  }

  private triggered: Uint8Array | null = null;

  private boundaries(): number[] {
    if (this.sentenceStarts !== null) return this.sentenceStarts;
    const starts = [0];
    const lower = this.lower;
    const re = /[.!?]+(?=\s|$)|\n+/g;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      starts.push(m.index + m[0].length);
    }
    this.sentenceStarts = starts;
    return starts;
  }
}
