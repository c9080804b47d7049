import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-muted text-sm font-semibold">404</p>
        <h1 className="text-fg mt-2 text-xl font-semibold">Nothing here</h1>
        <p className="text-muted mt-2 text-sm">The page or case may have moved, or the link is wrong.</p>
        <Link href="/" className="text-accent-text mt-4 inline-block text-sm font-medium underline">
          Back to your start page
        </Link>
      </div>
    </main>
  );
}
