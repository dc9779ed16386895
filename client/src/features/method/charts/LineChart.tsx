// Series over time as lines, hand-written SVG: outline series are dashed, every point is
// marked (circles or squares) and labelled with its figure, so the lines differ by more than
// colour; a level line (outline) is labelled once, at its end.
import { Legend } from './Legend';
import type { ChartData } from './chartTypes';
import { maxValue, seriesColours } from './chartTypes';

const HEIGHT = 220;
const TOP = 20;
const BOTTOM = 40;
const SIDE = 28;

export function LineChart({
  data,
  short,
  scaleMax,
}: {
  data: ChartData;
  short: (value: number) => string;
  /** The top of the scale when it is fixed (a 1–5 score). */
  scaleMax?: number;
}) {
  const points = data.categories.length;
  const step = 90;
  const width = Math.max(420, SIDE * 2 + Math.max(0, points - 1) * step);
  const plot = HEIGHT - TOP - BOTTOM;
  const max = maxValue(data, scaleMax ?? 1);
  const xAt = (index: number) =>
    points <= 1 ? width / 2 : SIDE + (index * (width - SIDE * 2)) / (points - 1);
  const yAt = (value: number) => TOP + plot - (value / max) * plot;
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
        <line
          x1={SIDE / 2}
          x2={width - SIDE / 2}
          y1={TOP + plot}
          y2={TOP + plot}
          stroke="#4d5560"
        />
        {data.series.map((series, seriesIndex) => {
          const colour = seriesColours[seriesIndex % seriesColours.length]!;
          const path = series.values
            .map((value, index) => (value === null ? null : `${xAt(index)},${yAt(value)}`))
            .filter((point): point is string => point !== null)
            .join(' ');
          return (
            <g key={series.key}>
              <polyline
                points={path}
                fill="none"
                stroke={colour}
                strokeWidth="2.5"
                strokeDasharray={series.outline ? '6 4' : undefined}
              />
              {series.values.map((value, index) =>
                value === null ? (
                  <text
                    key={index}
                    x={xAt(index)}
                    y={TOP + plot - 6}
                    textAnchor="middle"
                    fontSize="10"
                    fill="#1b1f24"
                  >
                    {series.marks?.[index] ?? '–'}
                  </text>
                ) : (
                  <g key={index}>
                    {series.outline ? (
                      <rect
                        x={xAt(index) - 4}
                        y={yAt(value) - 4}
                        width="8"
                        height="8"
                        fill="#ffffff"
                        stroke={colour}
                        strokeWidth="2"
                      />
                    ) : (
                      <circle cx={xAt(index)} cy={yAt(value)} r="4" fill={colour} />
                    )}
                    {series.outline && index !== series.values.length - 1 ? null : (
                      <text
                        x={xAt(index)}
                        y={yAt(value) - 8}
                        dx={seriesIndex % 2 === 0 ? -10 : 10}
                        textAnchor="middle"
                        fontSize="10"
                        fill="#1b1f24"
                      >
                        {short(value)}
                      </text>
                    )}
                  </g>
                ),
              )}
            </g>
          );
        })}
        {data.categories.map((category, index) => (
          <text
            key={category}
            x={xAt(index)}
            y={TOP + plot + 16}
            textAnchor="middle"
            fontSize="11"
            fill="#1b1f24"
          >
            {category}
          </text>
        ))}
      </svg>
      <Legend series={data.series} />
    </>
  );
}
