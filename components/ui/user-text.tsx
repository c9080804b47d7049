import { splitHidden } from "@/lib/ui/visible-text";

/**
 * Text a marketplace user wrote (a message, a name, a title), shown as it really is: isolated from
 * the console's own text (`<bdi>`), with invisible and direction-changing characters shown as small
 * markers naming their code point instead of acting on the text around them. Rendered as React text,
 * never as HTML.
 */
export function UserText({ text }: { text: string }) {
  const runs = splitHidden(text);
  if (runs.length === 1 && runs[0]!.kind === "text") return <bdi>{text}</bdi>;
  return (
    <bdi>
      {runs.map((run, i) =>
        run.kind === "text" ? (
          run.text
        ) : (
          <abbr
            key={i}
            title={`Hidden character ${run.codePoint}: ${run.name}`}
            className="mx-px rounded-sm border border-dashed border-warning px-0.5 align-baseline font-mono text-[10px] text-warning-text no-underline"
          >
            {run.codePoint}
          </abbr>
        ),
      )}
    </bdi>
  );
}
