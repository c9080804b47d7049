import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Trust & Safety console", template: "%s · Trust & Safety console" },
  description: "Moderator console for reports on the marketplace",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, the not-found page too: its scripts need the request's CSP
  // nonce (proxy.ts), which a page prerendered at build time cannot carry.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
