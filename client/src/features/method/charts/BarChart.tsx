// Grouped vertical bars, hand-written SVG (no chart library in the bundle): one group per
// category, one bar per series, each bar labelled with its figure so colour is never the
// only cue. A suppressed figure is no bar, only its mark ("<5").
import { Legend } from './Legend';
import type { ChartData } from './chartTypes';
import { maxValue, seriesColours } from './chartTypes';

const HEIGHT = 220;
const TOP = 20;
const BOTTOM = 44;
const LEFT = 8;

export function BarChart({ data, short }: { data: ChartData; short: (value: number) => string }) {
  const groups = data.categories.length;
  const perGroup = Math.max(1, data.series.length);
  const bar = 22;
  // Wide enough for a category name of ~18 characters under the group.
  const groupWidth = Math.max(perGroup * bar + 24, 124);
  const width = Math.max(280, LEFT * 2 + groups * groupWidth);
  const plot = HEIGHT - TOP - BOTTOM;
  const max = maxValue(data);
  return (
    <>
      <svg
        className="chart__svg"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: width }}
        preserveAspectRatio="xMinYMid meet"
        focusable="false"
        aria-hidden="true"
      >
        <line x1={LEFT} x2={width - LEFT} y1={TOP + plot} y2={TOP + plot} stroke="#4d5560" />
        {data.categories.map((category, groupIndex) => {
          const x0 = LEFT + groupIndex * groupWidth + (groupWidth - perGroup * bar) / 2;
          return (
            <g key={category}>
              {data.series.map((series, seriesIndex) => {
                const value = series.values[groupIndex] ?? null;
                const colour = seriesColours[seriesIndex % seriesColours.length]!;
                const x = x0 + seriesIndex * bar;
                const h = value === null ? 0 : Math.max(1, (value / max) * plot);
                return (
                  <g key={series.key}>
                    {value === null ? null : (
                      <rect
                        x={x + 2}
                        y={TOP + plot - h}
                        width={bar - 4}
                        height={h}
                        fill={series.outline ? '#ffffff' : colour}
                        stroke={colour}
                        strokeWidth="2"
                        strokeDasharray={series.outline ? '4 2' : undefined}
                      />
                    )}
                    <text
                      x={x + bar / 2}
                      y={TOP + plot - h - 4}
                      textAnchor="middle"
                      fontSize="10"
                      fill="#1b1f24"
                    >
                      {value === null ? (series.marks?.[groupIndex] ?? '–') : short(value)}
                    </text>
                  </g>
                );
              })}
              <text
                x={x0 + (perGroup * bar) / 2}
                y={TOP + plot + 16}
                textAnchor="middle"
                fontSize="11"
                fill="#1b1f24"
              >
                {category.length > 19 ? `${category.slice(0, 18)}…` : category}
              </text>
            </g>
          );
        })}
      </svg>
      <Legend series={data.series} />
    </>
  );
}
