import type { Match } from "linkify-it";
import { isReservedDomain } from "./tlds";

export type LinkKind = "messaging" | "meeting" | "form" | "document" | "social";

export interface LinkMatch {
  start: number;
  end: number;
  url: string;
  kind: LinkKind;
  service: string;
}

interface HostRule {
  host: RegExp;
  path?: RegExp;
  kind: LinkKind;
  service: string;
}

/** Ordered: the first rule whose host (and path, if given) matches decides. */
const HOST_RULES: readonly HostRule[] = [
  { host: /^(?:t|telegram)\.me$|^telegram\.(?:dog|org)$/, kind: "messaging", service: "Telegram" },
  { host: /^wa\.me$|^(?:api|chat|web)\.whatsapp\.com$|^wa\.link$/, kind: "messaging", service: "WhatsApp" },
  {
    host: /^discord\.gg$|^(?:discord|discordapp)\.com$/,
    path: /^\/(?:invite|users)\//,
    kind: "messaging",
    service: "Discord",
  },
  { host: /^discord\.gg$/, kind: "messaging", service: "Discord" },
  { host: /^join\.skype\.com$/, kind: "messaging", service: "Skype" },
  { host: /^m\.me$/, kind: "messaging", service: "Facebook Messenger" },
  { host: /^signal\.(?:me|group)$/, kind: "messaging", service: "Signal" },
  { host: /^line\.me$/, kind: "messaging", service: "LINE" },
  { host: /^u\.wechat\.com$/, kind: "messaging", service: "WeChat" },
  { host: /^invite\.viber\.com$/, kind: "messaging", service: "Viber" },
  { host: /(?:^|\.)zoom\.(?:us|com)$/, path: /^\/(?:j|my|s|w|meeting)\b/, kind: "meeting", service: "Zoom" },
  { host: /^meet\.google\.com$/, kind: "meeting", service: "Google Meet" },
  { host: /^teams\.(?:microsoft|live)\.com$/, kind: "meeting", service: "Microsoft Teams" },
  { host: /^hangouts\.google\.com$/, kind: "meeting", service: "Google Hangouts" },
  { host: /(?:^|\.)webex\.com$/, kind: "meeting", service: "Webex" },
  { host: /(?:^|\.)(?:gotomeeting\.com|gotomeet\.me)$|^meet\.goto\.com$/, kind: "meeting", service: "GoToMeeting" },
  { host: /^whereby\.com$|^meet\.jit\.si$/, kind: "meeting", service: "a video-call service" },
  { host: /^calendly\.com$/, kind: "meeting", service: "Calendly" },
  { host: /^docs\.google\.com$/, path: /^\/forms\//, kind: "form", service: "Google Forms" },
  { host: /^forms\.gle$/, kind: "form", service: "Google Forms" },
  { host: /^forms\.(?:office|microsoft)\.com$/, kind: "form", service: "Microsoft Forms" },
  { host: /(?:^|\.)(?:typeform|jotform|surveymonkey)\.com$/, kind: "form", service: "an outside form" },
  { host: /^(?:docs|drive)\.google\.com$/, kind: "document", service: "Google Drive" },
  { host: /^onedrive\.live\.com$|^1drv\.ms$|(?:^|\.)sharepoint\.com$/, kind: "document", service: "OneDrive" },
  { host: /(?:^|\.)dropbox\.com$|^db\.tt$/, kind: "document", service: "Dropbox" },
  { host: /(?:^|\.)linkedin\.com$/, path: /^\/in\//, kind: "social", service: "LinkedIn" },
  { host: /(?:^|\.)(?:facebook|fb)\.com$/, kind: "social", service: "Facebook" },
  { host: /(?:^|\.)instagram\.com$/, kind: "social", service: "Instagram" },
  { host: /(?:^|\.)(?:twitter|x)\.com$/, kind: "social", service: "X (Twitter)" },
  { host: /(?:^|\.)tiktok\.com$/, kind: "social", service: "TikTok" },
  { host: /^vk\.com$/, kind: "social", service: "VK" },
];

function splitUrl(url: string): { host: string; path: string } {
  const withoutScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/^\/\//, "");
  const slash = withoutScheme.search(/[/?#]/);
  const hostPort = slash < 0 ? withoutScheme : withoutScheme.slice(0, slash);
  const path = slash < 0 ? "/" : withoutScheme.slice(slash);
  const host = hostPort
    .replace(/^[^@]*@/, "")
    .replace(/:\d+$/, "")
    .toLowerCase()
    .replace(/^www\./, "");
  return { host, path: path.startsWith("/") ? path : `/${path}` };
}

/** Links to outside channels; ordinary websites and repositories are not findings. */
export function classifyLinks(matches: readonly Match[]): LinkMatch[] {
  const out: LinkMatch[] = [];
  for (const m of matches) {
    if (m.schema === "mailto:") continue;
    const { host, path } = splitUrl(m.url);
    if (isReservedDomain(host)) continue;
    const rule = HOST_RULES.find((r) => r.host.test(host) && (!r.path || r.path.test(path)));
    if (!rule) continue;
    out.push({ start: m.index, end: m.lastIndex, url: m.url, kind: rule.kind, service: rule.service });
  }
  return out;
}
