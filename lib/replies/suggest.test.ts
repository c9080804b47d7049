import { describe, expect, it } from "vitest";
import { suggestTemplates, type SuggestibleTemplate } from "@/lib/replies/suggest";

const t = (
  name: string,
  audience: SuggestibleTemplate["audience"],
  categories: SuggestibleTemplate["categories"],
): SuggestibleTemplate => ({ name, audience, categories });

const templates = [
  t("General thanks", "REPORTER", []),
  t("Payment thanks", "REPORTER", ["OFF_PLATFORM_PAYMENT"]),
  t("Contact question", "ANY", ["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION"]),
  t("Contact thanks", "REPORTER", ["CONTACT_SHARING"]),
  t("Contact warning", "REPORTED", ["CONTACT_SHARING"]),
  t("Escalated", "ANY", []),
];

describe("suggestTemplates", () => {
  it("puts templates for the case's categories and the recipient first", () => {
    const { suggested, others } = suggestTemplates(templates, "REPORTER", [
      "CONTACT_SHARING",
      "OFF_PLATFORM_COMMUNICATION",
    ]);
    expect(suggested.map((s) => s.name)).toEqual(["Contact question", "Contact thanks", "General thanks", "Escalated"]);
    expect(others.map((s) => s.name)).toEqual(["Payment thanks"]);
  });

  it("never offers a template written for the other kind of recipient", () => {
    const { suggested, others } = suggestTemplates(templates, "REPORTED", ["CONTACT_SHARING"]);
    expect(suggested.map((s) => s.name)).toEqual(["Contact warning", "Contact question", "Escalated"]);
    expect(others).toEqual([]);
  });

  it("offers the general templates when the case has no category yet", () => {
    const { suggested } = suggestTemplates(templates, "REPORTER", []);
    expect(suggested.map((s) => s.name)).toEqual(["General thanks", "Escalated"]);
  });
});
