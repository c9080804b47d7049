import { RelativeTime } from "@/components/ui/relative-time";
import type { DecisionContextView } from "@/lib/cases/decisions/context";
import { UserText } from "@/components/ui/user-text";

/** Says at once that the account this case is about is already suspended or restricted. */
export function EnforcedBanner({ subject }: { subject: NonNullable<DecisionContextView["enforcedSubject"]> }) {
  const suspended = subject.status === "SUSPENDED";
  return (
    <p
      role="status"
      data-testid="enforced-banner"
      className={`mb-3 rounded-lg border px-4 py-2 text-sm ${suspended ? "border-danger-line bg-danger-subtle text-danger-text" : "border-warning-line bg-warning-subtle text-warning-text"}`}
    >
      <span className="font-semibold">
        @<UserText text={subject.handle} /> is already {suspended ? "suspended" : "restricted"}
      </span>
      {!suspended && subject.restrictedUntil ? (
        <>
          {" "}
          until <RelativeTime iso={subject.restrictedUntil} />
        </>
      ) : null}
      .{" "}
      {suspended
        ? "This case most likely only needs resolving."
        : "A new restriction extends it; there is one effective end."}
    </p>
  );
}
