"use client";

import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { Kbd } from "@/components/ui/kbd";

export interface Shortcut {
  keys: string[];
  action: string;
}

/** The `?` dialog of a page: each key (or chord) beside what it does. */
export function ShortcutHelp({
  open,
  onClose,
  description,
  shortcuts,
}: {
  open: boolean;
  onClose: () => void;
  description: string;
  shortcuts: Shortcut[];
}) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" description={description}>
      <dl className="divide-y divide-border text-sm">
        {shortcuts.map((s) => (
          <div key={s.action} className="flex items-center justify-between gap-4 py-1.5">
            <dt className="text-fg-soft">{s.action}</dt>
            <dd className="flex shrink-0 gap-1">
              {s.keys.map((k) => (
                <Kbd key={k}>{k}</Kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <DialogActions>
        <Button onClick={onClose} variant="primary">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
