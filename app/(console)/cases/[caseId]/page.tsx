import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppealWorkspace } from "@/components/appeals/appeal-workspace";
import { CaseWorkspace } from "@/components/cases/view/case-workspace";
import { loadAppealView } from "@/lib/appeals/load";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { loadCaseView } from "@/lib/cases/view/load";
import { loadDecisionContext } from "@/lib/cases/decisions/context";
import { expireRestrictions } from "@/lib/cases/decisions/expiry";
import { statementsOf } from "@/lib/statements/load";

interface Props {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<{ thread?: string; message?: string }>;
}

export const metadata: Metadata = { title: "Case" };

export default async function CasePage({ params, searchParams }: Props) {
  const actor = await requirePageActor("case:read");
  const [{ caseId }, { thread, message }] = await Promise.all([params, searchParams]);
  // Lapsed restrictions end before anyone looks at the account.
  await expireRestrictions();
  const view = await loadCaseView(caseId, { threadId: thread });
  if (!view) notFound();
  if (view.subjectType === "APPEAL") {
    const appeal = await loadAppealView(view.id, actor);
    if (!appeal) notFound();
    return <AppealWorkspace view={view} appeal={appeal} canWriteNotes={can(actor.role, "note:write")} />;
  }
  const [decisionContext, statements] = await Promise.all([
    loadDecisionContext(actor, view),
    statementsOf({ caseId: view.id }),
  ]);
  return (
    <CaseWorkspace
      view={view}
      decisionContext={decisionContext}
      focusMessageId={message ?? null}
      viewerId={actor.id}
      statements={statements}
      permissions={{ writeNotes: can(actor.role, "note:write"), sendReplies: can(actor.role, "reply:send") }}
    />
  );
}
