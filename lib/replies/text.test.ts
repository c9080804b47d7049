import { describe, expect, it } from "vitest";
import {
  closestVariable,
  placeholdersIn,
  positionAt,
  renderTemplate,
  sendTextIssues,
  templateTextIssues,
} from "@/lib/replies/text";

describe("positionAt", () => {
  it("gives 1-based lines and columns", () => {
    const text = "ab\ncd\n\nef";
    expect(positionAt(text, 0)).toEqual({ index: 0, line: 1, column: 1 });
    expect(positionAt(text, 4)).toEqual({ index: 4, line: 2, column: 2 });
    expect(positionAt(text, 7)).toEqual({ index: 7, line: 4, column: 1 });
  });
});

describe("templateTextIssues", () => {
  it("accepts the documented variables, with or without inner spaces", () => {
    expect(
      templateTextIssues(
        "Hi {{recipient_name}}, about {{ job_title }} ({{case_reference}}). {{action_taken}} {{restriction_end}} {{agent_name}} {{policy_link}}",
      ),
    ).toEqual([]);
  });

  it("accepts placeholders: they are gaps for the agent", () => {
    expect(templateTextIssues("We found that [[what happened]].")).toEqual([]);
  });

  it("refuses an unknown variable with its line and column, and suggests the closest one", () => {
    const issues = templateTextIssues("Hello,\n\nDear {{recipent_name}}, thanks.");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "unknown-variable",
      token: "{{recipent_name}}",
      line: 3,
      column: 6,
      index: 13,
    });
    expect(issues[0]!.message).toBe(
      "Unknown variable {{recipent_name}} at line 3, column 6. Did you mean {{recipient_name}}?",
    );
  });

  it("lists the known variables when nothing is close", () => {
    const [issue] = templateTextIssues("{{favourite_colour}}");
    expect(issue!.message).toContain(
      "Use one of: recipient_name, job_title, case_reference, action_taken, restriction_end, appealed_decision, appeal_reason, agent_name, policy_link.",
    );
  });

  it("refuses empty and unclosed variables, in reading order", () => {
    const issues = templateTextIssues("A {{}} B\nC {{agent_name D");
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["empty-variable", 1, 3],
      ["unclosed-variable", 2, 3],
    ]);
    expect(issues[1]!.message).toBe('"{{" at line 2, column 3 is never closed with "}}" on the same line.');
  });

  it("is case-sensitive: names are written exactly as documented", () => {
    expect(templateTextIssues("{{Recipient_Name}}")[0]!.message).toContain("Did you mean {{recipient_name}}?");
  });
});

describe("closestVariable", () => {
  it("maps near misses and spelled-out names", () => {
    expect(closestVariable("agentname")).toBe("agent_name");
    expect(closestVariable("case reference")).toBe("case_reference");
    expect(closestVariable("zzz")).toBeNull();
  });
});

describe("renderTemplate", () => {
  it("fills every variable it has a value for", () => {
    expect(
      renderTemplate("Hi {{recipient_name}}, case {{ case_reference }}.", {
        recipient_name: "Ana",
        case_reference: "C-7",
      }),
    ).toBe("Hi Ana, case C-7.");
  });

  it("turns a variable the case cannot fill into a named placeholder", () => {
    expect(renderTemplate("Ends {{restriction_end}}.", {})).toBe("Ends [[restriction end]].");
    expect(renderTemplate("Ends {{restriction_end}}.", { restriction_end: "  " })).toBe("Ends [[restriction end]].");
  });

  it("inserts values literally, in one pass: user content never expands", () => {
    const out = renderTemplate("Hi {{recipient_name}} from {{agent_name}}", {
      recipient_name: "{{agent_name}} $& $1 <b>x</b>",
      agent_name: "Sam",
    });
    expect(out).toBe("Hi {{agent_name}} $& $1 <b>x</b> from Sam");
  });

  it("leaves unknown variables as written, so sending stays blocked", () => {
    const out = renderTemplate("{{nope}}", { recipient_name: "Ana" });
    expect(out).toBe("{{nope}}");
    expect(sendTextIssues(out)[0]!.code).toBe("unfilled-variable");
  });
});

describe("sendTextIssues", () => {
  it("blocks a placeholder left to fill, with its position", () => {
    const issues = sendTextIssues("Hi Ana,\nWe found that [[reason]].");
    expect(issues).toEqual([
      expect.objectContaining({
        code: "placeholder",
        token: "[[reason]]",
        line: 2,
        column: 15,
        message: "Fill in [[reason]] at line 2, column 15 before sending.",
      }),
    ]);
  });

  it("blocks leftover variables and stray braces", () => {
    expect(sendTextIssues("Dear {{recipient_name}} and {{").map((i) => i.code)).toEqual([
      "unfilled-variable",
      "unclosed-variable",
    ]);
  });

  it("lets a fully written reply through", () => {
    expect(sendTextIssues("Hi Ana, thanks [for] the {report} [x]].")).toEqual([]);
  });
});

describe("placeholdersIn", () => {
  it("finds every gap with its label", () => {
    expect(placeholdersIn("[[a]] x [[ what happened ]]").map((p) => [p.label, p.column])).toEqual([
      ["a", 1],
      ["what happened", 9],
    ]);
  });
});
