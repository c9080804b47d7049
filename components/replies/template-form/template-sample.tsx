import { MarkedText } from "@/components/replies/marked-text";
import { Panel } from "@/components/ui/panel";
import { renderTemplate } from "@/lib/replies/text";
import { REPLY_VARIABLES } from "@/lib/replies/variables";

const EXAMPLES = Object.fromEntries(REPLY_VARIABLES.map((v) => [v.name, v.example]));

/** The template as a recipient would read it, filled with example values. */
export function TemplateSample({ subject, body }: { subject: string; body: string }) {
  const sample = { subject: renderTemplate(subject, EXAMPLES), body: renderTemplate(body, EXAMPLES) };
  return (
    <Panel title="Sample with example values" titleId="sample-heading">
      <div className="px-4 py-3 text-sm">
        <p className="font-medium text-fg">
          <MarkedText text={sample.subject || "No subject yet"} />
        </p>
        <div
          tabIndex={0}
          role="region"
          aria-label="Sample text"
          className="mt-2 max-h-80 overflow-y-auto leading-relaxed break-words whitespace-pre-wrap text-fg-soft"
        >
          <MarkedText text={sample.body} />
        </div>
      </div>
    </Panel>
  );
}
