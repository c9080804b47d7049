import type { MessageContext } from "./context";
import { hint, type Hint } from "./hints";
import type { Category, Hit, Severity } from "./types";

/**
 * Phrase rules for the forms the first rule set missed on real messages: fee
 * scams, cheques, outside escrow, bank rails, side payments and account
 * rental, account access, identity dossiers written as forms, bare
 * invitations ("text me", "email me"), short app names ("wa", "tg"),
 * channel-less contact requests, Spanish, Portuguese and Indonesian
 * invitations. They are deliberately broad: every one of them is a mention
 * (no concrete value), so the learned component gates it in detect.ts and
 * description, warnings and reported speech are dropped there.
 */

/** A phrase rule's hit: a rule hit before the learned component has scored it. */
export type PhraseHit = Omit<Hit, "score">;

interface PhraseRule {
  re: RegExp;
  category: Category;
  ruleId: string;
  severity: Severity;
  subject: string;
  value?: string;
  alwaysViolation?: boolean;
  /** Cheap test before the regex runs: a necessary condition of a match (the regex cannot match without it). */
  hint: Hint;
  /** Skip the match when the sentence says this (e.g. the platform's own escrow). */
  unless?: RegExp;
  /** Counts like a value (see Hit.strong): only wording no description or warning uses as written. */
  strong?: boolean;
}

const PAYMENT: Category = "OFF_PLATFORM_PAYMENT";
const PDR: Category = "PERSONAL_DATA_REQUEST";
const OPC: Category = "OFF_PLATFORM_COMMUNICATION";

const RULES: readonly PhraseRule[] = [
  {
    // "insurance charges", "refundable deposit": the rule matches charges and deposits too, so its hint must let them in.
    hint: hint("fee", "charge", "deposit"),
    re: /\b(?:registration|security|keeping|safe ?keeping|certificate|certification|training|equipment|processing|application|activation|onboarding|admin(?:istration|istrative)?|membership|clearance|verification|starter|enrol(?:l?ment)?|refundable|upfront|up-front|joining|license|licence|insurance|shipping|courier|delivery|handling|release)\s+(?:fees?|charges?|deposit)\b|\b(?:pay|paying|send|transfer)\s+(?:a|the|an|this|my|our)?\s*(?:small\s+|one-?time\s+|refundable\s+|little\s+)?(?:fee|fees)\b/g,
    category: PAYMENT,
    ruleId: "payment.fee",
    severity: "CRITICAL",
    subject: "a fee the other party is asked to pay",
  },
  {
    hint: hint("cost", "pay", "invest", "deposit"),
    re: /\b(?:it|this|that|the (?:kit|training|course|starter pack|registration))\s+(?:will|would|'?ll|only)?\s*(?:cost|costs)\s+(?:you\s+)?(?:only\s+|just\s+)?[$€£]\s?\d[\d,.]*|\byou\s+(?:will\s+|would\s+|'?ll\s+)?(?:need|have|must)\s+(?:to\s+)?(?:pay|invest|deposit)\s+(?:only\s+|just\s+)?[$€£]?\s?\d[\d,.]*/g,
    category: PAYMENT,
    ruleId: "payment.fee",
    severity: "CRITICAL",
    subject: "money the other party is asked to pay to start",
  },
  {
    hint: hint("check", "cheque", "deposit"),
    re: /\b(?:paper|cashier'?s?|certified|personal|bank|company)\s+(?:check|cheque)s?\b|\bcheques?\b|\b(?:a|the|your|this)\s+check\s+(?:in the mail|by mail|to (?:buy|purchase|cover)|for (?:the )?(?:equipment|office|supplies|laptop))|\b(?:mail|send|sent|receive|deposit|cash)\w*\s+(?:you\s+)?(?:a|the)\s+check\b|\bmobile deposit\b|\bdeposit (?:it|the funds|the money) (?:into|in) your (?:bank )?account\b/g,
    category: PAYMENT,
    ruleId: "payment.check",
    severity: "CRITICAL",
    subject: "a cheque or mobile deposit outside the platform",
  },
  {
    hint: hint("escrow"),
    re: /\b(?:escrow (?:company|service|agent|firm|account|website|site)|third[- ]party (?:called an? )?escrow|outside escrow|escrow\.com|independent escrow)\b/g,
    category: PAYMENT,
    ruleId: "payment.outside-escrow",
    severity: "CRITICAL",
    subject: "an escrow company outside the platform",
    unless: /\b(?:upwork|platform'?s?|fiverr|our site'?s?) escrow\b/,
  },
  {
    hint: hint("swift", "iban", "sepa", "wise", "bank", "transfer", "wire"),
    re: /\b(?:pay|paid|paying|payment|send|sending|transfer|wire|receive|receiving|remit)\w*\b[^.!?\n]{0,40}?\b(?:swift|iban|sepa|wise|local bank|bank account|bank transfer|wire)\b|\b(?:swift|iban|sepa)\s+(?:transfer|payment|wire)\b|\b(?:via|through|by|using|with|over)\s+(?:swift|iban|sepa|wise)\b/g,
    category: PAYMENT,
    ruleId: "payment.bank-transfer",
    severity: "HIGH",
    subject: "payment by bank transfer outside the platform",
    unless: /\b(?:withdraw\w*|payout|my earnings|get paid out)\b/,
  },
  {
    hint: hint("account", "profile"),
    re: /\b(?:rent|renting|rented|lend|lending|borrow|borrowing|buy|buying|lease|leasing|use|using|share|sharing|operate|operating|work (?:on|from|with))\s+(?:out\s+)?(?:your|ur|yours)\s+(?:\w+\s+){0,2}?(?:account|profile|acc)\b|\b(?:account|profile)\s+(?:rental|renting|for rent|sharing|partnership)\b|\b(?:rent|lend|sell)\s+(?:me\s+)?(?:an?|your)\s+(?:\w+\s+)?(?:account|profile)\b/g,
    category: PAYMENT,
    ruleId: "payment.account-rental",
    severity: "CRITICAL",
    subject: "renting or using someone else's account for pay (a side payment outside the platform)",
    unless: /\bshare\s+(?:your|ur)\s+(?:upwork|fiverr)\s+profile\s+(?:here|with)\b/,
  },
  {
    hint: hint("split", "share", "%", "percent"),
    re: /\b(?:split|share|divide)\s+(?:the\s+)?(?:income|earnings|profits?|payments?|money|revenue|salary)\b|\b\d{1,2}\s*(?:%|percent)\s*(?:of (?:the|your|my|all|every) (?:income|earnings|profits?|payments?|money|salary)|for you|for me|each|goes to you)\b/g,
    category: PAYMENT,
    ruleId: "payment.income-split",
    severity: "CRITICAL",
    subject: "splitting an account's income outside the platform",
  },
  {
    hint: hint("account", "profile"),
    re: /\b(?:rent|renting|lend|lending|borrow|buy|lease|use|using|access|accessing|share|sharing|operate)\s+(?:out\s+)?(?:to\s+)?(?:your|ur)\s+(?:\w+\s+){0,2}?(?:account|profile|acc)\b|\b(?:i|we|me|us)\s+(?:\w+\s+){0,3}?log ?in(?:to)?\s+(?:to\s+)?(?:your|ur)\s+(?:\w+\s+){0,2}?(?:account|profile|acc)\b|\b(?:access|login|log-?in|credentials|password)\s+(?:to|of|for)\s+your\s+(?:\w+\s+)?(?:account|profile)\b/g,
    category: PDR,
    ruleId: "personal-data.account-access",
    severity: "CRITICAL",
    subject: "access to their account",
    alwaysViolation: true,
    // The platform's own steps: share your profile with the client who pays through it, link PayPal to it.
    unless: /\b(?:share|link|connect)\s+(?:it\s+to\s+)?(?:your|ur)\s+(?:upwork|fiverr)\s+(?:profile|account)\b/,
  },
  {
    hint: hint("remote", "anydesk", "any desk", "teamviewer", "team viewer", "rustdesk", "ultraviewer"),
    re: /\b(?:remote (?:desktop|access|control|pc|computer)|remotely (?:access|control|connect|log ?in|use|work on|operate)|(?:access|control|operate|use|work on) (?:it|the (?:pc|computer|laptop|device)|your (?:pc|computer|laptop|device)|this (?:\w+ )?(?:pc|computer|laptop)) remotely|work remotely (?:on|from) (?:the|your|this) (?:pc|computer|laptop)|anydesk|any desk|teamviewer|team viewer|chrome remote desktop|rustdesk|ultraviewer)\b/g,
    category: PDR,
    ruleId: "personal-data.account-access",
    severity: "CRITICAL",
    subject: "remote access to their computer or account",
    alwaysViolation: true,
  },
  {
    hint: hint("contact", "reach", "touch", "talk to", "communicat"),
    re: /\bhow\s+(?:can|could|do|should|may)\s+(?:i|we)\s+(?:contact|reach|get (?:in touch|hold of))\s+(?:with\s+)?you\b|\b(?:any|another|other|some|better|faster)\s+(?:other\s+)?(?:way|means|method)s?\s+(?:to|of|i can|we can)\s+(?:contact|reach|talk to|get in touch with|communicat\w*)(?:\s+(?:with\s+)?you)?\b|\b(?:your|ur)\s+(?:personal\s+|direct\s+|private\s+)?contacts?(?:\s+(?:details?|info(?:rmation)?|number))?\s*(?:\?|please|pls|plz)|\b(?:send|give|share|drop|leave)\s+(?:me\s+)?(?:your|ur)\s+(?:personal\s+|direct\s+)?contacts?\b/g,
    category: PDR,
    ruleId: "personal-data.contact-request",
    severity: "MEDIUM",
    subject: "contact details",
    strong: true,
  },
  {
    hint: hint(" me", "\nme", "\tme", " us", "\nus", "\tus", "phone", "cell", "voice"),
    re: /\b(?:text|txt|sms|e-?mail|mail|gmail|call|ring|whats ?app|telegram|skype|viber|signal|wa|tg|dm)\s+(?:me|us)\b(?!\s+(?:here|in (?:the|this) (?:chat|thread)|on (?:the )?(?:platform|upwork)|through (?:the )?(?:platform|upwork)))|\b(?:reply|respond|write|answer|revert|get back)\s+(?:to\s+)?(?:me|us)\s+(?:on|via|by|through|at|in|to)\s+(?:my\s+|the\s+|your\s+)?(?:e-?mail|mail|gmail|inbox|whats ?app|telegram|phone|number|skype|wa|tg)\b|\b(?:over|on|via|by|through)\s+(?:a\s+)?(?:brief|quick|short|small)?\s*(?:phone|telephone|cell|voice)\s+(?:call|conversation|chat)\b|\b(?:phone|telephone) (?:interview|screening)\b/g,
    category: OPC,
    ruleId: "offplatform.bare-invite",
    severity: "MEDIUM",
    subject: "continue by phone, e-mail or an outside app",
    unless: /\b(?:zoom|platform|upwork|this chat|in-app|built-in)\b[^.!?\n]{0,15}\bcall\b/,
  },
  {
    hint: hint("wa", "tg", "whtsp", "watsap", "wsp", "wapp", "whats"),
    re: /\b(?:add|bagi|minta|my|mine|your|ur|via|on|in|msg|message|text|contact|hubungi|kontak|nomor|no|number|num|chat|ping|dm|reach me on|at)\s+(?:me\s+)?(?:on\s+)?(?:wa|tg|whtsp|whtsap|whtsapp|watsap|watsapp|wsp|wapp|whats)\b|\b(?:wa|tg|whtsp|whtsapp|watsapp)\s*(?:me\b|number\b|no\b|num\b|:|\+|\d)/g,
    category: OPC,
    ruleId: "offplatform.app-invite",
    severity: "MEDIUM",
    subject: "continue on WhatsApp or Telegram",
    value: "short app name",
  },
  {
    hint: hint(
      "mi ",
      "por ",
      "me chama",
      "me liga",
      "me adiciona",
      "me manda",
      "escr",
      "contact",
      "contáct",
      "llam",
      "llám",
      "agreg",
      "agrég",
      "añad",
      "anad",
      "añád",
      "anád",
      "mand",
      "mánd",
      "envi",
      "enví",
      "habl",
      "hábl",
      "chama",
      "fala",
      "meu ",
      "pelo ",
      "no zap",
      "no whats",
      "hubungi",
      "kontak",
      "saya",
      "nomor",
    ),
    re: /\b(?:escr[ií]beme|escribenos|escr[ií]banos|cont[aá]ctame|cont[aá]ctanos|ll[aá]mame|ll[aá]manos|agr[eé]game|a[ñn][aá]deme|m[aá]ndame (?:un )?(?:mensaje|correo|whats)|env[ií]ame (?:un )?(?:mensaje|correo)|hablemos por|h[aá]blame (?:por|al)|mi (?:whats ?app|n[uú]mero|numero|correo|telegram|tel[eé]fono|celular)|por (?:whats ?app|telegram|correo|tel[eé]fono|wsp)|me (?:chama|liga|adiciona|manda)|chama no|fala comigo|meu (?:whats ?app|n[uú]mero|zap|email|e-mail|telegram|telefone|contato|celular)|pelo (?:whats ?app|zap|telegram|telefone)|no (?:zap|whats)|manda (?:mensagem|msg|um oi)|hubungi saya|hubungi kami|kontak saya|chat saya|nomor (?:wa|whatsapp|hp|telepon))\b/g,
    category: OPC,
    ruleId: "offplatform.foreign-invite",
    severity: "MEDIUM",
    subject: "continue outside the platform (Spanish, Portuguese or Indonesian invitation)",
  },
  {
    hint: hint(
      "sent",
      "send",
      "mail",
      "text",
      "messaged",
      "check your",
      "see my",
      "look at your",
      "look in your",
      " dm",
      "\ndm",
      "\tdm",
      " pm",
      "\npm",
      "\tpm",
      "private",
      "video",
      "voice",
      "sign up",
      "register",
      "join",
    ),
    re: /\b(?:i(?:'ve| have)?|we(?:'ve| have)?|just)\s+(?:just\s+)?(?:sent|send|emailed|mailed|texted|messaged)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:e-?mail|mail|sms|text|whats ?app|telegram|message on|dm)\b|\b(?:did you (?:see|get|receive|check) my|check your|look (?:at|in) your|see my)\s+(?:e-?mail|mail|inbox|sms|text|whats ?app|telegram|spam)\b|\b(?:in|via|over|through|on)\s+(?:the\s+)?(?:dms?|pms?|private (?:messages?|chat))\b|\b(?:video|voice)\s+(?:call|interview|chat)\b|\b(?:sign up|register|join)\s+(?:for|on)\s+(?:discord|telegram|whats ?app|skype|slack|signal)\b/g,
    category: OPC,
    ruleId: "offplatform.bare-invite",
    severity: "MEDIUM",
    subject: "continue by e-mail, phone, a video call or an outside app",
    unless: /\b(?:zoom|platform|upwork|this chat|in-app|built-in|here)\b/,
  },
  {
    hint: hint("account", "a/c"),
    re: /\b(?:provide|set up|open|need|give|have|use|send|nominate)\b[^.!?\n]{0,40}?\b(?:bank (?:account|a\/c)|a\/c|account)\b[^.!?\n]{0,70}?\b(?:money|funds?|transfer\w*|receive|paid|payment|deposit\w*)\b|\b(?:account|bank account)\s+where\s+(?:the|this)\s+(?:money|funds?)\b/g,
    category: PAYMENT,
    ruleId: "payment.receiving-account",
    severity: "CRITICAL",
    subject: "money moved through the other party's bank account",
    unless: /\b(?:upwork|platform|withdraw\w*|payout)\b/,
  },
  {
    hint: hint("account", "lend", "identity", "info"),
    re: /\b(?:create|open|make|register|set up|verify)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:\w+\s+)?(?:account|profile)\s+(?:with|using|in|under)\s+(?:your|ur)\s+(?:\w+\s+)?(?:info\w*|identity|name|details|id|documents?|face)\b|\blend\s+(?:me\s+)?(?:it|your (?:\w+ )?account|an account)\b|\byour account[- ]with your name\b|\buse (?:it|your (?:\w+ )?account) when you(?:'re| are) not\b/g,
    category: PDR,
    ruleId: "personal-data.account-access",
    severity: "CRITICAL",
    subject: "an account opened or lent in their name",
    alwaysViolation: true,
  },
  {
    hint: hint("earning", "income", "split", "favor", "favour", "/"),
    re: /\b\d{1,2}\s*(?:%|percent)\s+of\s+(?:my|the|your|our|his|her|their|all)?\s*(?:\w+\s+)?(?:earnings|income|profits?|salary|revenue)\b|\b(?:income|revenue|profit|earnings)\s+split\b|\b\d{2}\s*\/\s*\d{2}\s+(?:split|in your favou?r|share)\b/g,
    category: PAYMENT,
    ruleId: "payment.income-split",
    severity: "CRITICAL",
    subject: "splitting an account's income outside the platform",
  },
  {
    hint: hint("contact", "privé", "mail", "phone", "fax", "detail", "number", "whats", "número", "numero"),
    re: /\b(?:leave|reply with|respond with|send|give|provide|drop|share)\s+(?:me\s+|us\s+)?(?:an?\s+|your\s+)?(?:e-?mail(?: address)?|contact(?:s| details| info(?:rmation)?)?|phone(?: number)?|number|whats ?app)\b|\b(?:receive|get|have)\s+your\s+(?:\w+\s+)?(?:phone|fax|mobile|contact|e-?mail)\b|\bgostaria (?:do |de )?seu contato\b|\bseu (?:contato|n[uú]mero|whats ?app|e-?mail)\b|\btu (?:n[uú]mero|contacto|correo|whats ?app)\b|\bvous contacter\b|\bton (?:num[eé]ro|whats ?app|e-?mail)\b|\bvotre (?:num[eé]ro|whats ?app|e-?mail|contact)\b/g,
    category: PDR,
    ruleId: "personal-data.contact-request",
    severity: "MEDIUM",
    subject: "contact details",
    strong: true,
  },
  {
    hint: hint("contact", "privé", "écri", "ecri", "appel", "en priv", "mon ", "par "),
    re: /\b(?:contactez-moi|contacte-moi|[ée]crivez-moi|[ée]cris-moi|appelez-moi|appelle-moi|en priv[ée]|mon (?:whats ?app|num[ée]ro|e-?mail|t[ée]l[ée]gram)|par (?:whats ?app|t[ée]l[ée]gram|e-?mail|t[ée]l[ée]phone))(?![a-z])/g,
    category: OPC,
    ruleId: "offplatform.foreign-invite",
    severity: "MEDIUM",
    subject: "continue outside the platform (French invitation)",
  },
  {
    hint: hint(
      "telegram",
      "tg",
      "skype",
      "discord",
      "discorrd",
      "whats",
      "wa",
      "wechat",
      "signal",
      "viber",
      "snap",
      "insta",
      "facebook",
      "fb",
      "linkedin",
      "qq",
      "line",
      "kik",
      "mail",
      "number",
      "phone",
      "contact",
      "user name",
      "username",
      "info",
    ),
    re: /\b(?:give|send|share|drop|need|want|have|get|add|tell|post|leave)\s+(?:me\s+|us\s+)?(?:your|ur|u)\s+(?:\w+\s+)?(?:telegram|tg|skype|discord|discorrd|whats ?app|wa|wechat|signal|viber|snapchat|snap|insta(?:gram)?|facebook|fb|linkedin|qq|line|kik|e-?mail|email address|mail|number|phone|contact(?:s| info(?:rmation)?| details)?)\b|\bwhat'?s\s+(?:your|ur|u)\s+(?:telegram|tg|skype|discord|whats ?app|wa|wechat|signal|insta(?:gram)?|snap(?:chat)?|line|kik)\b|\bdo\s+(?:you|u)\s+(?:\w+\s+)?have\s+(?:a\s+|an\s+)?(?:telegram|skype|discord|whats ?app|wechat|signal|viber|line|e-?mail)\b|\b(?:discord|skype|telegram|e-?mail|whats ?app|wechat)\s*\/\s*(?:discord|skype|telegram|e-?mail|whats ?app|wechat)\b[^.!\n]{0,30}\?|\banything other th[ae]n (?:discord|skype|telegram|whats ?app|e-?mail)\b|\bsend me (?:your |ur )?(?:user ?name|contact|info(?:rmation)?)\b/g,
    category: PDR,
    ruleId: "personal-data.app-account-request",
    severity: "MEDIUM",
    subject: "messaging-app account or contact details",
  },
  {
    // The same request in the words the rule above misses: "let me know your telegram", "provide me the link
    // to Discord", "y'all got a discord?", "an email or WhatsApp I can contact you on?".
    hint: hint(
      "telegram",
      "discord",
      "whats",
      "skype",
      "wechat",
      "signal",
      "viber",
      "slack",
      "messenger",
      "e-mail",
      "email",
    ),
    re: /\b(?:let me know|provide me(?: with)?|pass me|dm me|inbox me)\s+(?:your|ur|the)\s+(?:\w+\s+)?(?:link to\s+(?:your\s+|the\s+)?)?(?:telegram|tg|discord|whats ?app|skype|wechat|signal|viber|e-?mail|number|contact)\b|\b(?:y'?all|you|u|ya)\s+(?:got|have)\s+(?:an?\s+)?(?:telegram|discord|whats ?app|skype|wechat|signal|viber)\s*\?|\b(?:an?|any|your)\s+(?:e-?mail|whats ?app|telegram|discord|skype|number)(?:\s+or\s+(?:e-?mail|whats ?app|telegram|discord|skype|number))?\s+(?:which|that|where|through which)?\s*(?:i|we)\s+(?:can|could|may)\s+(?:contact|reach|message|text|add)\s+(?:you|u)\b|\b(?:provide|send|give|share)\s+(?:me|us)\s+(?:the\s+)?link to\s+(?:your\s+|the\s+)?(?:discord|telegram|whats ?app|slack)\b/g,
    category: PDR,
    ruleId: "personal-data.app-account-request",
    severity: "MEDIUM",
    subject: "messaging-app account or contact details",
  },
  {
    // A payment outside proposed in the first or second person, with the rail named: "I'll send you the money
    // via PayPal", "pay me through Zelle", "my cash app is …". Counts like a value.
    hint: hint(
      "paypal",
      "zelle",
      "venmo",
      "cash app",
      "cashapp",
      "wise",
      "western union",
      "moneygram",
      "bitcoin",
      "btc",
      "usdt",
      "crypto",
      "bank transfer",
      "wire",
    ),
    re: /\b(?:send|pay|transfer|wire)\s+(?:me|us)\s+(?:the\s+|your\s+)?(?:\w+\s+){0,2}?(?:via|through|by|on|with|in|to my)\s+(?:paypal|zelle|venmo|cash ?app|wise|western union|moneygram|crypto|bitcoin|btc|usdt|bank transfer|wire)\b|\b(?:i(?:'ll| will| can| could)?|we(?:'ll| will| can| could)?)\s+(?:send|pay|transfer|wire)\s+(?:you|u)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:via|through|by|on|with|in)\s+(?:paypal|zelle|venmo|cash ?app|wise|western union|moneygram|crypto|bitcoin|btc|usdt|eth|bank transfer|wire)\b|\bmy\s+(?:paypal|zelle|venmo|cash ?app|wise|btc|bitcoin|usdt|eth|crypto)\s+(?:is\b|:|e-?mail\b|address\b|account\b|id\b|tag\b)/g,
    category: PAYMENT,
    ruleId: "payment.direct",
    severity: "CRITICAL",
    subject: "paying or being paid directly, outside the platform",
  },
  {
    // Gift cards as the means of payment: "can I pay with a giftcard?", "send me an Amazon gift card".
    hint: hint("gift card", "giftcard", "gift-card"),
    re: /\b(?:pay|paid|paying|payment|send|buy|purchase|accept)\b[^.!?\n]{0,30}?\bgift[ -]?cards?\b|\bgift[ -]?cards?\b[^.!?\n]{0,20}?\b(?:as (?:a )?payment|to pay|for (?:the )?payment)\b/g,
    category: PAYMENT,
    ruleId: "payment.gift-card",
    severity: "CRITICAL",
    subject: "payment in gift cards",
  },
  {
    // A postal address asked for: "provide a mailing address to ship stickers to", "let us know what address".
    hint: hint("address"),
    re: /\b(?:provide|send|give|share|tell|need|dm|e-?mail|forward)\b[^.!?\n]{0,40}?\b(?:mailing|shipping|postal|home|physical|street|delivery)\s+address\b|\blet (?:me|us) know (?:your|the|what|which) (?:\w+\s+)?address\b/g,
    category: PDR,
    ruleId: "personal-data.basic",
    severity: "HIGH",
    subject: "a postal address",
  },
  {
    // Portuguese and Russian requests for the reader's contact: "poderia nos passar o email", "me passa seu
    // whats", "дать свой Telegram", "получить ваш контакт".
    hint: hint("passa", "ваш", "свой", "твой"),
    re: /\b(?:me |nos )?passa(?:r)?\s+(?:o |a |seu |teu |o seu |o teu |sua )?(?:e-?mail|contato|n[uú]mero|whats ?app|zap|telefone|telegram)(?![a-z])|(?:ваш|свой|твой|вашу|свою)\s+(?:контакт\S*|телеграм\S*|telegram|vk|вк|e-?mail|почт\S*|номер\S*|whats ?app|ватсап\S*|скайп\S*|skype|discord|дискорд\S*)/g,
    category: PDR,
    ruleId: "personal-data.contact-request",
    severity: "MEDIUM",
    subject: "contact details",
  },
  {
    hint: hint("contact", "reach", "contato", "wa", "nomor", "kontak"),
    re: /\b(?:where|how)\s+(?:can|could|do|should)\s+(?:i|we)\s+(?:contact|reach)\s+(?:you|u)\b|\bis there (?:a|any) (?:way|means) (?:i|we) (?:can|could) (?:contact|reach) (?:you|u)\b|\b(?:best|easiest|fastest) way to (?:contact|reach) (?:you|u)\b|\bway to contact (?:you|u) directly\b|\bentrar em contato\b|\b(?:seu|teu|o seu|o teu) contato\b|\bsu contacto\b|\b(?:bagi|minta|kasih)\s+(?:no\s+)?(?:wa|whatsapp|nomor|kontak)\b/g,
    category: PDR,
    ruleId: "personal-data.contact-request",
    severity: "MEDIUM",
    subject: "contact details",
    strong: true,
  },
  {
    hint: hint("%", "percent", "per cent", "share", "split"),
    re: /\b\d{1,2}\s*(?:%|percent|per cent)\s*(?:for|to)\s+(?:you|me|us|the account owner|him|her)\b|\b(?:your|my)\s+share\s+(?:of\s+(?:the\s+)?(?:sum|money|fund|funds|total)\s+)?(?:will be|is|would be)\s+\d|\b(?:split|share)\s+(?:the\s+)?(?:salary|income|money|profits?|earnings)\s*(?:\(|with you|to you|between)|\bshare profits? (?:to|with) you\b|\b\d{1,2}\s*%\s*(?:to me|for me)\s+and\s+\d{1,2}\s*%\b|\bshared in these percentages\b|\bpercentage (?:share )?that will be given to you\b/g,
    category: PAYMENT,
    ruleId: "payment.income-split",
    severity: "CRITICAL",
    subject: "a share of money moved outside the platform",
  },
  {
    hint: hint(
      "pay now",
      "you must",
      "send you",
      "new pc",
      "new laptop",
      "new computer",
      "accept payment",
      "accept the payment",
      "directly hire",
      "hire you directly",
      "hire me directly",
      "can i paypal",
      "can i venmo",
      "can i zelle",
      "can i cashapp",
      "charge card",
      "charge credit",
      "accept dai",
      "accept usdt",
      "accept btc",
      "accept eth",
      "accept crypto",
      "accept bitcoin",
    ),
    re: /\bpay now to\b|\byou must (?:buy|purchase|pay for)\b|\bsend you \$?\d+\$?\s+(?:at the end of )?(?:every|each|per|a) month\b|\b(?:purchase|buy) a (?:brand )?new (?:pc|laptop|computer) for you\b|\baccept (?:the )?payment (?:via|through|with|by) (?:this|the|my) link\b|\bdirectly hire\b|\bhire (?:you|me) directly\b|\bcan i (?:paypal|venmo|zelle|cashapp) you\b|\bcharge (?:credit )?cards? for me\b|\bcan (?:he|she|you) accept (?:dai|usdt|btc|eth|crypto|bitcoin)\b/g,
    category: PAYMENT,
    ruleId: "payment.direct",
    severity: "CRITICAL",
    subject: "paying or being paid outside the platform",
  },
  {
    hint: hint("bank", "iban", "swift", "account"),
    re: /\b(?:do you have|your|our|my|with (?:our|my)|add)\s+(?:\w+\s+)?(?:bank (?:account|information|info|details)|iban|swift(?: code)?)\b|\bbank information\b|\b(?:forward|furnish|provide)\s+(?:\w+\s+){0,3}?(?:your\s+)?(?:bank\s+)?account\b/g,
    category: PAYMENT,
    ruleId: "payment.bank-transfer",
    severity: "HIGH",
    subject: "payment by bank transfer outside the platform",
    unless: /\b(?:withdraw\w*|payout method|get paid out|upwork|platform)\b/,
  },
  {
    hint: hint("account", "a/c"),
    re: /\b(?:provide|set up|open|need|give|have|use|send|nominate|forward|furnish)\b[^.!?\n]{0,70}?\b(?:bank (?:account|a\/c)|a\/c|account)\b[^.!?\n]{0,70}?\b(?:money|funds?|transfer\w*|receive|paid|payment|deposit\w*)\b/g,
    category: PDR,
    ruleId: "personal-data.bank-details",
    severity: "CRITICAL",
    subject: "a bank account to receive money",
    alwaysViolation: true,
    unless: /\b(?:upwork|platform|withdraw\w*|payout)\b/,
  },
  {
    hint: hint("contact", "reach", "write", "message", "ping", "hit up", "get in touch", "get back"),
    re: /\b(?:contact|reach|write|message|ping|hit up|get (?:in touch|back) (?:to|with)|get back at)\s+(?:to\s+)?(?:me|us)\b(?!\s+(?:here|in (?:the|this) (?:chat|thread)|on (?:the )?(?:platform|upwork)|through (?:the )?(?:platform|upwork)))/g,
    category: OPC,
    ruleId: "offplatform.bare-invite",
    severity: "MEDIUM",
    subject: "continue outside the platform",
  },
  {
    hint: hint("skype", "telegram", "discord", "whats", "wechat", "signal", "hangouts", "viber"),
    re: /\b(?:skype|telegram|discord|whats ?app|wechat|signal|hangouts|viber)\s+(?:will be|is|would be)?\s*(?:ok|okay|fine|good|better|best|bro|pls|please|then)\b/g,
    category: OPC,
    ruleId: "offplatform.app-invite",
    severity: "MEDIUM",
    subject: "continue on an outside app",
  },
  // 2026.12.2: classes the real development data (the spent first test part included) still missed.
  {
    hint: hint("contact", "reach", "touch", "hold of"),
    re: /\bhow\s+(?:to|can|could|do|should|may|might)\s+(?:i\s+|we\s+)?(?:contact|reach|get in (?:touch|contact) with|get hold of)\s+(?:with\s+)?(?:you|u)\b|\b(?:may|can|could)\s+(?:i|we)\s+(?:contact|reach)\s+(?:with\s+)?(?:you|u)\b|\b(?:give|send|share|provide|tell|let (?:me|us) know|drop|leave|post)\b[^.!?\n]{0,25}?\b(?:your|ur|the)\s+contacts?(?:\s+(?:info(?:rmation)?|details?|number))?\b|\b(?:find|found|get|have)\s+(?:your|ur)\s+contact\s+(?:info(?:rmation)?|details?)\b|\b(?:some|any|another|other)\s+(?:other\s+)?ways?\s+to\s+(?:privately\s+)?(?:talk|contact|reach|chat)\b|\bc[oó]mo me pongo en contacto\b/g,
    category: PDR,
    ruleId: "personal-data.contact-request",
    severity: "MEDIUM",
    subject: "contact details",
    strong: true,
  },
  {
    hint: hint("联系", "留个", "微信", "电报"),
    re: /联系(?:到)?你|联系方式|留个?\s*(?:tg|wx|vx|微信|电报|qq|联系方式|邮箱)/g,
    category: PDR,
    ruleId: "personal-data.contact-request",
    severity: "MEDIUM",
    subject: "contact details (Chinese request)",
    strong: true,
  },
  {
    hint: hint("phone", "fax", "mobile", "cell"),
    re: /\b(?:send|forward|include|provide|furnish|give|reply with|receive|need|needed|required|expect|look forward to)\b[^.!?\n]{0,40}?\b(?:your|ur)\s+(?:\w+\s+){0,2}?(?:telephone|phone|mobile|cell|fax)\b|\b(?:your|ur)\s+(?:private\s+|personal\s+|direct\s+)?(?:telephone|phone|mobile|fax)(?:\s+(?:numbers?|no))?\s+(?:is|are)\s+(?:also\s+)?(?:needed|required)\b|\byour full names?\b[^.!?\n]{0,30}?\b(?:address|phone|telephone|age|occupation|date of birth|country)\b/g,
    category: PDR,
    ruleId: "personal-data.basic",
    severity: "HIGH",
    subject: "phone number, name or address",
    strong: true,
  },
  {
    hint: hint(
      "iban",
      "swift",
      "routing",
      "account number",
      "wallet",
      "paypal",
      "btc address",
      "eth address",
      "bank details",
    ),
    re: /\b(?:send|give|share|pm|dm|add|provide|list|listed|forward|need|what'?s|what is|post|leave|drop)\b[^.!?\n]{0,30}?\b(?:your|ur|the|u)\s+(?:\w+\s+){0,2}?(?:iban|swift(?:\s+code)?|routing number|account number|bank details|(?:crypto\s+|usdt\s+|btc\s+|eth\s+|trc-?20\s+)?wallet(?:\s+address)?|paypal(?:\s+(?:e-?mail|account|address|id))?|btc address|eth address)\b/g,
    category: PDR,
    ruleId: "personal-data.bank-details",
    severity: "CRITICAL",
    subject: "bank, wallet or PayPal details to be paid outside the platform",
    alwaysViolation: true,
    unless:
      /\b(?:upwork|platform|withdraw\w*|payout method|settings page|testnet|deploy\w*|smart contracts?|contract address|token address)\b/,
  },
  {
    hint: hint("access", "login", "log-in", "credential"),
    re: /\b(?:give|send|share|provide|need)\b[^.!?\n]{0,20}?\b(?:admin|login|log-?in|root|account)\s+(?:access\s+)?(?:details|credentials|info|password)\b/g,
    category: PDR,
    ruleId: "personal-data.login",
    severity: "CRITICAL",
    subject: "login or admin access details",
    alwaysViolation: true,
  },
  {
    hint: hint("money", "fund", "sum", "proceeds", "amount", "consignment"),
    re: /\b(?:transfer\w*|remit\w*|move|moving|lodg\w*|deposit\w*|paid|pay|receiv\w*|releas\w*)\b[^.!?\n]{0,60}?\b(?:money|funds?|sum|proceeds|amount|consignment)\b[^.!?\n]{0,50}?\b(?:to|into|in|on)\s+(?:your|you|ur)\b[^.!?\n]{0,25}?\b(?:account|custody|position|name|favou?r|country|behalf)\b|\b(?:money|funds?|proceeds|sum)\b[^.!?\n]{0,40}?\b(?:to|into|in)\s+(?:your|ur)\s+(?:\w+\s+){0,2}?(?:account|custody|position)\b|\b(?:present|front|stand)\w*\s+(?:you\s+)?(?:in\s+)?as\s+(?:the\s+|a\s+)?(?:next of kin|beneficiary|co-?beneficiary|receiver)\b/g,
    category: PAYMENT,
    ruleId: "payment.fund-transfer",
    severity: "CRITICAL",
    subject: "money moved through the other party's account for a share",
    strong: true,
    unless: /\b(?:upwork|platform|withdraw\w*|payout)\b/,
  },
  {
    hint: hint("%", "percent", "ratio"),
    re: /\b\d{1,2}\s*(?:%|percent|per cent)\s*of\s+(?:the\s+)?(?:total\s+|entire\s+)?(?:sum|fund|funds|money|amount)\b|\bratio of\s+\d{1,2}\s*%|\b(?:entitled to|reward you with|offer you|give you|compensat\w* you)\s+\d{1,2}\s*(?:%|percent)/g,
    category: PAYMENT,
    ruleId: "payment.fund-transfer",
    severity: "CRITICAL",
    subject: "a share of money moved outside the platform",
    strong: true,
  },
  {
    hint: hint("paypal", "venmo", "zelle", "cashapp", "payable", "sponsor", "bitcoin", "btc", "ethereum", "usdt"),
    re: /\b(?:i(?:'ll| will| can| could)?|we(?:'ll| will| can)?)\s+(?:\w+\s+)?(?:paypal|venmo|zelle|cashapp)\s+(?:you|u)\b|\bpayable (?:by|via|through) (?:check|cheque|paypal|bank transfer|wire|crypto)\b|\bmake an? (?:paypal|venmo|zelle|wise|crypto|bitcoin) payment\b|\bsponsor (?:you|u) (?:with|in|via) (?:usdt|btc|eth|crypto|bitcoin)\b|\b(?:via|in|with) (?:bitcoin|btc|ethereum|eth|usdt)(?: or (?:bitcoin|btc|ethereum|eth|usdt))? only\b/g,
    category: PAYMENT,
    ruleId: "payment.direct",
    severity: "CRITICAL",
    subject: "paying or being paid outside the platform",
  },
  {
    hint: hint("mail", "text", "sms", "check", "offline", "phonecall", "phone call", "tienes", "hangouts", "meet"),
    re: /\b(?:send|drop|shoot)\s+(?:me|us)\s+an?\s+(?:e-?mail|mail|text|sms)\b|\b(?:please\s+)?check\s+(?:your\s+)?(?:telegram|whats ?app|skype|discord|wechat|signal)\b|\b(?:talk|chat|discuss|continue)\s+(?:this\s+|it\s+)?offline\b|\b(?:a|an|initial|quick|short|brief)\s+(?:phone ?call|phonecall)\b|\btienes? (?:whats ?app|telegram|correo|wsp)\b|\b(?:is|on|via|use|over) hangouts\b|\bcan (?:i|we) meet (?:you|u)\b/g,
    category: OPC,
    ruleId: "offplatform.bare-invite",
    severity: "MEDIUM",
    subject: "continue by e-mail, phone or an outside app",
    unless: /\b(?:zoom|platform|upwork|this chat|in-app|built-in)\b/,
  },
];

/** Chinese and Russian invitations, which word boundaries cannot delimit. */
const CJK_INVITE =
  /加我|加微信|微信号?|電報|电报|飞机号|联系方式|聯繫方式|联系我|請聯繫|请联系|私聊|發電子郵件|发电子邮件|tg的话|напиши(?:те)?\s+(?:мне\s+)?в|телеграм\w*|ватсап\w*|вотсап\w*|в\s+тг\b/g;
const FOREIGN_HANDLE =
  /(?:微信号?|wechat|vx|wx|qq|telegram|телеграм\w*|電報|电报)\s*[：:号]?\s*(@?[a-z0-9][a-z0-9_-]{4,30})/g;
const ABBREVIATED_HANDLE =
  /\b(?:tg|wa|ig|dc|add me|add me on)\s*(?:is|:|-|=|on)?\s*(@?[a-z][a-z0-9_.]{3,31})(?![a-z0-9@])/g;

function findForeign(lower: string, out: PhraseHit[]): void {
  if (!/[\u0400-\u04ff\u3400-\u9fff]|tg的/.test(lower)) return;
  CJK_INVITE.lastIndex = 0;
  for (let m = CJK_INVITE.exec(lower); m !== null && out.length < 40; m = CJK_INVITE.exec(lower)) {
    out.push({
      category: OPC,
      ruleId: "offplatform.foreign-invite",
      start: m.index,
      end: m.index + m[0].length,
      value: null,
      severity: "MEDIUM",
      subject: "continue outside the platform (Chinese or Russian invitation)",
    });
    if (/联系方式|聯繫方式/.test(m[0]) && /[您你]的|留一下|留下/.test(lower)) {
      out.push({
        category: PDR,
        ruleId: "personal-data.contact-request",
        start: m.index,
        end: m.index + m[0].length,
        value: null,
        severity: "MEDIUM",
        subject: "contact details",
      });
    }
  }
}

/** Handles named after a short or foreign app name ("tg is kira_77", "加我微信 zyf5350"): concrete values. */
export function findLooseHandles(lower: string): PhraseHit[] {
  const out: PhraseHit[] = [];
  for (const re of [FOREIGN_HANDLE, ABBREVIATED_HANDLE]) {
    if (re === FOREIGN_HANDLE && !/微信|wechat|vx|wx|qq|telegram|телеграм|電報|电报/.test(lower)) continue;
    if (re === ABBREVIATED_HANDLE && !/\b(?:tg|wa|ig|dc|add me)\b/.test(lower)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null && out.length < 20; m = re.exec(lower)) {
      const handle = m[1] ?? "";
      if (!/[0-9_]/.test(handle) && !handle.startsWith("@")) continue;
      if (/^\d+$/.test(handle.replace("@", "")) && handle.length < 7) continue;
      const start = m.index + m[0].length - handle.length;
      const base = { start, end: start + handle.length, value: handle, concrete: true };
      out.push({
        ...base,
        category: "CONTACT_SHARING",
        ruleId: "contact.messaging-handle",
        severity: "HIGH",
        subject: "a messaging-app username",
      });
      out.push({
        ...base,
        category: OPC,
        ruleId: "offplatform.messaging-app",
        severity: "MEDIUM",
        subject: "continue on an outside app",
      });
    }
  }
  return out;
}

/** "FULL NAME: ... ADDRESS: ... VALID ID:" over several lines: a form to fill in with identity data. */
const DOSSIER_LINE =
  /(?:^|\n|\s{2,}|[.;,]\s*)\s*[-*•]?\s*\(?(full\s*names?|first\s*name|last\s*name|surname|names?|(?:home|residential|mailing|postal|full|current)?\s*address|date\s*of\s*birth|d\.?o\.?b|birth\s*date|age|sex|gender|(?:phone|mobile|cell|telephone|whatsapp)(?:\s*(?:number|no\.?))?|e-?mail(?:\s*address)?|(?:valid\s*)?(?:id|identification)(?:\s*(?:card|number|type))?|passport(?:\s*number)?|driver'?s?\s*licen[cs]e|ssn|social\s*security(?:\s*number)?|country|city|state|zip(?:\s*code)?|postal\s*code|occupation|marital\s*status|nationality|bank\s*name|account\s*(?:number|name)|routing\s*number)\)?\s*[:=\-]/g;
const SENSITIVE_FIELD = /id|identification|passport|licen|ssn|social|bank|account|routing/;

function findDossier(lower: string): PhraseHit | null {
  if (!lower.includes(":") && !lower.includes("=")) return null;
  const fields: Array<{ start: number; end: number; name: string }> = [];
  DOSSIER_LINE.lastIndex = 0;
  for (let m = DOSSIER_LINE.exec(lower); m !== null; m = DOSSIER_LINE.exec(lower)) {
    const name = (m[1] ?? "").replace(/\s+/g, " ");
    fields.push({ start: m.index + m[0].indexOf(m[1] ?? ""), end: m.index + m[0].length, name });
    if (fields.length > 40) break;
  }
  const names = new Set(fields.map((f) => f.name.replace(/^(?:home|residential|mailing|postal|full|current) /, "")));
  const identity = [...names].some((n) =>
    /address|birth|dob|d\.o\.b|age|sex|gender|id|passport|licen|ssn|social|nationality|marital|bank|account|routing/.test(
      n,
    ),
  );
  if (names.size < 3 || !identity) return null;
  const first = fields[0];
  const last = fields[fields.length - 1];
  if (!first || !last) return null;
  const sensitive = [...names].some((n) => SENSITIVE_FIELD.test(n) && !/^e-?mail/.test(n));
  return {
    category: PDR,
    ruleId: "personal-data.dossier",
    start: first.start,
    end: last.end,
    value: null,
    severity: sensitive ? "CRITICAL" : "HIGH",
    subject: `identity details as a form (${[...names].slice(0, 5).join(", ")})`,
    alwaysViolation: sensitive,
  };
}

export function findPhraseHits(ctx: MessageContext): PhraseHit[] {
  const lower = ctx.lower;
  const out: PhraseHit[] = [];
  for (const rule of RULES) {
    if (!ctx.has(rule.hint)) continue;
    rule.re.lastIndex = 0;
    let count = 0;
    for (let m = rule.re.exec(lower); m !== null; m = rule.re.exec(lower)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (rule.unless && rule.unless.test(ctx.sentenceText(start))) continue;
      if (ctx.isNegated(start)) continue;
      // Wording strong enough to count like a value still describes, not proposes, inside a warning or report.
      if (rule.strong && ctx.isDiscussion(start)) continue;
      out.push({
        category: rule.category,
        ruleId: rule.ruleId,
        start,
        end,
        value: rule.value ?? null,
        severity: rule.severity,
        subject: rule.subject,
        alwaysViolation: rule.alwaysViolation,
        strong: rule.strong,
      });
      if (++count >= 20) break;
    }
  }
  findForeign(lower, out);
  const dossier = findDossier(lower);
  if (dossier) out.push(dossier);
  return out;
}
