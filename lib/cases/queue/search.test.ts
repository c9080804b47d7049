import { describe, expect, it } from "vitest";
import { escapeLike, phoneCandidates, searchTerms } from "@/lib/cases/queue/search";

describe("searchTerms", () => {
  it.each([
    "+1 415 555 0142",
    "+1 (415) 555-0142",
    "+1.415.555.0142",
    "(415) 555-0142",
    "4155550142",
    "001 415 555 0142",
  ])("normalises the phone number %s to the E.164 value the detector stores", (input) => {
    expect(searchTerms(input)?.contactValues).toContain("+14155550142");
  });

  it("normalises other countries' numbers written internationally", () => {
    expect(searchTerms("+44 7700 900318")?.contactValues).toContain("+447700900318");
    expect(searchTerms("+61 491 570 156")?.contactValues).toContain("+61491570156");
  });

  it("looks a handle up with and without its @, as messages write both", () => {
    for (const input of ["@hr_desk_maria", "hr_desk_maria", "  @HR_Desk_Maria "]) {
      const terms = searchTerms(input)!;
      expect(terms.contactValues).toEqual(expect.arrayContaining(["@hr_desk_maria", "hr_desk_maria"]));
      expect(terms.like).toBe("%hr\\_desk\\_maria%");
    }
  });

  it("lower-cases e-mail addresses and keeps links as the detector stores them", () => {
    expect(searchTerms("BrightPath.Hiring@Gmail.com")?.contactValues).toContain("brightpath.hiring@gmail.com");
    expect(searchTerms("t.me/hr_desk_maria")?.contactValues).toContain("http://t.me/hr_desk_maria");
  });

  it("does not substring-search fewer than three characters, and ignores blank input", () => {
    expect(searchTerms("ab")?.like).toBeNull();
    expect(searchTerms("   ")).toBeNull();
    expect(searchTerms(undefined)).toBeNull();
  });
});

describe("phoneCandidates", () => {
  it("ignores text and numbers too short or long to be phones", () => {
    expect(phoneCandidates("brightpath")).toEqual([]);
    expect(phoneCandidates("12345")).toEqual([]);
    expect(phoneCandidates("1234567890123456")).toEqual([]);
  });
});

describe("escapeLike", () => {
  it("escapes LIKE's wildcards and its escape character", () => {
    expect(escapeLike("a_b%c\\d")).toBe("a\\_b\\%c\\\\d");
  });
});
