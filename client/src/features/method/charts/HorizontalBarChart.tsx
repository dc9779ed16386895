// Bars lying down, one row per category: readable with many categories (suppliers) at any
// width. Each bar is labelled with its figure; a suppressed one shows only its mark ("<5").
import { Legend } from './Legend';
import type { ChartData } from './chartTypes';
import { maxValue, seriesColours } from './chartTypes';

const LABEL = 170;
const PLOT = 260;
const BAR = 12;

export function HorizontalBarChart({
  data,
  short,
  scaleMax,
}: {
  data: ChartData;
  short: (value: number) => string;
  /** The top of the scale when it is fixed (a 1–5 score). */
  scaleMax?: number;
}) {
  const perRow = Math.max(1, data.series.length);
  const rowHeight = perRow * BAR + 14;
  const width = LABEL + PLOT + 40;
  const height = data.categories.length * rowHeight + 8;
  const max = maxValue(data, scaleMax ?? 1);
  return (
    <>
      <svg
        className="chart__svg"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
        preserveAspectRatio="xMinYMin meet"
        focusable="false"
        aria-hidden="true"
      >
        <line x1={LABEL} x2={LABEL} y1={0} y2={height} stroke="#4d5560" />
        {data.categories.map((category, rowIndex) => {
          const y0 = 4 + rowIndex * rowHeight;
          return (
            <g key={category}>
              <text
                x={LABEL - 6}
                y={y0 + (perRow * BAR) / 2 + 4}
                textAnchor="end"
                fontSize="11"
                fill="#1b1f24"
              >
                {category.length > 26 ? `${category.slice(0, 25)}…` : category}
              </text>
              {data.series.map((series, seriesIndex) => {
                const value = series.values[rowIndex] ?? null;
                const colour = seriesColours[seriesIndex % seriesColours.length]!;
                const y = y0 + seriesIndex * BAR;
                const w = value === null ? 0 : Math.max(1, (value / max) * PLOT);
                return (
                  <g key={series.key}>
                    {value === null ? null : (
                      <rect
                        x={LABEL + 1}
                        y={y + 1}
                        width={w}
                        height={BAR - 3}
                        fill={series.outline ? '#ffffff' : colour}
                        stroke={colour}
                        strokeWidth="1.5"
                        strokeDasharray={series.outline ? '4 2' : undefined}
                      />
                    )}
                    <text x={LABEL + w + 5} y={y + BAR - 2} fontSize="10" fill="#1b1f24">
                      {value === null ? (series.marks?.[rowIndex] ?? '–') : short(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <Legend series={data.series} />
    </>
  );
}
