// The benchmarks generate the same data on every run, so figures from two runs compare like with like.
export { mulberry32 } from "@/lib/detection/model/train";
