"use client";

import { Field, Select } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-now";
import type { ReplyRecipient } from "@/lib/replies/recipients";
import { recipientKey } from "./use-reply-draft";

const AUDIENCE_GROUP = { REPORTER: "Reporters", REPORTED: "Reported accounts" } as const;

export function RecipientField({
  recipients,
  recipient,
  onChange,
}: {
  recipients: ReplyRecipient[];
  recipient: ReplyRecipient | null;
  onChange: (key: string) => void;
}) {
  // A choice made before the page is interactive would be reset when React takes over the select.
  const hydrated = useHydrated();
  return (
    <Field
      label="Recipient"
      hint={
        recipients.length === 0
          ? "Nobody in this case can be answered: no reporter and no reported account."
          : recipient
            ? recipient.roleLabel
            : "Templates are suggested for the case and the person you answer."
      }
    >
      <Select
        value={recipient ? recipientKey(recipient) : ""}
        disabled={!hydrated}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Choose who to answer…</option>
        {(["REPORTER", "REPORTED"] as const).map((audience) => {
          const people = recipients.filter((r) => r.audience === audience);
          if (people.length === 0) return null;
          return (
            <optgroup key={audience} label={AUDIENCE_GROUP[audience]}>
              {people.map((r) => (
                <option key={recipientKey(r)} value={recipientKey(r)}>
                  @{r.handle} · {r.displayName} ({audience === "REPORTER" ? "reporter" : "reported"})
                </option>
              ))}
            </optgroup>
          );
        })}
      </Select>
    </Field>
  );
}
