import { Fragment } from "react";

const TOKENS = /(\{\{[^{}\n]*\}\}|\[\[[^[\]\n]*\]\])/g;

/**
 * Template or reply text with its `{{variables}}` and `[[gaps]]` marked.
 * Everything is rendered as React text: nothing in it is ever HTML.
 */
export function MarkedText({ text, className }: { text: string; className?: string }) {
  const parts = text.split(TOKENS);
  return (
    <span className={className}>
      {parts.map((part, i) => {
        if (i % 2 === 0) return <Fragment key={i}>{part}</Fragment>;
        if (part.startsWith("[[")) {
          return (
            <mark
              key={i}
              data-gap
              className="rounded bg-warning-subtle px-0.5 text-warning-text ring-1 ring-warning-line"
            >
              {part}
              <span className="sr-only"> (to fill in)</span>
            </mark>
          );
        }
        return (
          <code
            key={i}
            data-variable
            className="rounded bg-accent-subtle px-0.5 font-mono text-[0.85em] text-accent-text"
          >
            {part}
          </code>
        );
      })}
    </span>
  );
}
