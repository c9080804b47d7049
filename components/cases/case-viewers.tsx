"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { VIEWER_HEARTBEAT_MS } from "@/lib/cases/claims/presence-policy";
import { describeViewers } from "@/lib/cases/claims/viewers-text";
import { fetchJson } from "@/lib/http/fetch-json";
import { caseKeys } from "@/lib/cases/queue/query-keys";

interface Viewer {
  userId: string;
  name: string;
  holdsClaim: boolean;
}

/**
 * "Also viewing: Omar Moderator" on a case page. Each poll is also this
 * viewer's heartbeat (and keeps their claim on the case alive); leaving the
 * page removes them at once. Renders nothing when nobody else is there.
 */
export function CaseViewers({ caseId }: { caseId: string }) {
  const queryClient = useQueryClient();
  const url = `/api/cases/${encodeURIComponent(caseId)}/viewers`;
  const { data } = useQuery({
    queryKey: caseKeys.viewers(caseId),
    queryFn: () => fetchJson<{ viewers: Viewer[] }>(url, { method: "POST" }),
    refetchInterval: VIEWER_HEARTBEAT_MS,
    refetchIntervalInBackground: true,
    staleTime: 0,
  });

  useEffect(() => {
    return () => {
      // keepalive lets the request finish while the page unloads.
      void fetch(url, { method: "DELETE", keepalive: true }).catch(() => {});
      queryClient.removeQueries({ queryKey: caseKeys.viewers(caseId) });
    };
  }, [url, caseId, queryClient]);

  const text = describeViewers(data?.viewers ?? []);
  return (
    <p role="status" aria-live="polite" className="text-sm text-muted">
      {text ? (
        <span className="inline-flex items-center gap-1.5 rounded-full bg-accent-subtle px-2.5 py-1 text-accent-text ring-1 ring-accent-line">
          <EyeIcon />
          {text}
        </span>
      ) : null}
    </p>
  );
}

function EyeIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-4 fill-current">
      <path d="M8 3C4.5 3 1.9 5.3 1 8c.9 2.7 3.5 5 7 5s6.1-2.3 7-5c-.9-2.7-3.5-5-7-5Zm0 8.2A3.2 3.2 0 1 1 8 4.8a3.2 3.2 0 0 1 0 6.4Zm0-1.7a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z" />
    </svg>
  );
}
