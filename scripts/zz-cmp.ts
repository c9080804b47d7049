import { readFileSync } from "node:fs";
import { detect } from "@/lib/detection/detect";
import { parseCorpus } from "@/lib/detection/evaluation";
const cases = parseCorpus(readFileSync("lib/detection/corpus/real/test-4.jsonl", "utf8"));
for (const c of cases) {
  const got = new Set(detect(c.text, { contractActive: c.contractActive }).filter((f) => f.violation).map((f) => f.category));
  for (const cat of ["OFF_PLATFORM_PAYMENT", "PERSONAL_DATA_REQUEST"] as const) {
    if (c.expect.includes(cat) && !got.has(cat)) console.log("MISS", cat.slice(13, 20), c.id, c.contractActive, JSON.stringify(c.text.slice(0, 200)));
  }
}
