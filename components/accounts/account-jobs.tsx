import { Empty, Section } from "@/components/accounts/section";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AccountJobRow } from "@/lib/accounts/types";
import { UserText } from "@/components/ui/user-text";

const JOB_STATUS = { OPEN: "Open", TAKEN_DOWN: "Taken down", CLOSED: "Closed" } as const;

export function AccountJobs({ jobs, isClient }: { jobs: AccountJobRow[]; isClient: boolean }) {
  return (
    <Section id="account-jobs" title="Jobs posted" count={jobs.length}>
      {jobs.length === 0 ? (
        <Empty>{isClient ? "This client has posted no jobs." : "Freelancers do not post jobs."}</Empty>
      ) : (
        <ul className="divide-y divide-border">
          {jobs.map((j) => (
            <li key={j.id} className="px-4 py-2 text-sm">
              <p className="font-medium text-fg">
                <UserText text={j.title} />
              </p>
              <p className="text-xs text-muted">
                <span className={j.status === "TAKEN_DOWN" ? "font-medium text-danger-text" : ""}>
                  {JOB_STATUS[j.status]}
                </span>{" "}
                · posted <RelativeTime iso={j.postedAt} /> · {j.openCases} open case{j.openCases === 1 ? "" : "s"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
