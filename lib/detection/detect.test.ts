import { describe, expect, it } from "vitest";
import { CATEGORIES, CATEGORY_POLICY, DETECTOR_VERSION, detect, type Category, type Finding } from "./detect";

const before = { contractActive: false };
const under = { contractActive: true };

function violations(findings: Finding[]): Category[] {
  return [...new Set(findings.filter((f) => f.violation).map((f) => f.category))].sort();
}

/** Asserts that some violation finding's span covers `evidence` exactly where it sits in `text`. */
function expectCovered(text: string, evidence: string, findings = detect(text, before)): Finding {
  const at = text.indexOf(evidence);
  expect(at).toBeGreaterThanOrEqual(0);
  const finding = findings.find((f) => f.violation && f.start <= at && f.end >= at + evidence.length);
  expect(finding, `no violation covering ${JSON.stringify(evidence)} in ${JSON.stringify(findings)}`).toBeDefined();
  return finding as Finding;
}

describe("exports", () => {
  it("lists the four categories with a policy text each and a version", () => {
    expect(CATEGORIES).toEqual([
      "CONTACT_SHARING",
      "OFF_PLATFORM_COMMUNICATION",
      "OFF_PLATFORM_PAYMENT",
      "PERSONAL_DATA_REQUEST",
    ]);
    for (const c of CATEGORIES) expect(CATEGORY_POLICY[c].length).toBeGreaterThan(20);
    expect(DETECTOR_VERSION).toMatch(/\S/);
  });
});

describe("findings", () => {
  it("have the documented shape, original offsets and normalised values", () => {
    const text = "Let's continue on WhatsApp: +44 7911 123456";
    const findings = detect(text, before);
    const phone = findings.find((f) => f.ruleId === "contact.phone");
    expect(phone).toMatchObject({
      category: "CONTACT_SHARING",
      value: "+447911123456",
      violation: true,
      severity: "HIGH",
    });
    expect(text.slice(phone?.start, phone?.end)).toBe("+44 7911 123456");
    expect(phone?.explanation).toMatch(/WhatsApp number before any contract/);
    expect(violations(findings)).toEqual(["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION"]);
  });

  it("lower-cases e-mails and keeps URLs", () => {
    expect(detect("mail Ana.P@StudioLumen.com", before)[0]?.value).toBe("ana.p@studiolumen.com");
    expect(detect("Interview here: us05web.zoom.us/j/84123456789", before)[0]?.value).toContain(
      "zoom.us/j/84123456789",
    );
  });

  it("returns nothing for an empty or innocent message", () => {
    expect(detect("", before)).toEqual([]);
    expect(detect("Thanks, the new logo looks great!", before)).toEqual([]);
  });
});

describe("obfuscation", () => {
  it.each([
    [
      "my num is nine one seven, five five five, oh one two three",
      "nine one seven, five five five, oh one two three",
      "+19175550123",
    ],
    ["9 1 7 - 5 5 5 - 0 1 2 3", "9 1 7 - 5 5 5 - 0 1 2 3", "+19175550123"],
    ["917\u200b555\u200b0123", "917\u200b555\u200b0123", "+19175550123"],
    [
      "cell: three one two, double five, five oh four four one",
      "three one two, double five, five oh four four one",
      "+13125550441",
    ],
    ["Text me ３１２-５５５-０１８８", "３１２-５５５-０１８８", "+13125550188"],
  ])("phone %j", (text, evidence, e164) => {
    const finding = expectCovered(text, evidence);
    expect(finding.value).toBe(e164);
  });

  it.each([
    ["reach me: john dot smith at gmail dot com", "john dot smith at gmail dot com", "john.smith@gmail.com"],
    ["contact: nina(at)pixelforge(dot)co", "nina(at)pixelforge(dot)co", "nina@pixelforge.co"],
    ["hello [at] brightpixel [dot] io", "hello [at] brightpixel [dot] io", "hello@brightpixel.io"],
    ["ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ", "ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ", "john@gmail.com"],
    ["mail is рetra.k@gmаil.com", "рetra.k@gmаil.com", "petra.k@gmail.com"],
  ])("e-mail %j", (text, evidence, address) => {
    expect(expectCovered(text, evidence).value).toBe(address);
  });

  it.each([
    ["add me on ѕkурe live:.cid.8f3a2b", "live:.cid.8f3a2b"],
    ["my s k y p e is live:.cid.77ab91c2", "live:.cid.77ab91c2"],
    ["Add me on t3legram @vera_pm", "@vera_pm"],
    ["wh@tsapp me at +27 82 123 4567", "+27 82 123 4567"],
    ["tg @design_pro_77 / t.me/design_pro_77", "t.me/design_pro_77"],
    ["discord is ghostwriter#0420 if you want to chat", "ghostwriter#0420"],
  ])("messaging handle %j", (text, evidence) => {
    const findings = detect(text, before);
    expectCovered(text, evidence, findings);
    expect(violations(findings)).toEqual(["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION"]);
  });

  it("catches a spaced-out app name in an invitation", () => {
    expect(violations(detect("W-h-a-t-s-A-p-p works best for me, let's continue there", before))).toEqual([
      "OFF_PLATFORM_COMMUNICATION",
    ]);
  });
});

describe("contract-aware policy", () => {
  it("returns contact details under a contract as allowed findings", () => {
    const text = "My cell for urgent issues: (917) 555-0123";
    const findings = detect(text, under);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => !f.violation && f.severity === "LOW")).toBe(true);
    expect(findings[0]?.explanation).toMatch(/allows/);
    expect(detect(text, before).some((f) => f.violation)).toBe(true);
  });

  it("always flags off-platform payment", () => {
    expect(violations(detect("Can you invoice me through PayPal instead? saves fees", under))).toEqual([
      "OFF_PLATFORM_PAYMENT",
    ]);
  });

  it("flags ID, bank and login requests even under a contract, basic data only before", () => {
    // Labelling guide + real dev labels: asking for bank details to be paid is also off-platform payment.
    expect(violations(detect("Please share your IBAN and SWIFT code", under))).toContain("PERSONAL_DATA_REQUEST");
    expect(violations(detect("send a scan of your passport", under))).toEqual(["PERSONAL_DATA_REQUEST"]);
    expect(violations(detect("What's your email? I'll send the NDA", under))).toEqual([]);
    expect(violations(detect("What's your email? I'll send the NDA", before))).toEqual(["PERSONAL_DATA_REQUEST"]);
  });
});

describe("hard negatives", () => {
  it.each([
    "Is a Zoom link from a client allowed before the contract starts?",
    "Report anyone who asks you to move to Telegram before hiring you.",
    "I specialise in Telegram bot development and WhatsApp Business API integrations",
    "Sorry, I don't work outside of this platform, let's keep everything here",
    "I won't take payment outside the platform",
    "Let's do a call here in the messages tomorrow",
    "Start the call with the built-in Zoom from our thread",
    "Export logo@2x.png and icon@3x.webp, see README.md",
    "Bumped to v2.10.3; see setup.py",
    "Total $1,200 over 3 milestones, due 05/17/2024 at 14:30",
    "Order #4155550199 failed",
    "Invoice INV-20240918-0042 was paid",
    "The warehouse is at 40.748817, -73.985428",
    "The server IP is 10.0.4.12 and 192.168.10.254",
    "Use test@example.com for the demo account",
    "Draw a sky pen icon; I will pay, pal, once approved here",
    "I have one question for you, and two more later",
    "Once the contract starts we can move to WhatsApp if you like",
  ])("%j is not a violation", (text) => {
    expect(violations(detect(text, before))).toEqual([]);
  });
});

describe("explanations", () => {
  it("say that a value counts whatever the learned judge's score, and give the score of a judged mention", () => {
    const value = expectCovered("Text me on 07911 123456", "07911 123456");
    expect(value.ruleId).toBe("contact.phone");
    expect(value.explanation).toMatch(/counts whatever the learned judge's score \(reads as [^:]+: \d\.\d\d\)\.$/);
    const mention = detect("Let's move this chat to WhatsApp, it is easier", before).find(
      (f) => f.violation && f.category === "OFF_PLATFORM_COMMUNICATION",
    );
    expect(mention?.explanation).toMatch(/The learned judge reads as an invitation to the reader: \d\.\d\d\.$/);
  });
});

describe("payment values", () => {
  it("takes pages that only receive money, cashtags next to Cash App and ticker-labelled wallets as concrete values", () => {
    // Invented handles in the shapes real messages use; none of them is gated by the learned judge.
    for (const [text, evidence] of [
      ["thanks! paypal.me/someone_42", "paypal.me/someone_42"],
      ["https://cash.app/$corner_shop9", "cash.app/$corner_shop9"],
      ["pay here https://wise.com/pay/r/AbC123xyz", "wise.com/pay/r/AbC123xyz"],
      ["I don't use PayPal, only Cash App: $greenfield77", "$greenfield77"],
      ["XTM: 14xPa9Qm2Lr7Tb3Ws8Kd5Hf6Jg1Zc4Vn0Yq8Ue2Ro5It7Ps3Aa", "14xPa9Qm2Lr7Tb3Ws8Kd5Hf6Jg1Zc4Vn0Yq8Ue2Ro5It7Ps3Aa"],
    ] as const) {
      const finding = expectCovered(text, evidence);
      expect(finding.category).toBe("OFF_PLATFORM_PAYMENT");
    }
  });

  it("does not take an amount for a cashtag, nor a payment service's home page for a payment link", () => {
    const amount = detect("It was $100 last month, paid on the platform as usual", before);
    expect(amount.filter((f) => f.ruleId === "payment.link")).toEqual([]);
    const home = detect("Payment method website: https://wise.com/", before);
    expect(home.filter((f) => f.ruleId === "payment.link")).toEqual([]);
  });
});
