// The data every chart takes: named series of values per category (a period, an organisation,
// a target group). A null value is one the server suppressed ("färre än 5") or that is missing.
export interface ChartSeries {
  key: string;
  label: string;
  /** One value per category, in the order of `categories`; null = suppressed or missing. */
  values: (number | null)[];
  /** Drawn as an outline (e.g. "promised") instead of a solid fill (e.g. "realised"). */
  outline?: boolean;
  /** Table text per category where it differs from the number (e.g. "färre än 5", "dolt"). */
  texts?: (string | undefined)[];
  /** Short mark drawn in the picture for a null value ("<5", "–"). */
  marks?: (string | undefined)[];
}

export interface ChartData {
  categories: string[];
  series: ChartSeries[];
}

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11); never the only cue. */
export const seriesColours = ['#1d4f91', '#a4431b', '#2f6b2f', '#6b3d8f', '#8a5a00', '#0f6a73'];

export function maxValue(data: ChartData, floor = 1): number {
  let max = floor;
  for (const series of data.series)
    for (const value of series.values) if (value !== null && value > max) max = value;
  return max;
}
