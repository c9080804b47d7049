import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-muted">404</p>
        <h1 className="mt-2 text-xl font-semibold text-fg">Nothing here</h1>
        <p className="mt-2 text-sm text-muted">The page or case may have moved, or the link is wrong.</p>
        <Link href="/" className="mt-4 inline-block text-sm font-medium text-accent-text underline">
          Back to your start page
        </Link>
      </div>
    </main>
  );
}
