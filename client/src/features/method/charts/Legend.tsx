// The series key under a chart: a swatch in the series' colour and fill style, and its name.
import type { ChartSeries } from './chartTypes';
import { seriesColours } from './chartTypes';

export function Legend({ series }: { series: ChartSeries[] }) {
  return (
    <ul className="chart__legend" aria-hidden="true">
      {series.map((entry, index) => {
        const colour = seriesColours[index % seriesColours.length]!;
        return (
          <li key={entry.key}>
            <svg width="14" height="14" viewBox="0 0 14 14" focusable="false">
              <rect
                x="1"
                y="1"
                width="12"
                height="12"
                fill={entry.outline ? '#ffffff' : colour}
                stroke={colour}
                strokeWidth="2"
                strokeDasharray={entry.outline ? '3 2' : undefined}
              />
            </svg>
            {entry.label}
          </li>
        );
      })}
    </ul>
  );
}
