import type { TemplateData } from "@/lib/replies/schemas";

// The starter set of reply templates, seeded by name (lib/demo/seed.ts) and
// never overwritten once staff have edited them. Written for this console;
// they cover the situations support meets most: thanking reporters,
// explaining the rules to people who broke them by mistake, and answering
// people who are unsure.

const ALL_CATEGORIES: TemplateData["categories"] = [
  "CONTACT_SHARING",
  "OFF_PLATFORM_COMMUNICATION",
  "OFF_PLATFORM_PAYMENT",
  "PERSONAL_DATA_REQUEST",
];

export const DEFAULT_TEMPLATES: TemplateData[] = [
  {
    name: "Thanks for reporting: action taken",
    audience: "REPORTER",
    categories: ALL_CATEGORIES,
    subject: "Update on your report ({{case_reference}})",
    body: `Hi {{recipient_name}},

Thank you for taking the time to report this. Our Trust & Safety team reviewed it under case {{case_reference}}. The outcome: {{action_taken}}.

Reports like yours are how we find these accounts quickly, so please keep flagging anything that looks wrong. Tips on recognising fake jobs and recruiters: {{policy_link}}

Best wishes,
{{agent_name}}
Trust & Safety`,
  },
  {
    name: "Thanks for reporting: still under review",
    audience: "REPORTER",
    categories: [],
    subject: "We received your report ({{case_reference}})",
    body: `Hi {{recipient_name}},

Thanks for letting us know. Your report is now part of case {{case_reference}}, and someone from our Trust & Safety team is going through it.

Other people's accounts are private, so we may not be able to share every detail of what we decide, but we do act on what we find. Meanwhile, please don't send money, documents or login details to the other person, and keep the conversation in the platform's messages.

Best wishes,
{{agent_name}}
Trust & Safety`,
  },
  {
    name: "Report reviewed: no violation found",
    audience: "REPORTER",
    categories: [],
    subject: "About your report ({{case_reference}})",
    body: `Hi {{recipient_name}},

Thank you for flagging this; checking was the careful thing to do. We looked at it closely under case {{case_reference}} and found that it does not break our rules: [[why this is allowed, in one sentence]].

For reference: once a contract has started, both sides may share contact details and talk wherever suits them, and naming an app as a skill or asking whether a tool is allowed is fine. Payments always stay on the platform. The full policy: {{policy_link}}

If something new worries you, report it again and we will take another look.

Best wishes,
{{agent_name}}
Trust & Safety`,
  },
  {
    name: "Personal data requested (phishing): to the reporter",
    audience: "REPORTER",
    categories: ["PERSONAL_DATA_REQUEST"],
    subject: "Keeping your details safe ({{case_reference}})",
    body: `Hi {{recipient_name}},

Thank you for reporting this. Asking for ID scans, bank details, passwords or other personal data before a contract is a common way to steal accounts and identities; no genuine client needs them to interview you. We reviewed case {{case_reference}}. The outcome: {{action_taken}}.

If you already shared something, please act now:
- change the password of any account whose login you gave out, and turn on two-step verification;
- tell your bank if you shared card or account details;
- be wary of new messages claiming to come from us or from the same "client".

We will never ask for your password. More on staying safe: {{policy_link}}

Take care,
{{agent_name}}
Trust & Safety`,
  },
  {
    name: "Is talking outside the platform allowed?",
    audience: "ANY",
    categories: ["OFF_PLATFORM_COMMUNICATION", "CONTACT_SHARING"],
    subject: "Your question about contact outside the platform",
    body: `Hi {{recipient_name}},

Good question, and you were right to check. Until a contract is in place, all conversation about a job stays in the platform's messages. That holds for every client, however large or well reviewed, and for every outside channel: email, phone, WhatsApp, Telegram, Skype, outside meeting links and "interview" documents alike.

Staying costs you nothing: voice and video calls and meetings are built into the messages, and a client can bring colleagues into the conversation. Once the contract starts, you may talk wherever you both like; payments still go through the platform.

If a client keeps pushing you elsewhere, point them to the built-in calls, and report them if they insist. The policy: {{policy_link}}

Best wishes,
{{agent_name}}
Trust & Safety`,
  },
  {
    name: "First pre-contract contact outside the platform",
    audience: "REPORTED",
    categories: ["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION"],
    subject: "A note about contact details before a contract ({{case_reference}})",
    body: `Hi {{recipient_name}},

In your conversation about "{{job_title}}", contact details or an outside app came up before a contract had started. We know this is often an honest slip, so for now this is a reminder.

Before a contract, please keep everything in the platform's messages; you can call, video-chat and hold meetings right there. Sharing e-mail addresses, phone numbers, messaging handles or outside meeting links at that stage is against our terms, and repeated cases lead to restrictions. Once a contract is active, you are free to talk elsewhere.

The full policy: {{policy_link}}. Questions? Reply to this message and mention {{case_reference}}.

Thanks for understanding,
{{agent_name}}
Trust & Safety`,
  },
  {
    name: "Payment outside the platform",
    audience: "REPORTED",
    categories: ["OFF_PLATFORM_PAYMENT"],
    subject: "Payments stay on the platform ({{case_reference}})",
    body: `Hi {{recipient_name}},

In your conversation about "{{job_title}}", a payment outside the platform was suggested. Every payment between clients and freelancers goes through the platform, before, during and after a contract: that is what protects both sides when a job goes wrong, and it is not optional.

The outcome of our review: {{action_taken}}. Please don't ask for or offer payment by bank transfer, PayPal, crypto or any other outside service. Further cases lead to stricter measures, up to losing access to the account.

The policy in full: {{policy_link}}

Regards,
{{agent_name}}
Trust & Safety`,
  },
  {
    name: "Account restricted",
    audience: "REPORTED",
    categories: ALL_CATEGORIES,
    subject: "Your account has been restricted ({{case_reference}})",
    body: `Hi {{recipient_name}},

We reviewed case {{case_reference}} and found that [[what happened, in one sentence]]. This is against our terms, and as a result {{action_taken}}.

The restriction lifts by itself on {{restriction_end}}. Please take a moment to read the policy at {{policy_link}}; further violations can lead to a longer restriction or to losing the account.

If you believe we got this wrong, reply to this message quoting {{case_reference}} and a senior member of the team will look at it again.

{{agent_name}}
Trust & Safety`,
  },
  {
    name: "Case escalated for review",
    audience: "ANY",
    categories: [],
    subject: "Your case is with our senior team ({{case_reference}})",
    body: `Hi {{recipient_name}},

Thank you for your patience. Case {{case_reference}} needs a closer look than usual, so we have passed it to our senior Trust & Safety team. They review escalated cases carefully, which can take a few working days.

There is nothing you need to do right now. If you have new information, reply to this message and mention {{case_reference}} so it reaches the right people.

Best wishes,
{{agent_name}}
Trust & Safety`,
  },
  {
    name: "Appeal decided: decision upheld",
    audience: "REPORTED",
    categories: [],
    subject: "Your appeal was reviewed ({{case_reference}})",
    body: `Hi {{recipient_name}},

Thank you for your appeal. A senior member of our Trust & Safety team who was not involved in the original decision has reviewed {{appealed_decision}} again, under case {{case_reference}}.

After this review the decision stands: {{appeal_reason}}.

This was the final review of this decision. The policy behind it: {{policy_link}}

{{agent_name}}
Trust & Safety`,
  },
  {
    name: "Appeal decided: decision overturned",
    audience: "REPORTED",
    categories: [],
    subject: "Your appeal was successful ({{case_reference}})",
    body: `Hi {{recipient_name}},

Thank you for your appeal. A senior member of our Trust & Safety team who was not involved in the original decision has reviewed {{appealed_decision}} again, under case {{case_reference}}.

We got this wrong, and the decision has been reversed: {{appeal_reason}}. Everything it changed on your account has been undone, and it no longer counts against you. We are sorry for the trouble.

{{agent_name}}
Trust & Safety`,
  },
  {
    name: "Appeal decided: decision modified",
    audience: "REPORTED",
    categories: [],
    subject: "Your appeal was reviewed: the decision was changed ({{case_reference}})",
    body: `Hi {{recipient_name}},

Thank you for your appeal. A senior member of our Trust & Safety team who was not involved in the original decision has reviewed {{appealed_decision}} again, under case {{case_reference}}.

The decision has been changed: {{appeal_reason}}. Your account is now restricted until {{restriction_end}}, after which the restriction lifts by itself.

This was the final review of this decision. The policy behind it: {{policy_link}}

{{agent_name}}
Trust & Safety`,
  },
];
