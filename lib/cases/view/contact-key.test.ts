import { describe, expect, it } from "vitest";
import { contactVariants } from "@/lib/cases/view/contact-key";

describe("contactVariants", () => {
  it("links a Telegram handle to its link and bare forms", () => {
    const forms = contactVariants("@HR_Desk_Maria");
    expect(forms).toEqual(
      expect.arrayContaining([
        "@hr_desk_maria",
        "hr_desk_maria",
        "http://t.me/hr_desk_maria",
        "https://t.me/hr_desk_maria",
      ]),
    );
    expect(contactVariants("http://t.me/hr_desk_maria")).toContain("@hr_desk_maria");
  });

  it("links a phone number to its WhatsApp link and back", () => {
    expect(contactVariants("+14155550142")).toContain("http://wa.me/14155550142");
    expect(contactVariants("http://wa.me/14155550142")).toContain("+14155550142");
  });

  it("keeps an e-mail address as it is (lower-cased)", () => {
    expect(contactVariants("Someone@Gmail.com").sort()).toEqual(["Someone@Gmail.com", "someone@gmail.com"].sort());
  });
});
