/**
 * Demo data for the Trust & Safety console: a small slice of a freelance
 * marketplace (accounts, job postings, message threads, community topics)
 * and the user reports filed about it.
 *
 * Pure data, no imports. Times are relative ("days ago", "minutes after the
 * thread started") so a seed script can anchor them to "now".
 *
 * All phone numbers are in ranges reserved for fiction (+1 xxx 555 01xx,
 * +44 7700 900xxx, +61 491 570 xxx); e-mail local parts, handles, meeting
 * and document links are invented.
 *
 * The scam rings deliberately reuse contact values across fresh accounts so
 * that the console can link them:
 *   - Telegram "hr_desk_maria": brightpath, harborline, quantumleap (+ a forum spammer)
 *   - WhatsApp +1 415 555 0142 (in many spellings): gloria, mira, vela (+ the forum spammer)
 *   - Skype live:.cid.7c1e94a2b0d3: brightpath, apex
 */

export type DemoAccountKind = "CLIENT" | "FREELANCER";
export type DemoReportReason =
  "OFF_PLATFORM_CONTACT" | "OFF_PLATFORM_PAYMENT" | "PHISHING" | "SCAM_JOB" | "SPAM" | "HARASSMENT" | "OTHER";

export interface DemoAccount {
  /** Stable id used to reference the account elsewhere in this file. */
  key: string;
  /** Unique, lowercase. */
  handle: string;
  displayName: string;
  kind: DemoAccountKind;
  /** ISO 3166 alpha-2. */
  country: string;
  joinedDaysAgo: number;
  paymentVerified: boolean;
  badges: string[];
  /** Default ACTIVE. */
  status?: "ACTIVE" | "RESTRICTED" | "SUSPENDED";
  /** With RESTRICTED: days until the restriction ends. */
  restrictedForDays?: number;
  strikeCount?: number;
}

export interface DemoJob {
  key: string;
  clientKey: string;
  title: string;
  description: string;
  postedDaysAgo: number;
  status?: "OPEN" | "TAKEN_DOWN" | "CLOSED";
}

export interface DemoMessage {
  from: "client" | "freelancer";
  text: string;
  /** Increasing within a thread. */
  minutesAfterStart: number;
}

export interface DemoThread {
  key: string;
  jobKey: string;
  freelancerKey: string;
  startedDaysAgo: number;
  messages: DemoMessage[];
  /**
   * A contract started just before message index `startsAtMessage` (and
   * ended just before `endsAtMessage`, if set).
   */
  contract?: { startsAtMessage: number; endsAtMessage?: number };
}

export interface DemoForumTopic {
  key: string;
  title: string;
  startedDaysAgo: number;
  posts: { authorKey: string; text: string; minutesAfterStart: number }[];
}

export type DemoSubject =
  | { type: "JOB"; jobKey: string }
  | { type: "ACCOUNT"; accountKey: string }
  /** A job thread or forum topic key. */
  | { type: "THREAD"; threadKey: string }
  | { type: "MESSAGE"; threadKey: string; messageIndex: number };

export interface DemoReport {
  key: string;
  reporterKey: string;
  subject: DemoSubject;
  reason: DemoReportReason;
  comment?: string;
  hoursAgo: number;
}

// ───────────────────────────── accounts ─────────────────────────────

export const demoAccounts: DemoAccount[] = [
  // Established clients with verified payment.
  {
    key: "acc-client-nimbus",
    handle: "nimbus_studio",
    displayName: "Nimbus Studio",
    kind: "CLIENT",
    country: "US",
    joinedDaysAgo: 1460,
    paymentVerified: true,
    badges: ["Plus"],
  },
  {
    key: "acc-client-orchard",
    handle: "orchard_analytics",
    displayName: "Orchard Analytics Ltd",
    kind: "CLIENT",
    country: "GB",
    joinedDaysAgo: 350,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-client-ferncliff",
    handle: "ferncliff_outfitters",
    displayName: "Ferncliff Outfitters",
    kind: "CLIENT",
    country: "CA",
    joinedDaysAgo: 905,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-client-kestrel",
    handle: "kestrel_plumbing",
    displayName: "Kestrel Plumbing & Heating",
    kind: "CLIENT",
    country: "US",
    joinedDaysAgo: 2100,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-client-sandhill",
    handle: "domaine_sandhill",
    displayName: "Domaine de Sandhill",
    kind: "CLIENT",
    country: "FR",
    joinedDaysAgo: 1100,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-client-lumen",
    handle: "lumen_video_co",
    displayName: "Lumen Video Co.",
    kind: "CLIENT",
    country: "AU",
    joinedDaysAgo: 480,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-client-otterly",
    handle: "otterly_apps",
    displayName: "Otterly Apps GmbH",
    kind: "CLIENT",
    country: "DE",
    joinedDaysAgo: 620,
    paymentVerified: true,
    badges: ["Plus"],
  },
  {
    key: "acc-client-tidepool",
    handle: "tidepool_trust",
    displayName: "Tidepool Community Trust",
    kind: "CLIENT",
    country: "NZ",
    joinedDaysAgo: 760,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-client-marlow",
    handle: "marlow_finch",
    displayName: "Marlow & Finch Digital",
    kind: "CLIENT",
    country: "IE",
    joinedDaysAgo: 1500,
    paymentVerified: true,
    badges: ["Enterprise"],
  },
  // A genuine newcomer: fresh and unverified, but honest.
  {
    key: "acc-client-pinecone",
    handle: "pinecone_bakery",
    displayName: "Pinecone Bakery",
    kind: "CLIENT",
    country: "US",
    joinedDaysAgo: 9,
    paymentVerified: false,
    badges: [],
  },

  // Fresh, unverified "clients" running scams.
  {
    key: "acc-client-brightpath",
    handle: "brightpath_recruiting",
    displayName: "BrightPath Recruiting",
    kind: "CLIENT",
    country: "US",
    joinedDaysAgo: 4,
    paymentVerified: false,
    badges: [],
  },
  {
    key: "acc-client-gloria",
    handle: "gloria_mgmt",
    displayName: "Gloria Management Group",
    kind: "CLIENT",
    country: "GB",
    joinedDaysAgo: 9,
    paymentVerified: false,
    badges: [],
  },
  {
    key: "acc-client-apex",
    handle: "apex_review_hub",
    displayName: "Apex Review Hub",
    kind: "CLIENT",
    country: "US",
    joinedDaysAgo: 14,
    paymentVerified: false,
    badges: [],
    status: "SUSPENDED",
    strikeCount: 3,
  },
  {
    key: "acc-client-harborline",
    handle: "harborline_exec",
    displayName: "Harborline Executive Services",
    kind: "CLIENT",
    country: "CA",
    joinedDaysAgo: 2,
    paymentVerified: false,
    badges: [],
  },
  {
    key: "acc-client-quantumleap",
    handle: "quantumleap_media",
    displayName: "QuantumLeap Media",
    kind: "CLIENT",
    country: "US",
    joinedDaysAgo: 1,
    paymentVerified: false,
    badges: [],
  },
  {
    key: "acc-client-mira",
    handle: "mira_finance_hr",
    displayName: "Mira Finance HR",
    kind: "CLIENT",
    country: "AE",
    joinedDaysAgo: 17,
    paymentVerified: false,
    badges: [],
  },
  {
    key: "acc-client-vela",
    handle: "vela_social",
    displayName: "Vela Social Agency",
    kind: "CLIENT",
    country: "GB",
    joinedDaysAgo: 20,
    paymentVerified: false,
    badges: [],
    status: "RESTRICTED",
    restrictedForDays: 7,
    strikeCount: 1,
  },

  // Newer freelancers (the usual targets).
  {
    key: "acc-fl-kwame",
    handle: "kwame_asante",
    displayName: "Kwame Asante",
    kind: "FREELANCER",
    country: "GH",
    joinedDaysAgo: 5,
    paymentVerified: false,
    badges: [],
  },
  {
    key: "acc-fl-fatima",
    handle: "fatima_rizvi",
    displayName: "Fatima Rizvi",
    kind: "FREELANCER",
    country: "PK",
    joinedDaysAgo: 14,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-fl-leila",
    handle: "leila_mansour",
    displayName: "Leila Mansour",
    kind: "FREELANCER",
    country: "EG",
    joinedDaysAgo: 3,
    paymentVerified: false,
    badges: [],
  },
  {
    key: "acc-fl-sam",
    handle: "sam_writes",
    displayName: "Sam Porter",
    kind: "FREELANCER",
    country: "US",
    joinedDaysAgo: 10,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-fl-zoe",
    handle: "zoe_copy",
    displayName: "Zoe Hartley",
    kind: "FREELANCER",
    country: "GB",
    joinedDaysAgo: 20,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-fl-nadia",
    handle: "nadia_bookkeeping",
    displayName: "Nadia El Amrani",
    kind: "FREELANCER",
    country: "MA",
    joinedDaysAgo: 18,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-fl-sofia",
    handle: "sofia_va",
    displayName: "Sofia Dela Cruz",
    kind: "FREELANCER",
    country: "PH",
    joinedDaysAgo: 22,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-fl-chris",
    handle: "chris_edits",
    displayName: "Chris Tremblay",
    kind: "FREELANCER",
    country: "CA",
    joinedDaysAgo: 12,
    paymentVerified: false,
    badges: [],
  },
  {
    key: "acc-fl-amara",
    handle: "amara_ea",
    displayName: "Amara Okafor",
    kind: "FREELANCER",
    country: "NG",
    joinedDaysAgo: 25,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-fl-priya",
    handle: "priya_sheets",
    displayName: "Priya Nair",
    kind: "FREELANCER",
    country: "IN",
    joinedDaysAgo: 60,
    paymentVerified: true,
    badges: ["Rising Talent"],
  },
  {
    key: "acc-fl-grace",
    handle: "grace_kimani_design",
    displayName: "Grace Kimani",
    kind: "FREELANCER",
    country: "KE",
    joinedDaysAgo: 40,
    paymentVerified: true,
    badges: ["Rising Talent"],
  },
  {
    key: "acc-fl-ivan",
    handle: "ivan_wpfix",
    displayName: "Ivan Petrović",
    kind: "FREELANCER",
    country: "RS",
    joinedDaysAgo: 30,
    paymentVerified: true,
    badges: [],
    status: "RESTRICTED",
    restrictedForDays: 3,
    strikeCount: 2,
  },
  {
    key: "acc-fl-fastcash",
    handle: "fastcash_mentor",
    displayName: "FastCash Mentor",
    kind: "FREELANCER",
    country: "US",
    joinedDaysAgo: 2,
    paymentVerified: false,
    badges: [],
  },

  // Experienced freelancers.
  {
    key: "acc-fl-marco",
    handle: "marco_flutter",
    displayName: "Marco Bellini",
    kind: "FREELANCER",
    country: "IT",
    joinedDaysAgo: 800,
    paymentVerified: true,
    badges: ["Top Rated"],
  },
  {
    key: "acc-fl-jonas",
    handle: "jonas_cuts",
    displayName: "Jonas Lindqvist",
    kind: "FREELANCER",
    country: "SE",
    joinedDaysAgo: 520,
    paymentVerified: true,
    badges: ["Rising Talent"],
  },
  {
    key: "acc-fl-bea",
    handle: "bea_subtitles",
    displayName: "Beatriz Carvalho",
    kind: "FREELANCER",
    country: "PT",
    joinedDaysAgo: 650,
    paymentVerified: true,
    badges: ["Top Rated"],
  },
  {
    key: "acc-fl-ana",
    handle: "ana_ux",
    displayName: "Ana Ribeiro",
    kind: "FREELANCER",
    country: "BR",
    joinedDaysAgo: 950,
    paymentVerified: true,
    badges: ["Expert-Vetted", "Top Rated Plus"],
  },
  {
    key: "acc-fl-tomas",
    handle: "tomas_wp",
    displayName: "Tomáš Novák",
    kind: "FREELANCER",
    country: "CZ",
    joinedDaysAgo: 400,
    paymentVerified: true,
    badges: ["Top Rated"],
  },
  {
    key: "acc-fl-oleksii",
    handle: "oleksii_react",
    displayName: "Oleksii Kovalenko",
    kind: "FREELANCER",
    country: "UA",
    joinedDaysAgo: 1600,
    paymentVerified: true,
    badges: ["Expert-Vetted", "Top Rated Plus"],
  },
  {
    key: "acc-fl-rahul",
    handle: "rahul_integrations",
    displayName: "Rahul Mehta",
    kind: "FREELANCER",
    country: "IN",
    joinedDaysAgo: 1200,
    paymentVerified: true,
    badges: ["Top Rated"],
  },
  {
    key: "acc-fl-joanna",
    handle: "joanna_books",
    displayName: "Joanna Reyes",
    kind: "FREELANCER",
    country: "PH",
    joinedDaysAgo: 700,
    paymentVerified: true,
    badges: ["Top Rated"],
  },
  {
    key: "acc-fl-diego",
    handle: "diego_translates",
    displayName: "Diego Ramírez",
    kind: "FREELANCER",
    country: "MX",
    joinedDaysAgo: 2200,
    paymentVerified: true,
    badges: ["Top Rated Plus"],
  },
  {
    key: "acc-fl-lucia",
    handle: "lucia_translates",
    displayName: "Lucía Fernández",
    kind: "FREELANCER",
    country: "ES",
    joinedDaysAgo: 1800,
    paymentVerified: true,
    badges: ["Top Rated"],
  },
  {
    key: "acc-fl-hana",
    handle: "hana_illustrates",
    displayName: "Hana Sato",
    kind: "FREELANCER",
    country: "JP",
    joinedDaysAgo: 180,
    paymentVerified: true,
    badges: ["Rising Talent"],
  },
  {
    key: "acc-fl-ben",
    handle: "ben_frontend",
    displayName: "Ben Walsh",
    kind: "FREELANCER",
    country: "AU",
    joinedDaysAgo: 1000,
    paymentVerified: true,
    badges: ["Top Rated"],
  },
  // Appended later: a fresh client whose only job posting is a recruitment
  // scam (the detector reads job text too; its case is the last one opened).
  {
    key: "acc-client-corvid",
    handle: "corvid_talent_group",
    displayName: "Corvid Talent Group",
    kind: "CLIENT",
    country: "GB",
    joinedDaysAgo: 2,
    paymentVerified: false,
    badges: [],
  },
];

// ───────────────────────────── jobs ─────────────────────────────

export const demoJobs: DemoJob[] = [
  // Scam postings.
  {
    key: "job-data-entry-assistant",
    clientKey: "acc-client-brightpath",
    title: "Data Entry Assistant – $45/hr, no experience needed",
    description:
      "We are hiring 20 data entry assistants immediately!! No experience required, training given. Work from home 2-5 hours a day, $45 per hour, paid weekly. Only requirement is a laptop and a good attitude. Shortlisted applicants will be contacted by our hiring manager.",
    postedDaysAgo: 3,
  },
  {
    key: "job-chat-support-agent",
    clientKey: "acc-client-gloria",
    title: "Remote Chat Support Agent (flexible hours, weekly pay)",
    description:
      "Fast growing e-commerce brand needs chat agents to answer customer questions. Flexible schedule, $32/hr + performance bonus. Beginners welcome. Our supervisor will onboard you personally the same day.",
    postedDaysAgo: 7,
  },
  {
    key: "job-product-tester",
    clientKey: "acc-client-apex",
    title: "Product Tester / Online Review Assistant",
    description:
      "Buy selected products, test them at home and post honest reviews on marketplaces. We refund every purchase and add $25 commission per review. Unlimited reviews per week, great side income.",
    postedDaysAgo: 12,
    status: "TAKEN_DOWN",
  },
  {
    key: "job-ceo-assistant",
    clientKey: "acc-client-harborline",
    title: "Personal Assistant to CEO – $38/h, start today",
    description:
      "Busy CEO needs a reliable personal assistant for email, calendar and travel bookings. Start today, long-term. Written interview, results within the hour.",
    postedDaysAgo: 1.8,
  },
  {
    key: "job-audio-transcription",
    clientKey: "acc-client-quantumleap",
    title: "Audio transcription – beginners welcome, $40/hr",
    description:
      "Transcribe short audio clips (podcasts, interviews). Beginners welcome, no tests, no software to buy. $40/hr. Our project manager sends the files.",
    postedDaysAgo: 0.9,
  },
  {
    key: "job-payroll-assistant",
    clientKey: "acc-client-mira",
    title: "Payroll & Finance Assistant (training provided)",
    description:
      "International firm seeks a part-time payroll assistant. Full training on our internal system. $36/h. Must be honest and detail oriented.",
    postedDaysAgo: 16,
  },
  {
    key: "job-social-moderator",
    clientKey: "acc-client-vela",
    title: "Social media moderator – part time, $50/h",
    description:
      "Moderate comments on our clients' Instagram and TikTok pages. Part time, $50/h after a one-week paid training. Beginners can apply.",
    postedDaysAgo: 19,
  },

  // Genuine postings.
  {
    key: "job-logo-refresh",
    clientKey: "acc-client-nimbus",
    title: "Logo refresh for a specialty coffee roaster",
    description:
      "Our studio is refreshing the identity of a small coffee roaster. Keep the coffee-bean mark, modernise the wordmark, deliver SVG/PDF/PNG plus a one-page usage sheet. Fixed price, about one week.",
    postedDaysAgo: 22,
  },
  {
    key: "job-picture-book",
    clientKey: "acc-client-nimbus",
    title: "Children's picture book illustrations (12 spreads, watercolour)",
    description:
      "Indie publisher project: 12 double-page spreads plus cover, soft watercolour style, print-ready at 300 dpi CMYK. Printer slot is fixed so the schedule matters.",
    postedDaysAgo: 15,
  },
  {
    key: "job-app-icons",
    clientKey: "acc-client-nimbus",
    title: "Icon set for a meditation app (24 icons)",
    description: "24 line icons in two weights, 24px grid, delivered as SVG and a Figma component set.",
    postedDaysAgo: 90,
    status: "CLOSED",
  },
  {
    key: "job-react-dashboard",
    clientKey: "acc-client-orchard",
    title: "React + TypeScript analytics dashboard (charts, tables, CSV export)",
    description:
      "Internal analytics dashboard on top of our REST API (OpenAPI spec available). About 8 charts, 3 filterable tables, CSV export. Auth already handled by our gateway. Estimated 50-70 hours.",
    postedDaysAgo: 10,
  },
  {
    key: "job-books-cleanup",
    clientKey: "acc-client-ferncliff",
    title: "QuickBooks Online cleanup for 2023 (reconciliations + uncategorised)",
    description:
      "Outdoor gear shop, about 400 uncategorised transactions and two bank accounts not reconciled since August. Must be finished before our accountant's deadline at the end of March.",
    postedDaysAgo: 21,
  },
  {
    key: "job-sheets-invoicing",
    clientKey: "acc-client-ferncliff",
    title: "Google Sheets / Apps Script: automatic invoice numbering and PDFs",
    description:
      "We issue ~120 invoices a month from a spreadsheet. Need sequential numbering per year, a PDF per invoice and a log tab. Optional: email the PDF to the customer.",
    postedDaysAgo: 30,
  },
  {
    key: "job-wordpress-fixes",
    clientKey: "acc-client-kestrel",
    title: "Fix WordPress site: slow pages, contact form not delivering",
    description:
      "Our company site loads slowly on phones and the contact form stopped arriving about a month ago. Looking for someone to fix both and tidy up plugins.",
    postedDaysAgo: 9,
  },
  {
    key: "job-wine-translation",
    clientKey: "acc-client-sandhill",
    title: "Translate wine catalogue FR → EN and FR → ES (14,500 words)",
    description:
      "Family estate catalogue, 42 pages: tasting notes, estate history, technical sheets. Native-level EN and ES needed, wine vocabulary a must. Sample page on request.",
    postedDaysAgo: 6,
  },
  {
    key: "job-youtube-editing",
    clientKey: "acc-client-lumen",
    title: "Edit 6 YouTube videos (talking head + b-roll, Premiere Pro)",
    description:
      "Six 8-12 minute videos, burned-in captions in our brand font, light colour correction, music from our library. Milestone per video.",
    postedDaysAgo: 10,
  },
  {
    key: "job-doc-subtitles",
    clientKey: "acc-client-lumen",
    title: "Subtitles for a 52-min documentary (PT and EN, SRT)",
    description:
      "Portuguese documentary with some English interviews. Need timed PT and EN subtitle files following a standard style guide.",
    postedDaysAgo: 18,
  },
  {
    key: "job-whatsapp-api",
    clientKey: "acc-client-otterly",
    title: "WhatsApp Business API integration for a booking app",
    description:
      "Send appointment confirmations and reminders through the WhatsApp Business (Cloud) API, handle replies via webhook (confirm / reschedule). Node.js backend on AWS Lambda, Postgres.",
    postedDaysAgo: 14,
  },
  {
    key: "job-ux-audit",
    clientKey: "acc-client-otterly",
    title: "UX audit of our app onboarding (Figma available)",
    description:
      "Our onboarding loses 38% of users at step 3. Looking for an experienced UX researcher for a heuristic review, a few quick user tests and a prioritised list of fixes.",
    postedDaysAgo: 27,
  },
  {
    key: "job-grant-editing",
    clientKey: "acc-client-tidepool",
    title: "Copy-edit an 11-page grant proposal",
    description:
      "Community trust applying to a regional foundation. Need tightening, consistent terminology and a final proofread. Tracked changes in Word.",
    postedDaysAgo: 9,
  },
  {
    key: "job-bakery-website",
    clientKey: "acc-client-pinecone",
    title: "Simple website for our bakery (Squarespace or similar)",
    description:
      "Small neighbourhood bakery. We need a menu, photos, opening hours, a map and a way for people to ask about custom cakes. We are not technical!",
    postedDaysAgo: 7,
  },
  {
    key: "job-flutter-bugfix",
    clientKey: "acc-client-marlow",
    title: "Flutter developer: fix iOS crash in appointment calendar",
    description:
      "Our Flutter app crashes on some iPhones when the calendar screen opens. Need a diagnosis, a fix and a TestFlight build. Small, well-scoped task.",
    postedDaysAgo: 5,
  },

  // Appended later: a scam posting whose own text sends applicants off the
  // platform and asks them to pay. No one reported it; the detector did.
  {
    key: "job-remote-onboarding",
    clientKey: "acc-client-corvid",
    title: "Remote onboarding assistant – weekly pay, full training",
    description:
      "Join our growing remote team as an onboarding assistant, 15-20 hours a week from home, $34/hr. No interview on this site: once you apply, write to our HR coordinator on Telegram @corvid_hr_desk or on WhatsApp +44 7700 900321 to receive the starter pack. Before the first shift every new assistant pays a one-time training fee of $60 by gift card; it is refunded with your first weekly salary.",
    postedDaysAgo: 0.4,
  },
];

// ───────────────────────────── job threads ─────────────────────────────

export const demoThreads: DemoThread[] = [
  // ── BrightPath: Telegram, Skype, Google Form, ID scan ──
  {
    key: "th-data-entry-kwame",
    jobKey: "job-data-entry-assistant",
    freelancerKey: "acc-fl-kwame",
    startedDaysAgo: 2.8,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hello, I just applied for the data entry role. I'm new here but I type fast (around 70 wpm) and I'm careful with details. When could I start?",
      },
      {
        from: "client",
        minutesAfterStart: 14,
        text: "Hi Kwame thanks for applying!! You are shortlisted. Our hiring manager Maria does all interviews on telegram, message her now: @hr_desk_maria",
      },
      {
        from: "freelancer",
        minutesAfterStart: 31,
        text: "Is it possible to do the interview here? I read we should stay in the platform messages until there is a contract.",
      },
      {
        from: "client",
        minutesAfterStart: 33,
        text: "Its fine everyone does it this way. t.me/hr_desk_maria  . Position closes today so be quick",
      },
      {
        from: "client",
        minutesAfterStart: 40,
        text: "Also before interview send me your full name, gender and date of birth so i can register you in HR system",
      },
      {
        from: "freelancer",
        minutesAfterStart: 72,
        text: "I'd rather not share that yet. If you send an offer through here I'm happy to continue.",
      },
      { from: "client", minutesAfterStart: 75, text: "ok then you loose the job. many others waiting" },
    ],
  },
  {
    key: "th-data-entry-fatima",
    jobKey: "job-data-entry-assistant",
    freelancerKey: "acc-fl-fatima",
    startedDaysAgo: 2.5,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Assalam o alaikum, I saw your post for data entry assistant. I have 2 years of Excel work and type in English and Urdu. Is the rate really $45 per hour?",
      },
      {
        from: "client",
        minutesAfterStart: 22,
        text: "Yes dear the rate is $45/h, weekly payment, no experience needed. Add our recruiter on Skype for a quick interview: live:.cid.7c1e94a2b0d3",
      },
      {
        from: "freelancer",
        minutesAfterStart: 40,
        text: "Thank you, but I don't work outside the platform before a contract. We can use the video call button here if you want to talk.",
      },
      {
        from: "client",
        minutesAfterStart: 41,
        text: "skype is more easy for us, we have many applicants. just add and say hi",
      },
      { from: "freelancer", minutesAfterStart: 58, text: "Sorry, I will wait for an offer here. Have a nice day." },
      {
        from: "client",
        minutesAfterStart: 300,
        text: "Last chance!! add live:.cid.7c1e94a2b0d3 before 6pm or the position is gone",
      },
    ],
  },
  {
    key: "th-data-entry-leila",
    jobKey: "job-data-entry-assistant",
    freelancerKey: "acc-fl-leila",
    startedDaysAgo: 1.9,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hi! I'm Leila, I just joined. I'm interested in the data entry job, I can work 4-6 hours a day.",
      },
      {
        from: "client",
        minutesAfterStart: 9,
        text: "Hello Leila. Please complete the online interview form first, it takes 10 min: docs.google.com/forms/d/e/1FAIpQLSd8xQ2kHrRz/viewform",
      },
      { from: "freelancer", minutesAfterStart: 27, text: "done!! I filled it. what is next?" },
      {
        from: "client",
        minutesAfterStart: 29,
        text: "Good. For verification we need a clear scan of your national ID (both sides) and a selfie holding it. Send here or to our email brightpath.hiring at gmail dot com",
      },
      { from: "freelancer", minutesAfterStart: 45, text: "is this normal? nobody asked me for my ID before" },
      {
        from: "client",
        minutesAfterStart: 47,
        text: "yes its standard for all remote employees, also needed for payroll",
      },
      {
        from: "freelancer",
        minutesAfterStart: 90,
        text: "hmm I think I'll wait. I asked in the community forum and people said this is a scam sign",
      },
    ],
  },

  // ── Gloria: one WhatsApp number in three spellings ──
  {
    key: "th-chat-support-sam",
    jobKey: "job-chat-support-agent",
    freelancerKey: "acc-fl-sam",
    startedDaysAgo: 6,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hi there, I'd love to help with chat support. I worked 3 yrs in a call center doing chat + email tickets. What time zone are the shifts in?",
      },
      {
        from: "client",
        minutesAfterStart: 45,
        text: "Hello Sam, shifts are flexible. We pay $32/hour plus bonus. Our team lead explains everything on WhatsApp, text him at +1 415 555 0142",
      },
      {
        from: "freelancer",
        minutesAfterStart: 63,
        text: "Could he message me here instead? I'm not sure I'm allowed to move to WhatsApp before a contract.",
      },
      {
        from: "client",
        minutesAfterStart: 70,
        text: "He is not on this site, only whatsapp. Its just a quick chat no worries",
      },
      { from: "freelancer", minutesAfterStart: 120, text: "ok I'll think about it, thanks" },
    ],
  },
  {
    key: "th-chat-support-zoe",
    jobKey: "job-chat-support-agent",
    freelancerKey: "acc-fl-zoe",
    startedDaysAgo: 5,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hello! Applying for the remote chat support role. I'm UK based, available evenings and weekends.",
      },
      {
        from: "client",
        minutesAfterStart: 30,
        text: "Hi Zoe great profile. Please whatsapp our supervisor: four one five, five five five, zero one four two. He will onboard you today",
      },
      {
        from: "freelancer",
        minutesAfterStart: 52,
        text: "Why is the number written out in words? Looks like you're trying to get around the filter. I'll only talk here until there's an offer.",
      },
      { from: "client", minutesAfterStart: 55, text: "you are overthinking. its a normal job" },
      {
        from: "freelancer",
        minutesAfterStart: 61,
        text: "A normal job would send an offer through the platform. Reporting this.",
      },
      { from: "client", minutesAfterStart: 64, text: "go ahead, you will regret wasting my time. stupid girl" },
    ],
  },
  {
    key: "th-chat-support-nadia",
    jobKey: "job-chat-support-agent",
    freelancerKey: "acc-fl-nadia",
    startedDaysAgo: 4,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Bonjour, I'm applying for the chat support role, I can cover French and English customers.",
      },
      {
        from: "client",
        minutesAfterStart: 35,
        text: "Hello Nadia, perfect. Tap here to talk with the supervisor wa.me/14155550142 the interview happens there",
      },
      {
        from: "freelancer",
        minutesAfterStart: 50,
        text: "I prefer to continue here until there is a contract please.",
      },
      { from: "client", minutesAfterStart: 52, text: "ok but supervisor only answers on whatsapp." },
    ],
  },

  // ── Apex (suspended, job taken down): Skype, crypto, PayPal ──
  {
    key: "th-product-tester-sofia",
    jobKey: "job-product-tester",
    freelancerKey: "acc-fl-sofia",
    startedDaysAgo: 11,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hi, I'm interested in the product testing role. What kind of products would I test?",
      },
      {
        from: "client",
        minutesAfterStart: 20,
        text: "Hello Sofia. You test products and write honest reviews, we refund the purchase plus $25 per review. Interview is on Skype with our coordinator: live:.cid.7c1e94a2b0d3",
      },
      { from: "freelancer", minutesAfterStart: 41, text: "Sorry, is the refund done through the platform?" },
      {
        from: "client",
        minutesAfterStart: 44,
        text: "No, refunds and commission are paid in USDT (TRC20) every Friday, faster than the platform and no fees. You only need a Binance wallet",
      },
      { from: "freelancer", minutesAfterStart: 70, text: "I don't have crypto. I'd prefer to be paid here." },
      { from: "client", minutesAfterStart: 73, text: "We can send to Wise or PayPal too. Just send your paypal email" },
      { from: "freelancer", minutesAfterStart: 95, text: "I'll pass, thanks." },
    ],
  },
  {
    key: "th-product-tester-chris",
    jobKey: "job-product-tester",
    freelancerKey: "acc-fl-chris",
    startedDaysAgo: 10.5,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "hey, saw the product tester gig. i run a small tech review channel, would be into this",
      },
      {
        from: "client",
        minutesAfterStart: 12,
        text: "Great Chris! Send your resume to apex.review.team at gmail dot com and our HR will contact you",
      },
      { from: "freelancer", minutesAfterStart: 25, text: "can't i just attach it here? it's on my profile anyway" },
      {
        from: "client",
        minutesAfterStart: 26,
        text: "our HR doesnt use this site. also we pay via PayPal weekly so we skip the platform fees, better for both of us",
      },
      { from: "freelancer", minutesAfterStart: 40, text: "that's against the rules here tho" },
      { from: "client", minutesAfterStart: 41, text: "rules are for big companies lol. email us" },
    ],
  },

  // ── Harborline: OneDrive "interview", spaced-out Telegram, Zoom link, bank login ──
  {
    key: "th-ceo-assistant-amara",
    jobKey: "job-ceo-assistant",
    freelancerKey: "acc-fl-amara",
    startedDaysAgo: 1.5,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Good morning, I've been an executive assistant for 6 years (calendar, travel, inbox zero). Happy to start this week.",
      },
      {
        from: "client",
        minutesAfterStart: 18,
        text: "Good morning Amara. Our CEO is travelling so the interview is written. Open the questionnaire on OneDrive and answer all questions: 1drv.ms/w/s!AqT8kP2hY7xZgQ",
      },
      {
        from: "freelancer",
        minutesAfterStart: 35,
        text: "The link asks me to sign in with my Microsoft account, is that needed?",
      },
      {
        from: "client",
        minutesAfterStart: 36,
        text: "yes sign in with your email + password, its secure. after that message our HR on t e l e g r a m: hr_desk_maria",
      },
      {
        from: "freelancer",
        minutesAfterStart: 60,
        text: "I'm not comfortable typing my password into a shared link. Can we do the interview here?",
      },
      { from: "client", minutesAfterStart: 61, text: "ok skip the doc, just contact maria on telegram she is waiting" },
    ],
  },
  {
    key: "th-ceo-assistant-nadia",
    jobKey: "job-ceo-assistant",
    freelancerKey: "acc-fl-nadia",
    startedDaysAgo: 1.2,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hello, I applied for the personal assistant position. I speak French, Arabic and English and I'm very organised.",
      },
      {
        from: "client",
        minutesAfterStart: 25,
        text: "Hi Nadia! Join the interview now: https://us06web.zoom.us/j/83920174455?pwd=QmRkTzVhWnh2 passcode 4471",
      },
      {
        from: "freelancer",
        minutesAfterStart: 29,
        text: "I can do a call with the platform's video meeting, would that work for you?",
      },
      {
        from: "client",
        minutesAfterStart: 31,
        text: "our CEO only uses zoom. After the interview we set up payroll, so please prepare your online banking username and password so finance can add you",
      },
      {
        from: "freelancer",
        minutesAfterStart: 44,
        text: "No real employer needs my bank password. I'm not sharing that.",
      },
      {
        from: "client",
        minutesAfterStart: 46,
        text: "its only to verify the account for direct deposit, every employee does it",
      },
      {
        from: "freelancer",
        minutesAfterStart: 50,
        text: "Then send the offer here and the payment goes through the platform like normal.",
      },
    ],
  },

  // ── QuantumLeap: same Telegram, pay-directly, Google Doc test, Discord ──
  {
    key: "th-transcription-priya",
    jobKey: "job-audio-transcription",
    freelancerKey: "acc-fl-priya",
    startedDaysAgo: 0.8,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hi, I do transcription (verbatim or clean read) at 98%+ accuracy, 24h turnaround. Could you share a sample clip?",
      },
      {
        from: "client",
        minutesAfterStart: 11,
        text: "Hi priya, no sample needed the job is easy. talk to our manager on telegram @hr_desk_maria to get the files",
      },
      { from: "freelancer", minutesAfterStart: 20, text: "I'd prefer to receive the files here in the chat." },
      {
        from: "client",
        minutesAfterStart: 22,
        text: "Honestly the platform takes a big cut from you. Message maria, I'll pay you directly and we skip the fees. $40/h",
      },
      { from: "freelancer", minutesAfterStart: 30, text: "No thanks, I only work through the platform." },
    ],
  },
  {
    key: "th-transcription-grace",
    jobKey: "job-audio-transcription",
    freelancerKey: "acc-fl-grace",
    startedDaysAgo: 0.6,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hello! New to transcription but I have a good ear and type 65wpm. Would love to try.",
      },
      {
        from: "client",
        minutesAfterStart: 8,
        text: "Welcome. Do the assessment test in this document and share your answers: docs.google.com/document/d/1xQ7pLm3VbR9tWc2/edit?usp=sharing",
      },
      { from: "freelancer", minutesAfterStart: 19, text: "Can I just paste my answers here?" },
      {
        from: "client",
        minutesAfterStart: 23,
        text: "no, our team reviews on discord. add qleap.hiring on discord after you finish the test",
      },
      { from: "freelancer", minutesAfterStart: 40, text: "Ok, I'll wait for an offer first, thanks" },
    ],
  },

  // ── Mira: spaced digits, passport + bank details ──
  {
    key: "th-payroll-sofia",
    jobKey: "job-payroll-assistant",
    freelancerKey: "acc-fl-sofia",
    startedDaysAgo: 15,
    messages: [
      {
        from: "client",
        minutesAfterStart: 0,
        text: "Hi Sofia, I came across your profile and think you fit our Payroll & Finance Assistant opening. Training is provided, $36/h.",
      },
      {
        from: "freelancer",
        minutesAfterStart: 60,
        text: "Thank you for the invite! Which payroll software do you use?",
      },
      {
        from: "client",
        minutesAfterStart: 75,
        text: "We train you on our internal tool. message our HR on whatsapp 4 1 5 5 5 5 0 1 4 2 for onboarding",
      },
      {
        from: "freelancer",
        minutesAfterStart: 90,
        text: "Could we keep it here until you send the offer? I'm still new and I don't want problems with my account.",
      },
      {
        from: "client",
        minutesAfterStart: 95,
        text: "fine. To finish onboarding we need your full legal name, date of birth, a photo of your passport and your bank account number + routing number for salary",
      },
      {
        from: "freelancer",
        minutesAfterStart: 140,
        text: "I can't share my passport or bank details. Payment is handled by the platform.",
      },
      { from: "client", minutesAfterStart: 142, text: "then we cannot hire you. Goodbye" },
    ],
  },

  // ── Vela (restricted): WhatsApp, obfuscated email, pay-to-work via Wise ──
  {
    key: "th-moderator-chris",
    jobKey: "job-social-moderator",
    freelancerKey: "acc-fl-chris",
    startedDaysAgo: 8,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "hi! i moderate two discord servers (12k members total) so this part time gig sounds right up my alley",
      },
      {
        from: "client",
        minutesAfterStart: 30,
        text: "Hello Chris. Good. Contact our recruiter on WhatsApp +1 (415) 555-0142 or email vela.hiring(at)proton[dot]me",
      },
      { from: "freelancer", minutesAfterStart: 48, text: "could you send the offer here first?" },
      {
        from: "client",
        minutesAfterStart: 50,
        text: "Offer comes after training week. Training is paid by Wise transfer, $200, but first you buy the moderation software licence ($89) from our partner",
      },
      { from: "freelancer", minutesAfterStart: 65, text: "so i pay you first? no thanks" },
      { from: "client", minutesAfterStart: 66, text: "the money comes back with first salary. Its standard" },
    ],
  },

  // ── Honest people breaking the rule ──
  {
    // A freelancer (now restricted) pushing his own WhatsApp and email before any contract.
    key: "th-wordpress-ivan",
    jobKey: "job-wordpress-fixes",
    freelancerKey: "acc-fl-ivan",
    startedDaysAgo: 6,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hi, I can fix your WordPress speed and the contact form today. Faster to talk on WhatsApp: +44 7700 900318",
      },
      {
        from: "client",
        minutesAfterStart: 50,
        text: "Hi Ivan, thanks. I'd prefer to keep it here for now, the site says we shouldn't swap numbers before hiring.",
      },
      {
        from: "freelancer",
        minutesAfterStart: 55,
        text: "No problem, or email ivan.wpfix(at)outlook.com i answer faster there",
      },
      {
        from: "client",
        minutesAfterStart: 120,
        text: "I'll stick to the messages. What would you charge for the speed work?",
      },
      { from: "freelancer", minutesAfterStart: 130, text: "$180 fixed, done in 2 days" },
      { from: "client", minutesAfterStart: 300, text: "Thanks, I'll compare with the other proposals." },
    ],
  },
  {
    // An established client sends a Google Meet link before the contract; after
    // the contract starts, sharing a link and an email is fine.
    key: "th-flutter-marco",
    jobKey: "job-flutter-bugfix",
    freelancerKey: "acc-fl-marco",
    startedDaysAgo: 4,
    contract: { startsAtMessage: 5 },
    messages: [
      {
        from: "client",
        minutesAfterStart: 0,
        text: "Hi Marco, thanks for the proposal. The app crashes on iOS 17.5.1 when the calendar opens (Flutter 3.22.1, build 1.4.7+23). Let's discuss on Google Meet at 3pm? meet.google.com/xkv-pbrq-tmd",
      },
      {
        from: "freelancer",
        minutesAfterStart: 30,
        text: "Hi! Happy to talk, but until there's a contract we need to keep it on the platform — I can start a video meeting right here at 3pm. Could you attach the crash log meanwhile?",
      },
      { from: "client", minutesAfterStart: 45, text: "Ah sorry, didn't know that. Log attached: crash_2024-05-14.txt" },
      {
        from: "freelancer",
        minutesAfterStart: 90,
        text: "Looks like a null locale reaching table_calendar 3.1.1 on devices set to a region it doesn't know. Small fix — $150 including a TestFlight build.",
      },
      { from: "client", minutesAfterStart: 180, text: "Great, offer sent." },
      { from: "freelancer", minutesAfterStart: 185, text: "Accepted, thanks! Starting now." },
      {
        from: "client",
        minutesAfterStart: 200,
        text: "Now that it's official we can use Meet: meet.google.com/xkv-pbrq-tmd tomorrow 10:00. My email for the TestFlight invite list: aoife.marlowfinch@gmail.com",
      },
      {
        from: "freelancer",
        minutesAfterStart: 2000,
        text: "Fix is pushed, build 1.4.8+24 is on TestFlight. Notes are in the release changelog.",
      },
      { from: "client", minutesAfterStart: 2100, text: "Works on my iPhone 13 👍 thanks!" },
    ],
  },
  {
    // A newcomer shares her email by mistake before the contract; the client
    // points out the rule kindly and hires her; contact details flow afterwards.
    key: "th-grant-zoe",
    jobKey: "job-grant-editing",
    freelancerKey: "acc-fl-zoe",
    startedDaysAgo: 7.5,
    contract: { startsAtMessage: 4 },
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hello! Copyeditor here, I can turn 11 pages around in 48 hours. Before/after samples on my site zoewritescopy.com, or email me at zoe.copy.writes at gmail dot com and I'll send the PDF",
      },
      {
        from: "client",
        minutesAfterStart: 90,
        text: "Thanks Zoe! Quick heads-up since you're new: we're not meant to swap emails or sites with contact info until a contract starts. Could you attach the samples here?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 100,
        text: "Oh gosh, sorry, I didn't know! Attached: samples_before_after.pdf",
      },
      { from: "client", minutesAfterStart: 200, text: "Lovely work. Offer sent — $240, 48 hours." },
      { from: "freelancer", minutesAfterStart: 210, text: "Accepted! Thank you so much." },
      {
        from: "client",
        minutesAfterStart: 220,
        text: "Now we're official, feel free to email me for quick questions: ruth.tidepool@outlook.com",
      },
      {
        from: "freelancer",
        minutesAfterStart: 2800,
        text: "Edits uploaded as Tidepool_Grant_2024_edited.docx — 143 tracked changes, mostly terminology.",
      },
      { from: "client", minutesAfterStart: 2900, text: "Wonderful, thank you!" },
    ],
  },
  {
    // Contract, legitimate contact exchange, then the client asks to pay by
    // PayPal for the rest of the work (still a violation).
    key: "th-youtube-jonas",
    jobKey: "job-youtube-editing",
    freelancerKey: "acc-fl-jonas",
    startedDaysAgo: 9,
    contract: { startsAtMessage: 3 },
    messages: [
      {
        from: "client",
        minutesAfterStart: 0,
        text: "Hi Jonas, we've got 6 videos, 8-12 min each, talking head plus b-roll. Raw footage is about 40GB per video. Is $90 per video workable?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 25,
        text: "Hi! Yes, $90 works for that style. Captions burned in? And when do you need the first one?",
      },
      {
        from: "client",
        minutesAfterStart: 40,
        text: "Captions yes, brand font attached (Montserrat-Bold.ttf). First one by the 14th. Sending the offer now.",
      },
      { from: "freelancer", minutesAfterStart: 55, text: "Accepted, thanks! Looking forward to it." },
      {
        from: "client",
        minutesAfterStart: 70,
        text: "Great. Which email should I share the Dropbox folder with? And text me on +61 491 570 156 if anything is urgent",
      },
      { from: "freelancer", minutesAfterStart: 80, text: "jonas.cuts.video@gmail.com works. Will text if I get stuck" },
      {
        from: "client",
        minutesAfterStart: 4000,
        text: "Video 1 looks great!! Small note, the lower third at 03:12 is cut off",
      },
      { from: "freelancer", minutesAfterStart: 4100, text: "Fixed, v2 uploaded as ep01_v2_final.mp4" },
      {
        from: "client",
        minutesAfterStart: 9000,
        text: "Approved. For the other 5 could I just pay you by PayPal directly? The fees on our side add up, I'd throw in an extra 10%",
      },
      {
        from: "freelancer",
        minutesAfterStart: 9060,
        text: "Thanks, but I keep payments on the platform, it protects both of us. Happy to carry on with milestones here.",
      },
      { from: "client", minutesAfterStart: 9100, text: "Fair enough, no worries. Milestone 2 funded." },
    ],
  },

  // ── Contracts with legitimate contact exchange afterwards ──
  {
    key: "th-logo-grace",
    jobKey: "job-logo-refresh",
    freelancerKey: "acc-fl-grace",
    startedDaysAgo: 20,
    contract: { startsAtMessage: 5 },
    messages: [
      {
        from: "client",
        minutesAfterStart: 0,
        text: "Hi Grace, loved the coffee packaging in your portfolio. Our roaster client wants a refresh: keep the bean, modernise the type. Budget is $350 fixed.",
      },
      {
        from: "freelancer",
        minutesAfterStart: 30,
        text: "Thank you! $350 works. 3 concepts, 2 revision rounds, finals in SVG, PDF and PNG (logo.png, logo@2x.png, logo@3x.png for web). About 7 days.",
      },
      {
        from: "client",
        minutesAfterStart: 55,
        text: "Perfect. Quick video chat before I send the offer? I'll start one from the messages here.",
      },
      { from: "freelancer", minutesAfterStart: 58, text: "Sure, joining now." },
      { from: "client", minutesAfterStart: 95, text: "Thanks for the call! Offer sent, milestone 1 ($150) funded." },
      { from: "freelancer", minutesAfterStart: 101, text: "Accepted 🎉 I'll start on the moodboard today." },
      {
        from: "client",
        minutesAfterStart: 130,
        text: "Great. Our art director wants to follow along, can you join our Slack? What email should I invite?",
      },
      { from: "freelancer", minutesAfterStart: 140, text: "grace.kimani.studio@gmail.com — thanks!" },
      {
        from: "client",
        minutesAfterStart: 5000,
        text: "Concept B is the winner. Could you try the wordmark in a warmer brown, something like #6B3E26?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 5300,
        text: "Here you go: logo_conceptB_v3.svg and logo@2x.png. I kept the kerning from v2.",
      },
      { from: "client", minutesAfterStart: 5400, text: "Love it. Approving milestone 1 now." },
    ],
  },
  {
    key: "th-subtitles-bea",
    jobKey: "job-doc-subtitles",
    freelancerKey: "acc-fl-bea",
    startedDaysAgo: 16,
    contract: { startsAtMessage: 4 },
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Olá! I do PT and EN subtitles (SRT/VTT) following the usual streaming style guides. For a 52-min doc I charge $2.50/min for translation + timing.",
      },
      {
        from: "client",
        minutesAfterStart: 60,
        text: "Hi Beatriz, thanks. Film is mostly Portuguese with a few English interviews. Can you deliver both .srt files by May 3?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 75,
        text: "Yes, May 3 is fine. I'll keep it to 42 characters per line, max 2 lines.",
      },
      { from: "client", minutesAfterStart: 120, text: "Offer sent, fixed $130." },
      { from: "freelancer", minutesAfterStart: 130, text: "Accepted, obrigada!" },
      {
        from: "client",
        minutesAfterStart: 135,
        text: "Now that we're on contract it's easier to do quick questions on WhatsApp, I'm on +61 491 570 156",
      },
      {
        from: "freelancer",
        minutesAfterStart: 170,
        text: "Great, I'll message you there. My email for the Frame.io invite is bea.subtitles@proton.me",
      },
      {
        from: "client",
        minutesAfterStart: 3000,
        text: "Got the first draft, looks clean. One name is misspelled at 00:41:07, it should be 'Conceição'.",
      },
      { from: "freelancer", minutesAfterStart: 3050, text: "Fixed in doc_PT_v2.srt, thanks for catching it." },
      { from: "client", minutesAfterStart: 3100, text: "Perfect, releasing payment." },
    ],
  },
  {
    key: "th-sheets-priya",
    jobKey: "job-sheets-invoicing",
    freelancerKey: "acc-fl-priya",
    startedDaysAgo: 28,
    contract: { startsAtMessage: 5, endsAtMessage: 11 },
    messages: [
      {
        from: "client",
        minutesAfterStart: 0,
        text: "Hi Priya, we issue about 120 invoices a month from a Google Sheet. We'd like Apps Script to number them (INV-2024-0001 onwards), make a PDF and log it. Doable?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 40,
        text: "Hi! Yes, very doable. Two questions: does numbering restart each year, and do you want the PDF emailed to the customer automatically?",
      },
      {
        from: "client",
        minutesAfterStart: 65,
        text: "Restart per year, yes. Emailing would be nice but optional. Budget is $300.",
      },
      {
        from: "freelancer",
        minutesAfterStart: 80,
        text: "$300 for numbering + PDF + log, $80 more for the auto email. About 4 days.",
      },
      { from: "client", minutesAfterStart: 110, text: "Deal, sent the offer for $380." },
      {
        from: "freelancer",
        minutesAfterStart: 125,
        text: "Accepted. Could you share the sheet with edit access? My work email is priya.sheets.dev@outlook.com",
      },
      {
        from: "client",
        minutesAfterStart: 140,
        text: "Shared. If anything's unclear just call me, +1 604 555 0187, I'm in Vancouver (Pacific time).",
      },
      {
        from: "freelancer",
        minutesAfterStart: 2900,
        text: "Script is in. Test run created INV-2024-0001 to INV-2024-0005 in the 'Test' tab, can you check the PDF layout?",
      },
      {
        from: "client",
        minutesAfterStart: 3000,
        text: "Looks great. Can the date read 12 Mar 2024 instead of 3/12/2024?",
      },
      { from: "freelancer", minutesAfterStart: 3020, text: "Done, switched the format to d MMM yyyy." },
      { from: "client", minutesAfterStart: 3100, text: "Thanks Priya, closing the contract and leaving a review now." },
      {
        from: "freelancer",
        minutesAfterStart: 3200,
        text: "Thank you! It was a pleasure, happy to help again before the next tax season.",
      },
    ],
  },
  {
    key: "th-ux-audit-ana",
    jobKey: "job-ux-audit",
    freelancerKey: "acc-fl-ana",
    startedDaysAgo: 25,
    contract: { startsAtMessage: 5 },
    messages: [
      {
        from: "client",
        minutesAfterStart: 0,
        text: "Hi Ana, our booking app (iOS + Android) loses 38% of new users at onboarding step 3. We'd like a UX audit with recommendations. The Figma file is ready.",
      },
      {
        from: "freelancer",
        minutesAfterStart: 35,
        text: "Hi! Step 3 is a classic spot to lose people. I'd do a heuristic review, 5 unmoderated tests and a prioritised report. $1,200, two weeks.",
      },
      {
        from: "client",
        minutesAfterStart: 80,
        text: "Sounds good. Can we talk first? Happy to use the video meeting here.",
      },
      { from: "freelancer", minutesAfterStart: 90, text: "Sure, Thursday 15:00 CET works for me." },
      { from: "client", minutesAfterStart: 2900, text: "Thanks for the chat today. Sending the offer now." },
      { from: "freelancer", minutesAfterStart: 2930, text: "Accepted! Excited to dig in." },
      {
        from: "client",
        minutesAfterStart: 2950,
        text: "Welcome aboard. What email should I use for our Slack invite?",
      },
      { from: "freelancer", minutesAfterStart: 2960, text: "ana.ribeiro.ux@gmail.com" },
      { from: "client", minutesAfterStart: 2980, text: "Invited. For anything urgent I'm @otterly_pm on Telegram." },
      {
        from: "freelancer",
        minutesAfterStart: 12000,
        text: "First findings are on the Figma page 'Audit v1'. Biggest issue: the phone number field on step 3 has no country picker, so half of the EU numbers fail validation.",
      },
      { from: "client", minutesAfterStart: 12100, text: "Ha, that explains a lot. Thank you!" },
    ],
  },

  // ── Entirely innocent conversations (including hard negatives) ──
  {
    key: "th-bakery-tomas",
    jobKey: "job-bakery-website",
    freelancerKey: "acc-fl-tomas",
    startedDaysAgo: 3,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hi! I build small business sites on Squarespace and WordPress. For a bakery I'd go with Squarespace: menu, gallery, opening hours, map and a custom-cake request form. About $600 fixed.",
      },
      {
        from: "client",
        minutesAfterStart: 90,
        text: "Hi Tomas, thanks! That's exactly what we need. Silly question, I'm new here: is it ok to use Zoom before the contract? My daughter set up a Zoom account for me",
      },
      {
        from: "freelancer",
        minutesAfterStart: 110,
        text: "Not silly at all! Before a contract the site wants us to keep everything in these messages. There's a video call button at the top of this chat, so you don't need your own Zoom. Once a contract starts we can use whatever you like — Zoom, WhatsApp, phone.",
      },
      {
        from: "client",
        minutesAfterStart: 130,
        text: "Oh good to know, thank you for explaining. Could we do a call tomorrow at 10am?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 140,
        text: "10am works. I'll start the call from here, you'll get a notification.",
      },
      {
        from: "client",
        minutesAfterStart: 1600,
        text: "Thanks for the call! I need to verify my payment method first, then I'll send the offer.",
      },
      { from: "freelancer", minutesAfterStart: 1610, text: "No rush. Once it's verified the offer button will work." },
    ],
  },
  {
    key: "th-dashboard-oleksii",
    jobKey: "job-react-dashboard",
    freelancerKey: "acc-fl-oleksii",
    startedDaysAgo: 9,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hi! I've built about a dozen admin dashboards in React + TS. For yours I'd use React 18.3, Vite 5, TanStack Query 5 and Recharts 2.12. Is the API REST or GraphQL, and do you need auth on our side?",
      },
      {
        from: "client",
        minutesAfterStart: 60,
        text: "REST, documented in OpenAPI 3.1. Auth is handled by our gateway (JWT in a cookie). About 8 charts, 3 tables with filters, CSV export.",
      },
      {
        from: "freelancer",
        minutesAfterStart: 85,
        text: "Got it. Estimate 60-70 hours at $70/h, so roughly $4,200–$4,900, split into 3 milestones. First deliverable around June 12.",
      },
      {
        from: "client",
        minutesAfterStart: 140,
        text: "That's in range. Could we do a 20-min video call this week to walk through the mockups?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 150,
        text: "Sure, start a meeting from this chat whenever suits. I'm on CET, Wed or Thu after 14:00 is best.",
      },
      {
        from: "client",
        minutesAfterStart: 3000,
        text: "Thanks for the call, good session. We're reviewing two more proposals and will decide by Friday.",
      },
      { from: "freelancer", minutesAfterStart: 3010, text: "Sounds good, thank you!" },
    ],
  },
  {
    key: "th-dashboard-ben",
    jobKey: "job-react-dashboard",
    freelancerKey: "acc-fl-ben",
    startedDaysAgo: 8,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "G'day, senior frontend dev here, React since the class-component days. I've attached dashboard_demo.mp4 to this message showing a similar build with filters + CSV export.",
      },
      { from: "client", minutesAfterStart: 200, text: "Thanks Ben, impressive. What's your rate?" },
      { from: "freelancer", minutesAfterStart: 230, text: "$85/h, I'd estimate around 55 hours." },
      {
        from: "client",
        minutesAfterStart: 8000,
        text: "Hi Ben, we went with another freelancer this time but would like to keep you in mind for the mobile version in Q3. Thanks for your time.",
      },
      { from: "freelancer", minutesAfterStart: 8050, text: "No worries at all, good luck with the launch!" },
    ],
  },
  {
    key: "th-whatsapp-api-rahul",
    jobKey: "job-whatsapp-api",
    freelancerKey: "acc-fl-rahul",
    startedDaysAgo: 13,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hello, I've shipped three WhatsApp Business API integrations (two on Meta's Cloud API, one through Twilio). For your booking app: template messages for confirmations and reminders, a webhook for replies, and opt-in handling. What's your stack?",
      },
      {
        from: "client",
        minutesAfterStart: 45,
        text: "Node 20 on AWS Lambda, Postgres. We want a reminder 24h before the appointment and a 'reply 1 to confirm, 2 to reschedule' flow.",
      },
      {
        from: "freelancer",
        minutesAfterStart: 70,
        text: "Very doable. Templates need Meta approval (usually 1-2 days), and free-form replies only work inside the 24-hour customer service window. I'd call Cloud API v19.0 directly, no Twilio needed.",
      },
      {
        from: "client",
        minutesAfterStart: 95,
        text: "Good point about the 24h window, we didn't know. Budget is $2,500 fixed, timeline 3 weeks?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 110,
        text: "$2,500 and 3 weeks are fine. You'll need a test phone number registered in your Meta Business Manager — it stays on your side, I only need access to the app dashboard once we start.",
      },
      {
        from: "client",
        minutesAfterStart: 160,
        text: "Makes sense. Let me check with my cofounder and I'll come back tomorrow.",
      },
    ],
  },
  {
    key: "th-books-joanna",
    jobKey: "job-books-cleanup",
    freelancerKey: "acc-fl-joanna",
    startedDaysAgo: 20,
    messages: [
      {
        from: "client",
        minutesAfterStart: 0,
        text: "Hi Joanna, our 2023 books are a mess: ~400 uncategorised transactions and two bank accounts not reconciled since August. Can you help before our accountant's deadline (March 31)?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 40,
        text: "Hi! Yes, this is my bread and butter. QBO or Desktop? And do you have the bank statements as PDFs?",
      },
      {
        from: "client",
        minutesAfterStart: 70,
        text: "QBO Plus. I have the statements, 14 PDFs. Where should I send them?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 85,
        text: "Please upload them right here. I don't work outside the platform before a contract, and once we start you can simply invite me as an accountant user in QBO, so nothing needs to be emailed around.",
      },
      {
        from: "client",
        minutesAfterStart: 100,
        text: "Perfect. Also invoices INV-1042 to INV-1077 got entered twice when we switched apps, is that something you'd fix too?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 120,
        text: "Yes, duplicates are common after migrations. I'd estimate 12-15 hours at $35/h.",
      },
      { from: "client", minutesAfterStart: 180, text: "Great, I'll send the offer Monday." },
    ],
  },
  {
    key: "th-books-nadia",
    jobKey: "job-books-cleanup",
    freelancerKey: "acc-fl-nadia",
    startedDaysAgo: 17,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hello, I'm a bookkeeper (3 years at an accounting firm in Casablanca, now freelancing). I've cleaned up QBO files before. My rate is $25/h.",
      },
      { from: "client", minutesAfterStart: 300, text: "Thanks Nadia, do you have experience with Canadian GST/HST?" },
      {
        from: "freelancer",
        minutesAfterStart: 320,
        text: "Honestly only a little, I've mostly done VAT for Moroccan and French clients. I would need to check the rules for your province.",
      },
      {
        from: "client",
        minutesAfterStart: 1500,
        text: "Appreciate the honesty. We're going with someone who has done HST before, but good luck!",
      },
      { from: "freelancer", minutesAfterStart: 1510, text: "Thank you for letting me know 🙏" },
    ],
  },
  {
    key: "th-translation-diego",
    jobKey: "job-wine-translation",
    freelancerKey: "acc-fl-diego",
    startedDaysAgo: 5,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Bonjour! Native Spanish speaker, fluent in French and English, 9 years translating food & wine. For 14,500 words into EN and ES I'd charge €0.09/word per language, so about €2,610 in total.",
      },
      {
        from: "client",
        minutesAfterStart: 120,
        text: "Bonjour Diego, the file is catalogue_2024_v2.docx (42 pages). Tasting notes matter most. Could you do page 7 as a sample?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 140,
        text: "Of course, upload page 7 here and I'll send both versions tomorrow.",
      },
      { from: "client", minutesAfterStart: 160, text: "Uploaded: extrait_p7.pdf" },
      {
        from: "freelancer",
        minutesAfterStart: 1300,
        text: "Samples attached: p7_EN.docx and p7_ES.docx. I left 'garrigue' untranslated in EN with a short gloss, which is usual in wine writing.",
      },
      { from: "client", minutesAfterStart: 1500, text: "Very nice. We'll decide by the 20th." },
    ],
  },
  {
    key: "th-translation-lucia",
    jobKey: "job-wine-translation",
    freelancerKey: "acc-fl-lucia",
    startedDaysAgo: 5,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hello, certified translator (ES/EN/FR) here. I work in Trados 2022 and memoQ 10 and would build a glossary for terms like 'élevage' and 'cuvée' so future editions stay consistent.",
      },
      {
        from: "client",
        minutesAfterStart: 200,
        text: "Thank you Lucía. What turnaround would you need for both languages?",
      },
      {
        from: "freelancer",
        minutesAfterStart: 230,
        text: "12 working days for both, 15 if you want a second-reader review included.",
      },
      { from: "client", minutesAfterStart: 600, text: "Noted, thanks. We'll come back to you." },
    ],
  },
  {
    key: "th-grant-sam",
    jobKey: "job-grant-editing",
    freelancerKey: "acc-fl-sam",
    startedDaysAgo: 8,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hi! I'm fairly new to freelancing but I edited grant applications for a food bank for two years as a volunteer. Happy to do a test paragraph.",
      },
      {
        from: "client",
        minutesAfterStart: 100,
        text: "Hi Sam, thank you. The proposal is 11 pages, due to the foundation on the 28th. Mostly tightening and consistency (we flip between 'participants' and 'clients').",
      },
      {
        from: "freelancer",
        minutesAfterStart: 130,
        text: "Makes sense. Do you prefer tracked changes in Word, or comments? I can upload the edited .docx right here in the chat.",
      },
      { from: "client", minutesAfterStart: 140, text: "Tracked changes in Word please." },
      {
        from: "freelancer",
        minutesAfterStart: 150,
        text: "Great. For 11 pages I'd charge $220 fixed, back to you in 3 days.",
      },
      {
        from: "client",
        minutesAfterStart: 4000,
        text: "We went with someone who could turn it around a bit faster, but thank you so much for the thoughtful reply.",
      },
      { from: "freelancer", minutesAfterStart: 4010, text: "Totally understand, thanks for letting me know!" },
    ],
  },
  {
    key: "th-picture-book-hana",
    jobKey: "job-picture-book",
    freelancerKey: "acc-fl-hana",
    startedDaysAgo: 14,
    messages: [
      {
        from: "client",
        minutesAfterStart: 0,
        text: "Hi Hana, we're packaging a picture book for an indie publisher: 12 spreads, watercolour like your 'Fox & Lantern' set. Budget $3,600.",
      },
      {
        from: "freelancer",
        minutesAfterStart: 60,
        text: "Thank you! That budget works for 12 spreads with 2 rounds of sketches. Finals at 300dpi CMYK with 3mm bleed, named like spread_01@300dpi.tif.",
      },
      { from: "client", minutesAfterStart: 90, text: "Timeline? The printer slot is Sept 9." },
      {
        from: "freelancer",
        minutesAfterStart: 100,
        text: "Sketches in 2 weeks, finals 5 weeks after approval, so early August. Tight but fine.",
      },
      { from: "client", minutesAfterStart: 300, text: "We'll confirm with the author and send an offer next week." },
    ],
  },
  {
    key: "th-wordpress-tomas",
    jobKey: "job-wordpress-fixes",
    freelancerKey: "acc-fl-tomas",
    startedDaysAgo: 8,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hi, I had a look at your site from the outside: PageSpeed mobile score 31, mostly a 4MB hero image and 27 active plugins. Contact Form 7 5.9.3 is fine but no SMTP is configured, which is probably why the forms don't arrive.",
      },
      {
        from: "client",
        minutesAfterStart: 120,
        text: "Wow, that's more than the other replies told me. We're on WP 6.5.3, PHP 7.4 I think.",
      },
      {
        from: "freelancer",
        minutesAfterStart: 140,
        text: "PHP 7.4 is end-of-life, I'd move to 8.2 after testing plugins on a staging copy. Fixed $260 for speed + form + PHP upgrade.",
      },
      {
        from: "client",
        minutesAfterStart: 200,
        text: "Could we just talk it through instead? I'm not great with typing",
      },
      {
        from: "freelancer",
        minutesAfterStart: 215,
        text: "Sure! There's a call button at the top of this chat, it rings like a normal phone call. Want to try now?",
      },
      { from: "client", minutesAfterStart: 230, text: "Found it, calling" },
      { from: "client", minutesAfterStart: 290, text: "Good talk. I'll send the offer tonight." },
    ],
  },
];

// ───────────────────────────── community forum ─────────────────────────────

export const demoForumTopics: DemoForumTopic[] = [
  {
    key: "forum-onedrive-interviews",
    title: 'Two "interview" links to OneDrive in my first week — is that how it works?',
    startedDaysAgo: 4,
    posts: [
      {
        authorKey: "acc-fl-amara",
        minutesAfterStart: 0,
        text: "Hi all, first week here. Two different clients answered my proposals within minutes and both sent a OneDrive link for a 'written interview'. One document wanted me to log in with my Microsoft account. Is that how interviews normally go? I don't want to miss real chances but this feels off.",
      },
      {
        authorKey: "acc-fl-lucia",
        minutesAfterStart: 42,
        text: "Good instinct to ask. No, it isn't normal. Real clients interview you in the messages, and there are built-in voice and video calls if they want to talk. A document you have to sign into is a common way to harvest passwords. Don't enter anything, and flag the job.",
      },
      {
        authorKey: "acc-fl-oleksii",
        minutesAfterStart: 65,
        text: "+1. Payment unverified + posted minutes ago + $40/h for 'no experience' is the trifecta. Not every unverified client is a scammer, but a real one verifies before sending an offer.",
      },
      {
        authorKey: "acc-fl-amara",
        minutesAfterStart: 130,
        text: "Thank you both. I didn't log in, and I flagged both jobs.",
      },
      {
        authorKey: "acc-fl-ben",
        minutesAfterStart: 400,
        text: "Worth adding: once you DO have a contract, moving to email or Slack or whatever the client uses is fine. The rule is about the time before the offer.",
      },
    ],
  },
  {
    key: "forum-flagged-for-skills",
    title: 'Will I get flagged for writing "WhatsApp API" in my proposals?',
    startedDaysAgo: 10,
    posts: [
      {
        authorKey: "acc-fl-rahul",
        minutesAfterStart: 0,
        text: "Slightly frustrated. I build WhatsApp Business API integrations for a living, so the word is in half my proposals. A client told me yesterday his message to me got a warning banner just for asking about the webhook. Are we going to be penalised for naming our own skills?",
      },
      {
        authorKey: "acc-fl-joanna",
        minutesAfterStart: 55,
        text: "Same worry here. I once wrote 'I don't work outside the platform' and then wondered if the word 'outside' alone would get me flagged lol. I hope a human looks before anything happens to an account.",
      },
      {
        authorKey: "acc-fl-marco",
        minutesAfterStart: 80,
        text: "From what I've seen the warnings are about actually sharing a number or asking someone to move to another app before a contract. Talking about a technology shouldn't count. If you get a strike you think is wrong, appeal it, they do reverse them.",
      },
      {
        authorKey: "acc-fl-rahul",
        minutesAfterStart: 150,
        text: "Fair. I'll keep writing 'WhatsApp Business API' in full, it reads less ambiguous than 'ping me on whatsapp' 😅",
      },
      {
        authorKey: "acc-fl-tomas",
        minutesAfterStart: 600,
        text: "And after the contract starts you can share whatever contact details you like. Most of my clients pull me into Slack on day one.",
      },
    ],
  },
  {
    key: "forum-first-contract-tips",
    title: "How did you land your first real contract?",
    startedDaysAgo: 2,
    posts: [
      {
        authorKey: "acc-fl-sam",
        minutesAfterStart: 0,
        text: "Ten days in, 14 proposals, 2 replies, and both turned out to be fake 'recruiters'. How did you get your first real contract?",
      },
      {
        authorKey: "acc-fl-diego",
        minutesAfterStart: 95,
        text: "Small, specific jobs where you can show a sample. My first one was translating a 300-word restaurant menu. Make the first two lines of the proposal about THEIR problem, not your bio.",
      },
      {
        authorKey: "acc-fl-fastcash",
        minutesAfterStart: 140,
        text: "Stop wasting connects bro 💸 my team hires beginners, no interview, paid daily in USDT, zero platform fee. DM me on telegram @hr_desk_maria or WA +1 415 555 0142 and say FASTCASH",
      },
      {
        authorKey: "acc-fl-hana",
        minutesAfterStart: 170,
        text: "Please nobody do this. That Telegram name is the same one behind the fake data entry and transcription jobs this week. Reported.",
      },
      {
        authorKey: "acc-fl-sam",
        minutesAfterStart: 200,
        text: "lol that is literally the handle one of my 'recruiters' gave me. Thanks Diego, going to try smaller gigs.",
      },
    ],
  },
];

// ───────────────────────────── reports ─────────────────────────────

export const demoReports: DemoReport[] = [
  // The data entry job: six freelancers.
  {
    key: "rep-001",
    reporterKey: "acc-fl-kwame",
    subject: { type: "JOB", jobKey: "job-data-entry-assistant" },
    reason: "SCAM_JOB",
    comment: "asked for my full name gender and DOB before any offer + wants telegram. scam",
    hoursAgo: 65,
  },
  {
    key: "rep-002",
    reporterKey: "acc-fl-fatima",
    subject: { type: "JOB", jobKey: "job-data-entry-assistant" },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "Keeps pushing Skype for the interview even after I said no",
    hoursAgo: 55,
  },
  {
    key: "rep-003",
    reporterKey: "acc-fl-leila",
    subject: { type: "JOB", jobKey: "job-data-entry-assistant" },
    reason: "PHISHING",
    comment: "They asked for a scan of my ID and a selfie. I already filled their google form :( what should I do",
    hoursAgo: 43,
  },
  {
    key: "rep-004",
    reporterKey: "acc-fl-sam",
    subject: { type: "JOB", jobKey: "job-data-entry-assistant" },
    reason: "SCAM_JOB",
    comment: "$45/h for data entry with no experience?? come on",
    hoursAgo: 30,
  },
  {
    key: "rep-005",
    reporterKey: "acc-fl-zoe",
    subject: { type: "JOB", jobKey: "job-data-entry-assistant" },
    reason: "SCAM_JOB",
    comment: "Same pattern as the chat support one. Fake job.",
    hoursAgo: 26,
  },
  {
    key: "rep-006",
    reporterKey: "acc-fl-priya",
    subject: { type: "JOB", jobKey: "job-data-entry-assistant" },
    reason: "SCAM_JOB",
    hoursAgo: 9.5,
  },

  // The product tester job (already taken down): four.
  {
    key: "rep-007",
    reporterKey: "acc-fl-chris",
    subject: { type: "JOB", jobKey: "job-product-tester" },
    reason: "OFF_PLATFORM_PAYMENT",
    comment: "says they pay by paypal to skip fees",
    hoursAgo: 240,
  },
  {
    key: "rep-008",
    reporterKey: "acc-fl-sofia",
    subject: { type: "JOB", jobKey: "job-product-tester" },
    reason: "SCAM_JOB",
    comment: "wants to pay in USDT, buy-and-refund scheme",
    hoursAgo: 238,
  },
  {
    key: "rep-009",
    reporterKey: "acc-fl-amara",
    subject: { type: "JOB", jobKey: "job-product-tester" },
    reason: "SCAM_JOB",
    comment: "review scam, I've seen this exact post on other sites",
    hoursAgo: 222,
  },
  {
    key: "rep-010",
    reporterKey: "acc-fl-grace",
    subject: { type: "JOB", jobKey: "job-product-tester" },
    reason: "SCAM_JOB",
    comment: "Paid fake reviews. Isn't that against the rules anyway?",
    hoursAgo: 201,
  },

  // The CEO assistant job: four.
  {
    key: "rep-011",
    reporterKey: "acc-fl-amara",
    subject: { type: "JOB", jobKey: "job-ceo-assistant" },
    reason: "PHISHING",
    comment: "OneDrive 'interview' that wants my Microsoft password",
    hoursAgo: 34,
  },
  {
    key: "rep-012",
    reporterKey: "acc-fl-nadia",
    subject: { type: "JOB", jobKey: "job-ceo-assistant" },
    reason: "PHISHING",
    comment: "asked for my online BANKING PASSWORD. unbelievable",
    hoursAgo: 27,
  },
  {
    key: "rep-013",
    reporterKey: "acc-fl-kwame",
    subject: { type: "JOB", jobKey: "job-ceo-assistant" },
    reason: "SCAM_JOB",
    comment: "I think this is the same people as the data entry job, same telegram name",
    hoursAgo: 12,
  },
  {
    key: "rep-014",
    reporterKey: "acc-fl-fatima",
    subject: { type: "JOB", jobKey: "job-ceo-assistant" },
    reason: "SCAM_JOB",
    hoursAgo: 5,
  },

  // The transcription job: four.
  {
    key: "rep-015",
    reporterKey: "acc-fl-priya",
    subject: { type: "JOB", jobKey: "job-audio-transcription" },
    reason: "OFF_PLATFORM_PAYMENT",
    comment: "offered to pay me directly so we 'skip the fees'",
    hoursAgo: 18,
  },
  {
    key: "rep-016",
    reporterKey: "acc-fl-grace",
    subject: { type: "JOB", jobKey: "job-audio-transcription" },
    reason: "SCAM_JOB",
    comment: "google doc test then discord. nope",
    hoursAgo: 13,
  },
  {
    key: "rep-017",
    reporterKey: "acc-fl-hana",
    subject: { type: "JOB", jobKey: "job-audio-transcription" },
    reason: "SCAM_JOB",
    comment: "Another @hr_desk_maria job",
    hoursAgo: 3.5,
  },
  {
    key: "rep-018",
    reporterKey: "acc-fl-leila",
    subject: { type: "JOB", jobKey: "job-audio-transcription" },
    reason: "SCAM_JOB",
    comment: "not sure if this is a scam but the telegram name is the same one that asked me for my ID",
    hoursAgo: 0.2,
  },

  // The chat support job and the moderator job.
  {
    key: "rep-019",
    reporterKey: "acc-fl-sofia",
    subject: { type: "JOB", jobKey: "job-chat-support-agent" },
    reason: "SCAM_JOB",
    hoursAgo: 80,
  },
  {
    key: "rep-020",
    reporterKey: "acc-fl-bea",
    subject: { type: "JOB", jobKey: "job-chat-support-agent" },
    reason: "OTHER",
    comment: "Not sure, it looks like the ones people warn about in the forum. Please check",
    hoursAgo: 33,
  },
  {
    key: "rep-021",
    reporterKey: "acc-fl-sofia",
    subject: { type: "JOB", jobKey: "job-social-moderator" },
    reason: "SCAM_JOB",
    hoursAgo: 150,
  },
  {
    key: "rep-022",
    reporterKey: "acc-fl-bea",
    subject: { type: "JOB", jobKey: "job-social-moderator" },
    reason: "SCAM_JOB",
    comment: "Asks applicants to BUY software before they're hired",
    hoursAgo: 96,
  },

  // Scam client accounts.
  {
    key: "rep-023",
    reporterKey: "acc-fl-sam",
    subject: { type: "ACCOUNT", accountKey: "acc-client-gloria" },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "insists on whatsapp, says the team lead is 'not on this site'",
    hoursAgo: 120,
  },
  {
    key: "rep-024",
    reporterKey: "acc-fl-zoe",
    subject: { type: "ACCOUNT", accountKey: "acc-client-gloria" },
    reason: "HARASSMENT",
    comment: "Called me stupid after I refused to go to WhatsApp.",
    hoursAgo: 117,
  },
  {
    key: "rep-025",
    reporterKey: "acc-fl-nadia",
    subject: { type: "ACCOUNT", accountKey: "acc-client-gloria" },
    reason: "SCAM_JOB",
    comment: "wa.me link in the first reply. same number as another job I saw",
    hoursAgo: 70,
  },
  {
    key: "rep-026",
    reporterKey: "acc-fl-kwame",
    subject: { type: "ACCOUNT", accountKey: "acc-client-brightpath" },
    reason: "SCAM_JOB",
    comment: "fake recruiter",
    hoursAgo: 60,
  },
  {
    key: "rep-027",
    reporterKey: "acc-fl-leila",
    subject: { type: "ACCOUNT", accountKey: "acc-client-brightpath" },
    reason: "PHISHING",
    comment: "wanted my ID both sides + selfie",
    hoursAgo: 42,
  },
  {
    key: "rep-028",
    reporterKey: "acc-fl-fatima",
    subject: { type: "ACCOUNT", accountKey: "acc-client-brightpath" },
    reason: "OFF_PLATFORM_CONTACT",
    hoursAgo: 8,
  },
  {
    key: "rep-029",
    reporterKey: "acc-fl-amara",
    subject: { type: "ACCOUNT", accountKey: "acc-client-harborline" },
    reason: "PHISHING",
    hoursAgo: 33,
  },
  {
    key: "rep-030",
    reporterKey: "acc-fl-nadia",
    subject: { type: "ACCOUNT", accountKey: "acc-client-harborline" },
    reason: "PHISHING",
    comment: "please ban this account before someone gives them their bank login",
    hoursAgo: 26,
  },
  {
    key: "rep-031",
    reporterKey: "acc-fl-priya",
    subject: { type: "ACCOUNT", accountKey: "acc-client-quantumleap" },
    reason: "OFF_PLATFORM_PAYMENT",
    hoursAgo: 17,
  },
  {
    key: "rep-032",
    reporterKey: "acc-fl-grace",
    subject: { type: "ACCOUNT", accountKey: "acc-client-quantumleap" },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "discord + google doc",
    hoursAgo: 12.5,
  },
  {
    key: "rep-033",
    reporterKey: "acc-fl-sofia",
    subject: { type: "ACCOUNT", accountKey: "acc-client-mira" },
    reason: "PHISHING",
    comment: "reporting late, sorry. they wanted my passport and bank details",
    hoursAgo: 235,
  },
  {
    key: "rep-034",
    reporterKey: "acc-fl-chris",
    subject: { type: "ACCOUNT", accountKey: "acc-client-vela" },
    reason: "SCAM_JOB",
    comment: "pay-to-work scam",
    hoursAgo: 189,
  },

  // The forum spammer: the topic, the post and the account.
  {
    key: "rep-035",
    reporterKey: "acc-fl-hana",
    subject: { type: "THREAD", threadKey: "forum-first-contract-tips" },
    reason: "SPAM",
    comment: "spam reply pushing telegram/whatsapp 'jobs'",
    hoursAgo: 44,
  },
  {
    key: "rep-036",
    reporterKey: "acc-fl-diego",
    subject: { type: "THREAD", threadKey: "forum-first-contract-tips" },
    reason: "SPAM",
    comment: "remove that reply pls",
    hoursAgo: 40,
  },
  {
    key: "rep-037",
    reporterKey: "acc-fl-lucia",
    subject: { type: "THREAD", threadKey: "forum-first-contract-tips" },
    reason: "SCAM_JOB",
    hoursAgo: 22,
  },
  {
    key: "rep-038",
    reporterKey: "acc-fl-sam",
    subject: { type: "THREAD", threadKey: "forum-first-contract-tips" },
    reason: "SPAM",
    comment: "the reply from fastcash_mentor on my post is a scam",
    hoursAgo: 15,
  },
  {
    key: "rep-039",
    reporterKey: "acc-fl-oleksii",
    subject: { type: "MESSAGE", threadKey: "forum-first-contract-tips", messageIndex: 2 },
    reason: "SPAM",
    comment: "USDT 'jobs' + telegram. Same handle as the scam postings.",
    hoursAgo: 21,
  },
  {
    key: "rep-040",
    reporterKey: "acc-fl-hana",
    subject: { type: "ACCOUNT", accountKey: "acc-fl-fastcash" },
    reason: "SPAM",
    hoursAgo: 44.5,
  },
  {
    key: "rep-041",
    reporterKey: "acc-fl-oleksii",
    subject: { type: "ACCOUNT", accountKey: "acc-fl-fastcash" },
    reason: "SPAM",
    comment: "spam account, same telegram as the scam jobs",
    hoursAgo: 20,
  },

  // Single messages in scam threads.
  {
    key: "rep-042",
    reporterKey: "acc-fl-kwame",
    subject: { type: "MESSAGE", threadKey: "th-data-entry-kwame", messageIndex: 1 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "telegram handle",
    hoursAgo: 66.3,
  },
  {
    key: "rep-043",
    reporterKey: "acc-fl-kwame",
    subject: { type: "MESSAGE", threadKey: "th-data-entry-kwame", messageIndex: 4 },
    reason: "PHISHING",
    comment: "full name, gender, DOB before any offer",
    hoursAgo: 66,
  },
  {
    key: "rep-044",
    reporterKey: "acc-fl-fatima",
    subject: { type: "MESSAGE", threadKey: "th-data-entry-fatima", messageIndex: 1 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "skype live id",
    hoursAgo: 59,
  },
  {
    key: "rep-045",
    reporterKey: "acc-fl-fatima",
    subject: { type: "MESSAGE", threadKey: "th-data-entry-fatima", messageIndex: 5 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "again!!",
    hoursAgo: 54.5,
  },
  {
    key: "rep-046",
    reporterKey: "acc-fl-leila",
    subject: { type: "MESSAGE", threadKey: "th-data-entry-leila", messageIndex: 1 },
    reason: "PHISHING",
    comment: "is this google form safe?? I already filled it",
    hoursAgo: 44.5,
  },
  {
    key: "rep-047",
    reporterKey: "acc-fl-leila",
    subject: { type: "MESSAGE", threadKey: "th-data-entry-leila", messageIndex: 3 },
    reason: "PHISHING",
    comment: "ID both sides and a selfie",
    hoursAgo: 44,
  },
  {
    key: "rep-048",
    reporterKey: "acc-fl-zoe",
    subject: { type: "MESSAGE", threadKey: "th-chat-support-zoe", messageIndex: 1 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "number spelled out in words to dodge the filter",
    hoursAgo: 119,
  },
  {
    key: "rep-049",
    reporterKey: "acc-fl-zoe",
    subject: { type: "MESSAGE", threadKey: "th-chat-support-zoe", messageIndex: 5 },
    reason: "HARASSMENT",
    comment: "this is abusive",
    hoursAgo: 118.5,
  },
  {
    key: "rep-050",
    reporterKey: "acc-fl-nadia",
    subject: { type: "MESSAGE", threadKey: "th-chat-support-nadia", messageIndex: 1 },
    reason: "OFF_PLATFORM_CONTACT",
    hoursAgo: 95,
  },
  {
    key: "rep-051",
    reporterKey: "acc-fl-sofia",
    subject: { type: "MESSAGE", threadKey: "th-product-tester-sofia", messageIndex: 3 },
    reason: "OFF_PLATFORM_PAYMENT",
    comment: "USDT payments, wants my binance",
    hoursAgo: 237,
  },
  {
    key: "rep-052",
    reporterKey: "acc-fl-chris",
    subject: { type: "MESSAGE", threadKey: "th-product-tester-chris", messageIndex: 1 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "email written with 'at' and 'dot'",
    hoursAgo: 239,
  },
  {
    key: "rep-053",
    reporterKey: "acc-fl-amara",
    subject: { type: "MESSAGE", threadKey: "th-ceo-assistant-amara", messageIndex: 1 },
    reason: "PHISHING",
    comment: "onedrive link that asks for microsoft login",
    hoursAgo: 35,
  },
  {
    key: "rep-054",
    reporterKey: "acc-fl-amara",
    subject: { type: "MESSAGE", threadKey: "th-ceo-assistant-amara", messageIndex: 3 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "t e l e g r a m spelled out",
    hoursAgo: 34.5,
  },
  {
    key: "rep-055",
    reporterKey: "acc-fl-nadia",
    subject: { type: "MESSAGE", threadKey: "th-ceo-assistant-nadia", messageIndex: 1 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "zoom link with password before any offer",
    hoursAgo: 28,
  },
  {
    key: "rep-056",
    reporterKey: "acc-fl-nadia",
    subject: { type: "MESSAGE", threadKey: "th-ceo-assistant-nadia", messageIndex: 3 },
    reason: "PHISHING",
    comment: "BANK PASSWORD",
    hoursAgo: 27.5,
  },
  {
    key: "rep-057",
    reporterKey: "acc-fl-priya",
    subject: { type: "MESSAGE", threadKey: "th-transcription-priya", messageIndex: 3 },
    reason: "OFF_PLATFORM_PAYMENT",
    hoursAgo: 18.5,
  },
  {
    key: "rep-058",
    reporterKey: "acc-fl-grace",
    subject: { type: "MESSAGE", threadKey: "th-transcription-grace", messageIndex: 3 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "discord handle",
    hoursAgo: 13.5,
  },
  {
    key: "rep-059",
    reporterKey: "acc-fl-sofia",
    subject: { type: "MESSAGE", threadKey: "th-payroll-sofia", messageIndex: 2 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "whatsapp number with spaces between digits",
    hoursAgo: 236.5,
  },
  {
    key: "rep-060",
    reporterKey: "acc-fl-sofia",
    subject: { type: "MESSAGE", threadKey: "th-payroll-sofia", messageIndex: 4 },
    reason: "PHISHING",
    comment: "passport photo + bank account and routing number",
    hoursAgo: 236,
  },
  {
    key: "rep-061",
    reporterKey: "acc-fl-chris",
    subject: { type: "MESSAGE", threadKey: "th-moderator-chris", messageIndex: 1 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "whatsapp + proton email",
    hoursAgo: 191,
  },

  // Whole threads.
  {
    key: "rep-062",
    reporterKey: "acc-fl-sam",
    subject: { type: "THREAD", threadKey: "th-chat-support-sam" },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "client wants me on whatsapp before hiring, is that allowed?",
    hoursAgo: 140,
  },
  {
    key: "rep-063",
    reporterKey: "acc-fl-chris",
    subject: { type: "THREAD", threadKey: "th-moderator-chris" },
    reason: "OFF_PLATFORM_PAYMENT",
    comment: "wants me to pay $89 for a 'licence' and then paid training over Wise. classic",
    hoursAgo: 190,
  },

  // Honest users who broke a rule.
  {
    key: "rep-064",
    reporterKey: "acc-client-kestrel",
    subject: { type: "MESSAGE", threadKey: "th-wordpress-ivan", messageIndex: 0 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "Freelancer put his WhatsApp in the very first message",
    hoursAgo: 140,
  },
  {
    key: "rep-065",
    reporterKey: "acc-client-kestrel",
    subject: { type: "ACCOUNT", accountKey: "acc-fl-ivan" },
    reason: "OTHER",
    comment: "Second time he tries to move me to email. Not sure it's against the rules, just flagging",
    hoursAgo: 139,
  },
  {
    key: "rep-066",
    reporterKey: "acc-fl-tomas",
    subject: { type: "ACCOUNT", accountKey: "acc-fl-ivan" },
    reason: "SPAM",
    comment: "copy-paste proposals with his number on every WP job",
    hoursAgo: 100,
  },
  {
    key: "rep-067",
    reporterKey: "acc-fl-jonas",
    subject: { type: "MESSAGE", threadKey: "th-youtube-jonas", messageIndex: 8 },
    reason: "OFF_PLATFORM_PAYMENT",
    comment: "Client is nice but asked to pay the rest via PayPal. I said no. Flagging in case it matters",
    hoursAgo: 40,
  },

  // Unfounded reports about innocent content.
  {
    key: "rep-068",
    reporterKey: "acc-client-pinecone",
    subject: { type: "MESSAGE", threadKey: "th-bakery-tomas", messageIndex: 2 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "He mentioned zoom and whatsapp, is this allowed? sorry I am new here",
    hoursAgo: 69,
  },
  {
    key: "rep-069",
    reporterKey: "acc-fl-grace",
    subject: { type: "MESSAGE", threadKey: "th-logo-grace", messageIndex: 6 },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "client asks for my email for slack. we do have a contract, not sure if that's fine?",
    hoursAgo: 230,
  },
  {
    key: "rep-070",
    reporterKey: "acc-fl-leila",
    subject: { type: "JOB", jobKey: "job-whatsapp-api" },
    reason: "OFF_PLATFORM_CONTACT",
    comment: "the job title says whatsapp, isn't that forbidden??",
    hoursAgo: 30,
  },
];
