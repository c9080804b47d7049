import { csvResponse } from "@/lib/http/csv";
import { defineRoute } from "@/lib/http/route";
import { otherMethods } from "@/lib/http/methods";
import { DSA_FIELDS } from "@/lib/statements/dsa";
import { allStatements, statementExportQuery, statementsPage } from "@/lib/statements/export";

/**
 * Statements of reasons for a date range in the DSA Transparency Database's
 * fields: JSON one keyset page at a time (`next` → `after`), or the whole
 * range as CSV (list fields as JSON arrays).
 */
export const GET = defineRoute(
  { auth: "session", permission: "statement:export", query: statementExportQuery },
  async ({ query }) => {
    if (query.format !== "csv") return statementsPage(query);
    const range = [query.from ?? "start", query.to ?? "today"].join("_");
    return csvResponse({
      columns: [...DSA_FIELDS],
      rows: allStatements(query),
      toRecord: (s) =>
        Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : (v ?? "")])),
      filename: `statements-of-reasons-${range}.csv`,
    });
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
