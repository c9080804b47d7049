import { ReplyComposer } from "@/components/replies/reply-composer";
import { SentReplies } from "@/components/replies/sent-replies";
import { requirePageActor } from "@/lib/auth/session";
import { loadReplyComposer } from "@/lib/replies/composer";

/**
 * The case page's reply panel: compose from a template, and the replies
 * already sent. Loads its own data, so the case page only decides whether
 * to show it; the permission is checked here again on the server.
 */
export async function ReplyPanel({ caseId }: { caseId: string }) {
  const actor = await requirePageActor("reply:send");
  const data = await loadReplyComposer(caseId, actor);
  if (!data) return null;
  return (
    <section aria-labelledby="reply-heading" className="rounded-lg border border-border bg-surface">
      <h2 id="reply-heading" className="border-b border-border px-4 py-2 text-sm font-semibold text-fg">
        Reply to someone in this case
      </h2>
      <ReplyComposer caseId={data.caseId} facts={data.facts} recipients={data.recipients} templates={data.templates} />
      <h3 className="border-t border-border px-4 pt-2 pb-1 text-xs font-semibold tracking-wide text-muted uppercase">
        Sent from this case <span className="font-normal tracking-normal normal-case">({data.replies.length})</span>
      </h3>
      <SentReplies replies={data.replies} />
    </section>
  );
}
