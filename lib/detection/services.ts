/**
 * Outside services by role. Patterns run on the lower-cased, de-obfuscated view
 * and allow the spellings people use ("whats app", "what's app", "tele gram").
 */
export interface Service {
  label: string;
  pattern: string;
}

export const MESSAGING_APPS: readonly Service[] = [
  { label: "WhatsApp", pattern: "what'?s[ -]?app|whatsap+|watt?s[ -]?ap+|whtsap+" },
  { label: "Telegram", pattern: "tele[ -]?gram|telegarm|telgram|telegrm" },
  { label: "Skype", pattern: "skype" },
  { label: "Discord", pattern: "discord" },
  { label: "WeChat", pattern: "we[ -]?chat|weixin" },
  { label: "Signal", pattern: "signal" },
  { label: "Viber", pattern: "viber" },
  { label: "Snapchat", pattern: "snapchat" },
  { label: "Instagram", pattern: "instagram|insta" },
  { label: "Facebook Messenger", pattern: "facebook messenger|fb messenger|messenger|facebook" },
  { label: "LINE", pattern: "line app|line messenger" },
  { label: "KakaoTalk", pattern: "kakao ?talk" },
  { label: "Zalo", pattern: "zalo" },
  { label: "iMessage", pattern: "imessage" },
  { label: "Slack", pattern: "slack" },
  { label: "LinkedIn", pattern: "linkedin" },
  { label: "Threema", pattern: "threema" },
  { label: "Wickr", pattern: "wickr" },
  { label: "Kik", pattern: "kik" },
  { label: "Google Chat", pattern: "google chat|gchat" },
];

/** Video tools. Zoom is handled on its own: the platform's meetings are built on it. */
export const MEETING_APPS: readonly Service[] = [
  { label: "Google Meet", pattern: "google meet|gmeet|g meet" },
  { label: "Microsoft Teams", pattern: "ms teams|microsoft teams|teams" },
  { label: "Google Hangouts", pattern: "google hangouts|hangouts?" },
  { label: "Webex", pattern: "webex" },
  { label: "GoToMeeting", pattern: "goto ?meeting" },
  { label: "Whereby", pattern: "whereby" },
  { label: "Jitsi", pattern: "jitsi" },
  { label: "FaceTime", pattern: "facetime" },
];

/** Short forms only trusted right before a handle ("tg @name"). */
export const APP_ABBREVIATIONS: Readonly<Record<string, string>> = {
  tg: "Telegram",
  wa: "WhatsApp",
  ig: "Instagram",
  dc: "Discord",
  fb: "Facebook",
};

export function alternation(services: readonly Service[]): string {
  return services.map((s) => s.pattern).join("|");
}

const anchored = new Map<Service, RegExp>();

/** Which service a matched name belongs to, for the explanation and the value. */
export function labelFor(services: readonly Service[], matched: string): string {
  for (const s of services) {
    let re = anchored.get(s);
    if (!re) {
      re = new RegExp(`^(?:${s.pattern})$`);
      anchored.set(s, re);
    }
    if (re.test(matched)) return s.label;
  }
  return matched;
}
