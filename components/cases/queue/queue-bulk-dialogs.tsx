"use client";

import { AssignDialog, DismissDialog, ShortcutsDialog } from "@/components/cases/queue/queue-dialogs";
import { useBulkActions } from "@/components/cases/queue/use-queue";
import type { Assignee, QueueItem } from "@/lib/cases/queue/schemas";

export type QueueDialog = "help" | "dismiss" | "assign" | null;

/** The shortcuts list and the bulk dismiss / assign dialogs, applied to `targets`. */
export function QueueBulkDialogs({
  dialog,
  onClose,
  targets,
  assignees,
  can,
  onDone,
}: {
  dialog: QueueDialog;
  onClose: () => void;
  targets: QueueItem[];
  assignees: Assignee[];
  can: { claim: boolean; select: boolean; assign: boolean };
  onDone: () => void;
}) {
  const bulk = useBulkActions(assignees);
  const cases = () => targets.map((i) => ({ caseId: i.id, version: i.version }));
  return (
    <>
      <ShortcutsDialog open={dialog === "help"} onClose={onClose} can={can} />
      <DismissDialog
        open={dialog === "dismiss"}
        count={targets.length}
        onClose={onClose}
        onConfirm={(reason) => {
          onClose();
          bulk.mutate({ action: "dismiss", reason, requestId: crypto.randomUUID(), cases: cases() });
          onDone();
        }}
      />
      <AssignDialog
        open={dialog === "assign"}
        count={targets.length}
        assignees={assignees}
        onClose={onClose}
        onConfirm={(assigneeId) => {
          onClose();
          bulk.mutate({ action: "assign", assigneeId, cases: cases() });
          onDone();
        }}
      />
    </>
  );
}
