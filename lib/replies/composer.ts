import "server-only";
import type { ConsoleActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import type { FindingCategory, ReplyAudience } from "@/lib/generated/prisma/enums";
import { loadCaseReplyContext, type ReplyRecipient } from "@/lib/replies/recipients";
import { listCaseReplies, type CaseReplyRow } from "@/lib/replies/send";
import type { ReplyCaseFacts } from "@/lib/replies/variables";

export interface ComposerTemplate {
  id: string;
  name: string;
  audience: ReplyAudience;
  categories: FindingCategory[];
  subject: string;
  body: string;
}

export interface ReplyComposerData {
  caseId: string;
  facts: ReplyCaseFacts;
  recipients: ReplyRecipient[];
  templates: ComposerTemplate[];
  replies: CaseReplyRow[];
}

/** Everything the case page's reply panel needs, in serialisable form. */
export async function loadReplyComposer(caseId: string, actor: ConsoleActor): Promise<ReplyComposerData | null> {
  const [context, templates, replies] = await Promise.all([
    loadCaseReplyContext(prisma, caseId),
    prisma.replyTemplate.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, audience: true, categories: true, subject: true, body: true },
    }),
    listCaseReplies(caseId),
  ]);
  if (!context) return null;
  return {
    caseId,
    facts: { ...context.facts, agentName: actor.name },
    recipients: context.recipients,
    templates,
    replies,
  };
}
