/** Trace milliseconds as the seconds the lab's sentences quote: 110 -> "0.110". */
export function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}
