import { stringify } from "csv-stringify";

/**
 * A CSV download streamed from an async sequence of rows, for every export
 * (audit log, statements of reasons). Cells starting with = + - @ (or a tab
 * or carriage return) are prefixed with ' so spreadsheets never run them as
 * formulas. The first row is read before the headers go out: a query that
 * fails does so as a problem answer, not as a CSV cut off after its 200.
 */
export async function csvResponse<T>(options: {
  columns: string[];
  rows: AsyncIterator<T>;
  toRecord: (row: T) => Record<string, unknown>;
  filename: string;
}): Promise<Response> {
  const { columns, rows, toRecord, filename } = options;
  const csv = stringify({
    header: true,
    columns,
    cast: { string: (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v) },
  });
  const first = await rows.next();
  void (async () => {
    for (let r = first; !r.done; r = await rows.next()) csv.write(toRecord(r.value));
    csv.end();
  })().catch((e) => csv.destroy(e as Error));

  const stream = new ReadableStream({
    start(controller) {
      csv.on("data", (chunk: Buffer | string) =>
        controller.enqueue(typeof chunk === "string" ? new TextEncoder().encode(chunk) : new Uint8Array(chunk)),
      );
      csv.on("end", () => controller.close());
      csv.on("error", (e) => controller.error(e));
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
