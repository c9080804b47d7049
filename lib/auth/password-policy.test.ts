import { describe, expect, it } from "vitest";
import { assertPasswordPolicy, MIN_PASSWORD_LENGTH, passwordProblem } from "@/lib/auth/password-policy";
import { DEMO_CONSOLE_USERS } from "@/lib/demo/console-users";
import { SafeError } from "@/lib/errors";

describe("password policy for console accounts", () => {
  it("refuses short passwords", () => {
    expect(passwordProblem("Xq7!vB2#kL")).toBe(`Use at least ${MIN_PASSWORD_LENGTH} characters.`);
  });

  it.each([
    "password1234",
    "Password12345",
    "123456789012",
    "qwertyuiop123",
    "iloveyou1234",
    "1qaz2wsx3edc",
    "aaaaaaaaaaaaaaa",
  ])("refuses the common or patterned %s, saying why", (password) => {
    expect(passwordProblem(password)).toMatch(/too easy to guess/);
  });

  it("refuses a password made of the account's own e-mail or name", () => {
    const account = { email: "zbigniew.kowalczyk@console.test", name: "Zbigniew Kowalczyk" };
    expect(passwordProblem("zbigniewkowalczyk", {})).toBeNull();
    expect(passwordProblem("zbigniewkowalczyk", account)).toMatch(/too easy to guess/);
  });

  it("accepts long passphrases, and the demo seed's passwords stay valid", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    for (const user of DEMO_CONSOLE_USERS) expect(passwordProblem(user.password, user), user.email).toBeNull();
  });

  it("names the field when it refuses", () => {
    try {
      assertPasswordPolicy("password1234", {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SafeError);
      expect((error as SafeError).code).toBe("INVALID");
      expect((error as SafeError).details).toEqual({
        errors: [{ field: "password", detail: expect.stringMatching(/too easy/) }],
      });
    }
  });
});
