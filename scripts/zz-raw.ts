import { analyse, detect } from "@/lib/detection/detect";
for (const t of process.argv.slice(2)) {
  const { hits } = analyse(t, { contractActive: false });
  console.log(JSON.stringify(t), "=> raw", hits.map((h) => `${h.ruleId}${h.concrete ? "*" : ""}[${t.slice(h.start, h.end)}]`).join(" ; "));
  console.log("   final", detect(t, { contractActive: false }).map((f) => `${f.ruleId}:${f.violation}`).join(" ; "));
}
