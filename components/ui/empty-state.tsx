export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <div className="border-border-strong bg-surface rounded-lg border border-dashed px-6 py-12 text-center">
      <p className="text-fg text-sm font-medium">{title}</p>
      {hint ? <p className="text-muted mt-1 text-sm">{hint}</p> : null}
    </div>
  );
}
