import { Button } from "@/components/ui/button";
import { RANGE_DAYS, type RangeDays } from "@/lib/metrics/range";

/** The window, as a plain GET form: works before hydration and from the keyboard. */
export function RangePicker({ days }: { days: RangeDays }) {
  return (
    <form method="get" className="flex items-end gap-2">
      <div>
        <label htmlFor="metrics-period" className="block text-sm font-medium text-fg-soft">
          Period
        </label>
        <select
          id="metrics-period"
          name="days"
          defaultValue={days}
          className="mt-1 block rounded-md border border-border-strong bg-surface px-2.5 py-1.5 text-sm text-fg"
        >
          {RANGE_DAYS.map((d) => (
            <option key={d} value={d}>
              Last {d} days
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" size="md">
        Show
      </Button>
    </form>
  );
}
