import { describe, expect, it } from "vitest";
import { canonicalContact, contactKind, isIdentifyingValue } from "@/lib/accounts/contact";

describe("contact values on the account page", () => {
  it("spells one contact one way", () => {
    for (const v of ["@hr_desk_maria", "t.me/hr_desk_maria", "https://t.me/hr_desk_maria", "HR_DESK_MARIA"])
      expect(canonicalContact(v)).toBe("@hr_desk_maria");
    expect(canonicalContact("http://wa.me/14155550142")).toBe("+14155550142");
    expect(canonicalContact("+14155550142")).toBe("+14155550142");
    expect(canonicalContact("Zoe.Copy@Gmail.com")).toBe("zoe.copy@gmail.com");
    expect(canonicalContact("http://1drv.ms/w/s!AqT8kP2hY7xZgQ")).toBe("http://1drv.ms/w/s!AqT8kP2hY7xZgQ");
  });

  it("names the kind of each value", () => {
    expect(contactKind("http://wa.me/14155550142")).toBe("phone");
    expect(contactKind("zoe.copy@gmail.com")).toBe("email");
    expect(contactKind("t.me/hr_desk_maria")).toBe("handle");
    expect(contactKind("live:.cid.7c1e94a2b0d3")).toBe("handle");
    expect(contactKind("http://docs.google.com/forms/d/e/1FAIpQLSd8xQ2kHrRz/viewform")).toBe("link");
  });

  it("leaves app and provider names out", () => {
    expect(isIdentifyingValue("OFF_PLATFORM_COMMUNICATION", "Skype")).toBe(false);
    expect(isIdentifyingValue("OFF_PLATFORM_PAYMENT", "PayPal")).toBe(false);
    expect(isIdentifyingValue("OFF_PLATFORM_COMMUNICATION", "http://meet.google.com/xkv-pbrq-tmd")).toBe(true);
    expect(isIdentifyingValue("OFF_PLATFORM_COMMUNICATION", "+14155550142")).toBe(true);
    expect(isIdentifyingValue("CONTACT_SHARING", "live:.cid.7c1e94a2b0d3")).toBe(true);
    expect(isIdentifyingValue("CONTACT_SHARING", null)).toBe(false);
  });
});
