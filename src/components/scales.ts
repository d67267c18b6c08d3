// The few scales the charts need, written out: d3-scale would bring
// d3-array, d3-interpolate, d3-color and d3-format with it (about 20 KB gzip
// on every page) for three linear mappings. Same chainable call shape as
// d3-scale's, so the chart code reads the same.

export interface ContinuousScale {
  (x: number): number;
  domain(): number[];
  domain(domain: readonly number[]): ContinuousScale;
  range(): number[];
  range(range: readonly number[]): ContinuousScale;
  clamp(clamp: boolean): ContinuousScale;
}

/**
 * A piecewise-linear scale over any number of domain/range stops (like
 * d3's "polylinear" scales); `transform` maps domain values first (sqrt).
 */
function continuous(transform: (x: number) => number = (x) => x): ContinuousScale {
  let domain: number[] = [0, 1];
  let range: number[] = [0, 1];
  let clamp = false;
  const scale = ((x: number) => {
    const n = Math.min(domain.length, range.length);
    const t = transform(x);
    const d = domain.map(transform);
    const ascending = d[n - 1]! >= d[0]!;
    // The segment that holds t (the first or last when t is outside).
    let i = 0;
    while (i < n - 2 && (ascending ? t > d[i + 1]! : t < d[i + 1]!)) i++;
    const d0 = d[i]!;
    const d1 = d[i + 1]!;
    let u = d1 === d0 ? 0.5 : (t - d0) / (d1 - d0);
    if (clamp) u = Math.max(0, Math.min(1, u));
    return range[i]! + u * (range[i + 1]! - range[i]!);
  }) as ContinuousScale;
  scale.domain = ((next?: readonly number[]) => (next ? ((domain = [...next]), scale) : [...domain])) as ContinuousScale["domain"];
  scale.range = ((next?: readonly number[]) => (next ? ((range = [...next]), scale) : [...range])) as ContinuousScale["range"];
  scale.clamp = (next: boolean) => ((clamp = next), scale);
  return scale;
}

export const scaleLinear = (): ContinuousScale => continuous();

/** Area-true sizes: radius ∝ √n. */
export const scaleSqrt = (): ContinuousScale => continuous((x) => Math.sign(x) * Math.sqrt(Math.abs(x)));
