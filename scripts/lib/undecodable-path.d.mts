export interface UndecodablePathAnswer {
  status: 400;
  headers: Record<string, string>;
  body: { type: string; title: string; status: 400; code: "BAD_REQUEST"; detail: string };
}
export function undecodablePathAnswer(url: string | undefined): UndecodablePathAnswer | null;
