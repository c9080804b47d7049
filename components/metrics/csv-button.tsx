"use client";

import { stringify } from "csv-stringify/browser/esm/sync";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/** Downloads a table's rows as CSV, built in the browser from what the table shows. */
export function CsvButton({ name, rows }: { name: string; rows: (string | number | null)[][] }) {
  return (
    <Button
      size="sm"
      onClick={() => {
        const blob = new Blob([stringify(rows)], { type: "text/csv;charset=utf-8" });
        const url = URL.createObjectURL(blob);
        const a = document.createElement("a");
        a.href = url;
        a.download = `${name}.csv`;
        a.click();
        URL.revokeObjectURL(url);
        toast.success(`Exported ${rows.length - 1} rows as ${name}.csv`);
      }}
    >
      Export CSV<span className="sr-only"> of {name.replaceAll("-", " ")}</span>
    </Button>
  );
}
