import type { MessageContext } from "./context";
import { hint, type Hint } from "./hints";
import type { Severity } from "./types";
import { MESSAGING_APPS, alternation } from "./services";

export interface PaymentMatch {
  start: number;
  end: number;
  ruleId: string;
  subject: string;
  value: string | null;
  severity: Severity;
}

/** Services that exist to move money; naming one in a deal is a proposal to use it. */
const PROVIDERS: ReadonlyArray<[string, string]> = [
  ["pay ?pal", "PayPal"],
  ["zelle", "Zelle"],
  ["venmo", "Venmo"],
  ["cash ?app", "Cash App"],
  ["skrill", "Skrill"],
  ["payoneer", "Payoneer"],
  ["western union", "Western Union"],
  ["money ?gram", "MoneyGram"],
  ["revolut", "Revolut"],
  ["transfer ?wise", "Wise"],
  ["remitly", "Remitly"],
  ["world ?remit", "WorldRemit"],
  ["xoom", "Xoom"],
  ["alipay", "Alipay"],
  ["wechat pay", "WeChat Pay"],
  ["gcash", "GCash"],
  ["m-?pesa", "M-Pesa"],
  ["paytm", "Paytm"],
  ["webmoney", "WebMoney"],
  ["neteller", "Neteller"],
  ["perfect money", "Perfect Money"],
  ["interac(?: e-?transfer)?", "Interac"],
  ["e-?transfer", "e-Transfer"],
  ["apple pay", "Apple Pay"],
  ["google pay|gpay", "Google Pay"],
  ["stripe (?:link|invoice)", "a Stripe link"],
  ["sepa transfer", "SEPA transfer"],
];
const PROVIDER_RE = new RegExp(`\\b(?:${PROVIDERS.map(([p]) => p).join("|")})\\b`, "g");

const CRYPTO_RE =
  /\b(?:bitcoin|btc|ethereum|eth|usdt|usdc|busd|dai|tether|trc-?20|erc-?20|bep-?20|crypto(?:currency|currencies)?|litecoin|ltc|dogecoin|xrp|monero|xmr|solana|sol|celo|matic|trx|tron|binance pay|binance|bnb|crypto wallet|wallet address|(?:eth|btc|usdt|sol|celo|wallet|crypto) address)\b/g;
/** Building a crypto product is work, not payment. */
const CRYPTO_AS_WORK =
  /\b(?:api|tracker|prices?|chart|charts|exchange rates?|trading bot|bot|dashboard|smart contracts?|blockchain|dapp|node|mining|portfolio|price feed|testnet|mainnet|deploy\w*|token contract|whitepaper|nft)\b/;
const PAY_CONTEXT =
  /\b(?:pay|pays|paid|paying|payment|payments|payout|salary|invoice\w*|settle\w*|compensat\w*|deposit|fees?|upfront|advance|bounty|funds|wallet|address|sent|send|receive|accept|release|receive (?:the )?(?:money|payment|funds)|send (?:me|you) (?:\d+\s*)?(?:usdt|btc|eth|crypto|bitcoin))\b|\d+\s*%|[$€£]|\d\s*(?:btc|eth|usdt|usdc|ltc|xrp|bnb|bitcoin|sol|dai)\b/;

const BANK_RE =
  /\b(?:bank transfer|wire transfer|bank wire|wire (?:payment|money)|wire (?:you|me|the (?:money|funds|payment))|direct (?:bank )?deposit|bank deposit|ach transfer|swift transfer|(?:to|into|in) (?:my|your) (?:bank )?account)\b/g;
const WISE_RE =
  /\b(?:via|through|with|by|using|over|on|in|to|or|and)\s+wise\b(?!\s+(?:choice|decision|move|idea|man|men|person|people|words?|enough|investment|use|to|of|and)\b)|\bwise (?:transfer|account|payment|link)\b|\bwise\.com\b/g;

const DIRECT_RE: readonly RegExp[] = [
  /\bpay(?:ing)?\s+(?:you|me|u|him|her|them|us)?\s*(?:directly|direct|outside|off[- ]?(?:the )?platform|in cash|cash|personally|privately|separately|on the side)\b/g,
  /\b(?:paid|payment|payments|pay|money|funds)\s+(?:\w+\s+){0,3}?(?:directly|outside (?:of )?(?:the |this )?(?:platform|site|upwork|app|website)|off[- ]platform)\b/g,
  /\b(?:skip|bypass|instead of|outside)\s+(?:the\s+)?(?:milestones?|escrow)\b/g,
  /\b(?:cancel|close|end|withdraw|decline|refund)\s+(?:the\s+|this\s+|your\s+|my\s+)?(?:offer|contract|milestone|order|job)\b[^.!?\n]{0,40}?\b(?:pay|paid|send (?:you|the) (?:money|rest|balance|payment)|i'?ll send)\b/g,
];
const FEE_AVOIDANCE_RE =
  /\b(?:avoid|skip|save|saves|saving|bypass|dodge|cut out)\s+(?:on\s+)?(?:the\s+|paying\s+|any\s+|those\s+|all\s+)?(?:platform\s+|site\s+|upwork\s+|service\s+|extra\s+|their\s+)?(?:fees?|commission|middleman)\b/g;
const VIA_APP_RE = new RegExp(
  `\\b(?:pay|paid|payment|money)\\b[^.!?\\n]{0,25}?\\b(?:on|via|through|over|in)\\s+(${alternation(MESSAGING_APPS)})\\b`,
  "g",
);
/** Freelancers legitimately withdraw earnings from the platform to these services. */
const WITHDRAWAL =
  /\b(?:withdraw\w*|payout method|cash out|get paid out|my earnings|transfer my earnings|linked to (?:my|the) (?:platform|upwork) account)\b/;
/** A payment service named as a product, a payment option or the platform's own payout rail, not a proposal to the reader. */
const PRODUCT_PAYMENT =
  /\b(?:payment (?:options?|methods?|gateways?|providers?|processors?|integrations?)|as an? (?:payment |payout )?(?:option|method|gateway)|(?:we|they) (?:also )?do payouts|payouts? (?:using|via|through|with)|(?:link|connect) (?:it|your \w+ account) to your (?:upwork|fiverr|platform) account|add(?:ing)? (?:\w+ )?support|integrat\w+|sdk|webhooks?|sandbox)\b/;
const MAYBE_PAYMENT = hint(
  ..."pay|paid|zelle|venmo|cash|skrill|wise|remit|money|union|revolut|xoom|pesa|interac|transfer|bank|wire|deposit|btc|bitcoin|eth|usd|tether|trc|erc|bep|crypto|coin|xrp|monero|wallet|bnb|directly|fee|commission|middleman|cancel|outside|off".split(
    "|",
  ),
);

/** Wallet addresses: Ethereum-style 0x + 40 hex, Bitcoin bech32, TRON; base58 (Solana) only when the sentence names a wallet. */
const WALLET_RE = /(?<![a-z0-9])(?:0x[0-9a-f]{40}|bc1[a-z0-9]{25,59}|t[1-9a-hj-np-z]{33})(?![a-z0-9])/g;
const BASE58_RE = /(?<![A-Za-z0-9])[1-9A-HJ-NP-Za-km-z]{32,44}(?![A-Za-z0-9])/g;
const WALLET_CONTEXT =
  /\b(?:wallet|address|usdt|trc-?20|erc-?20|eth|btc|sol|solana|crypto|bitcoin|send|receive|payout|pay|bounty)\b/;

function findWallets(ctx: MessageContext): PaymentMatch[] {
  const out: PaymentMatch[] = [];
  const lower = ctx.lower;
  const make = (start: number, end: number): PaymentMatch => ({
    start,
    end,
    ruleId: "payment.crypto-wallet",
    subject: "payment to a cryptocurrency wallet",
    value: ctx.view.text.slice(start, end),
    severity: "CRITICAL",
  });
  if (/0x|bc1|t[1-9a-hj-np-z]{33}/.test(lower)) {
    WALLET_RE.lastIndex = 0;
    for (let m = WALLET_RE.exec(lower); m !== null && out.length < 20; m = WALLET_RE.exec(lower)) {
      if (m[0].startsWith("t") && !WALLET_CONTEXT.test(ctx.sentenceText(m.index))) continue;
      out.push(make(m.index, m.index + m[0].length));
    }
  }
  // Base58 addresses (Solana, legacy Bitcoin "1…"/"3…") only next to a word that says what they are.
  if (/wallet|solana|\bsol\b|btc|bitcoin|paid|pay|donat/.test(lower)) {
    const text = ctx.view.text;
    BASE58_RE.lastIndex = 0;
    for (let m = BASE58_RE.exec(text); m !== null && out.length < 20; m = BASE58_RE.exec(text)) {
      if (!/[0-9]/.test(m[0]) || !/[a-z]/.test(m[0]) || !/[A-Z]/.test(m[0])) continue;
      if (
        !/wallet|solana|\bsol\b|address|btc|bitcoin|paid to|pay to|donat|direcci[oó]n|endere[cç]o|адрес|地址/.test(
          ctx.sentenceText(m.index) + lower.slice(Math.max(0, m.index - 80), m.index),
        )
      )
        continue;
      if (out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
      out.push(make(m.index, m.index + m[0].length));
    }
  }
  return out;
}

/**
 * Pages whose only job is to receive money ("paypal.me/name", "cash.app/$name", a Wise or
 * Binance pay link, a tip page): a concrete value like a wallet, so the learned judge does
 * not gate it away.
 */
const PAYMENT_LINK_RE =
  /(?<![a-z0-9.])(?:https?:\/\/)?(?:www\.)?(?:paypal\.me\/[a-z0-9_.-]{2,}|paypal\.com\/(?:paypalme|donate)\/?[?/a-z0-9_=.-]*|cash\.app\/\$[a-z0-9_-]{2,}|(?:account\.)?venmo\.com\/(?:u\/)?[a-z0-9_-]{3,}|wise\.com\/pay\/[a-z0-9/_-]+|revolut\.me\/[a-z0-9_-]{2,}|monzo\.me\/[a-z0-9_-]{2,}|(?:s|app|pay)\.binance\.com\/[a-z0-9/_-]+|buymeacoffee\.com\/[a-z0-9_-]{2,}|ko-fi\.com\/[a-z0-9_-]{2,})/g;
/** A Cash App "$cashtag" (letters first, so "$100" is not one), next to the app's name. */
const CASHTAG_RE = /(?<![\w$])\$[a-z][a-z0-9_]{2,19}(?![\w.])/g;
/** An address written after its coin's ticker ("XTM: 12ab…", "ETH - 0x…", "USDT (TRC20): T…"). */
const TICKER_ADDRESS_RE =
  /\b(?:btc|eth|usdt|usdc|xmr|doge|ltc|trx|xtm|sol|bnb|ada|xrp|dot|ton)\b(?:\s*\((?:trc|erc|bep)-?20\))?\s*(?:address\s*)?[:=\-–]\s*`?([1-9a-z][a-z0-9]{25,110})`?/g;

function findPaymentValues(ctx: MessageContext): PaymentMatch[] {
  const out: PaymentMatch[] = [];
  const lower = ctx.lower;
  const push = (start: number, end: number, subject: string, ruleId = "payment.link") => {
    if (out.some((o) => o.start < end && start < o.end)) return;
    out.push({ start, end, ruleId, subject, value: ctx.view.text.slice(start, end), severity: "CRITICAL" });
  };
  if (/paypal|cash\.app|venmo|wise\.com|revolut|monzo|binance|buymeacoffee|ko-fi/.test(lower)) {
    PAYMENT_LINK_RE.lastIndex = 0;
    for (let m = PAYMENT_LINK_RE.exec(lower); m !== null && out.length < 20; m = PAYMENT_LINK_RE.exec(lower))
      push(m.index, m.index + m[0].length, "payment through a page that takes money outside the platform");
  }
  if (/cash ?app/.test(lower) && lower.includes("$")) {
    CASHTAG_RE.lastIndex = 0;
    for (let m = CASHTAG_RE.exec(lower); m !== null && out.length < 20; m = CASHTAG_RE.exec(lower))
      if (/cash ?app/.test(lower.slice(Math.max(0, m.index - 120), m.index + 40)))
        push(m.index, m.index + m[0].length, "payment to a Cash App $cashtag");
  }
  TICKER_ADDRESS_RE.lastIndex = 0;
  for (let m = TICKER_ADDRESS_RE.exec(lower); m !== null && out.length < 20; m = TICKER_ADDRESS_RE.exec(lower)) {
    const value = m[1] ?? "";
    if (!/[0-9]/.test(value) || !/[a-z]/.test(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    push(start, start + value.length, "payment to a cryptocurrency wallet", "payment.crypto-wallet");
  }
  return out;
}

/** A necessary condition of each pattern, cheap to test on the whole message. */
const HINT = new Map<RegExp, Hint>([
  [
    PROVIDER_RE,
    hint(
      "pal",
      "zelle",
      "venmo",
      "cash",
      "skrill",
      "payoneer",
      "union",
      "gram",
      "revolut",
      "wise",
      "remit",
      "xoom",
      "alipay",
      "pay",
      "gcash",
      "pesa",
      "paytm",
      "webmoney",
      "neteller",
      "money",
      "interac",
      "transfer",
      "stripe",
      "sepa",
    ),
  ],
  [WISE_RE, hint("wise")],
  [
    CRYPTO_RE,
    hint(
      "bitcoin",
      "btc",
      "eth",
      "usd",
      "dai",
      "tether",
      "trc",
      "erc",
      "bep",
      "crypto",
      "litecoin",
      "ltc",
      "doge",
      "xrp",
      "monero",
      "xmr",
      "sol",
      "celo",
      "matic",
      "trx",
      "tron",
      "binance",
      "bnb",
      "wallet",
      "address",
    ),
  ],
  [BANK_RE, hint("bank", "wire", "deposit", "ach", "swift", "account")],
  [DIRECT_RE[0] as RegExp, hint("pay")],
  [DIRECT_RE[1] as RegExp, hint("direct", "outside", "off")],
  [DIRECT_RE[2] as RegExp, hint("milestone", "escrow")],
  [DIRECT_RE[3] as RegExp, hint("offer", "contract", "milestone", "order", "job")],
  [FEE_AVOIDANCE_RE, hint("fee", "commission", "middleman")],
  [VIA_APP_RE, hint("pay", "paid", "money")],
]);

export function findOffPlatformPayments(ctx: MessageContext): PaymentMatch[] {
  const lower = ctx.lower;
  const wallets = findWallets(ctx);
  for (const v of findPaymentValues(ctx)) if (!wallets.some((w) => w.start < v.end && v.start < w.end)) wallets.push(v);
  if (!ctx.has(MAYBE_PAYMENT)) return wallets;
  const out: PaymentMatch[] = [...wallets];
  const accepted = (start: number, end: number) =>
    !ctx.isSuppressedMention(start, end) && !WITHDRAWAL.test(ctx.sentenceText(start));

  // Each pattern runs only when a word it cannot match without is in the message.
  const scan = (re: RegExp, make: (m: RegExpExecArray) => PaymentMatch | null) => {
    const hint = HINT.get(re);
    if (hint && !ctx.has(hint)) return;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      const hit = make(m);
      if (hit && accepted(hit.start, hit.end)) out.push(hit);
    }
  };
  const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });

  scan(PROVIDER_RE, (m) => {
    if (PRODUCT_PAYMENT.test(ctx.sentenceText(m.index))) return null;
    const label = PROVIDERS.find(([p]) => new RegExp(`^(?:${p})$`).test(m[0]))?.[1] ?? m[0];
    // "pay pal" with a space is usually a disguise, but check it is about money.
    if (
      m[0] === "pay pal" &&
      !/\b(?:account|send|via|through|transfer|invoice|email)\b/.test(ctx.sentenceText(m.index))
    )
      return null;
    return {
      ...span(m),
      ruleId: "payment.provider",
      subject: `payment through ${label}`,
      value: label,
      severity: "HIGH",
    };
  });
  scan(WISE_RE, (m) => {
    const sentence = ctx.sentenceText(m.index);
    if (PRODUCT_PAYMENT.test(sentence)) return null;
    if (!PAY_CONTEXT.test(sentence) && !/wise (?:transfer|account|payment)|wise\.com/.test(m[0])) return null;
    const at = m.index + m[0].lastIndexOf("wise");
    return {
      start: at,
      end: at + 4,
      ruleId: "payment.provider",
      subject: "payment through Wise",
      value: "Wise",
      severity: "HIGH",
    };
  });
  scan(CRYPTO_RE, (m) => {
    const sentence = ctx.sentenceText(m.index);
    if (!PAY_CONTEXT.test(sentence) || CRYPTO_AS_WORK.test(sentence) || PRODUCT_PAYMENT.test(sentence)) return null;
    return {
      ...span(m),
      ruleId: "payment.crypto",
      subject: "payment in cryptocurrency",
      value: m[0].toUpperCase(),
      severity: "CRITICAL",
    };
  });
  scan(BANK_RE, (m) => ({
    ...span(m),
    ruleId: "payment.bank-transfer",
    subject: "payment by direct bank transfer",
    value: null,
    severity: "HIGH",
  }));
  for (const re of DIRECT_RE) {
    scan(re, (m) => ({
      ...span(m),
      ruleId: "payment.direct",
      subject: "paying or being paid directly, outside the platform",
      value: null,
      severity: "CRITICAL",
    }));
  }
  scan(FEE_AVOIDANCE_RE, (m) => ({
    ...span(m),
    ruleId: "payment.fee-avoidance",
    subject: "moving payment off the platform to avoid its fees",
    value: null,
    severity: "HIGH",
  }));
  scan(VIA_APP_RE, (m) => ({
    ...span(m),
    ruleId: "payment.via-messaging-app",
    subject: "being paid through a messaging app instead of the platform",
    value: null,
    severity: "CRITICAL",
  }));
  return out;
}
