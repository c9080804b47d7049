import Link from "next/link";

/** "Parent / here" above a page's heading: the way back to the list the page was opened from. */
export function Breadcrumb({ href, parent, here }: { href: string; parent: string; here: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-xs text-muted">
      <Link href={href} className="hover:underline">
        {parent}
      </Link>{" "}
      / {here}
    </nav>
  );
}
