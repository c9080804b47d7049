"use client";

import { useState } from "react";
import { UserText } from "@/components/ui/user-text";
import { visibleString } from "@/lib/ui/visible-text";
import { splitIntoParts } from "@/lib/cases/view/highlights";
import type { FindingView } from "@/lib/cases/view/types";
import { ALLOWED_MARK, CATEGORY_STYLE } from "@/components/cases/view/category-style";

interface Props {
  text: string;
  findings: FindingView[];
  activeFindingId: string | null;
  onInspect: (findings: FindingView[]) => void;
}

/**
 * The findings picked in a text (the inspector shows them), and the props
 * that wire a HighlightedText to them.
 */
export function useInspection() {
  const [inspected, setInspected] = useState<FindingView[]>([]);
  return { inspected, inspection: { activeFindingId: inspected[0]?.id ?? null, onInspect: setInspected } };
}

/**
 * A message body with the stored finding spans highlighted. Everything is
 * rendered as React text (never as HTML), so a message cannot inject markup.
 */
export function HighlightedText({ text, findings, activeFindingId, onInspect }: Props) {
  const parts = splitIntoParts(text, findings);
  return (
    <p dir="auto" className="text-sm leading-6 break-words whitespace-pre-wrap text-fg">
      {parts.map((part) => {
        if (part.findings.length === 0)
          return (
            <span key={part.start}>
              <UserText text={part.text} />
            </span>
          );
        const main = part.findings[0]!;
        const style = CATEGORY_STYLE[main.category];
        const allowed = !main.violation;
        const active = part.findings.some((f) => f.id === activeFindingId);
        const description = part.findings
          .map((f) => `${CATEGORY_STYLE[f.category].label}${f.violation ? "" : " (allowed here)"}: ${f.explanation}`)
          .join(" ");
        return (
          <mark
            key={part.start}
            tabIndex={0}
            data-finding-ids={part.findings.map((f) => f.id).join(" ")}
            data-category={main.category}
            data-violation={main.violation ? "true" : "false"}
            aria-label={`${allowed ? "Allowed" : "Violation"}, ${style.label}: ${visibleString(part.text)}. ${description}`}
            onMouseEnter={() => onInspect(part.findings)}
            onFocus={() => onInspect(part.findings)}
            className={`rounded-sm px-0.5 ${allowed ? ALLOWED_MARK : style.mark} ${active ? "ring-2 ring-focus ring-offset-1" : ""}`}
          >
            <style.Icon aria-hidden className="mr-0.5 inline h-3.5 w-3.5 align-[-2px]" />
            <span data-highlight-text>
              <UserText text={part.text} />
            </span>
            <span
              aria-hidden
              className="ml-1 rounded bg-surface/70 px-1 align-middle text-[10px] font-semibold tracking-wide uppercase"
            >
              {allowed ? `${style.tag} · allowed` : style.tag}
            </span>
          </mark>
        );
      })}
    </p>
  );
}
