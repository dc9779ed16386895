// One chart as a politician and a screen reader both meet it: a heading, a sentence saying
// what the chart shows, the picture (role="img" named by that sentence) and the same
// figures as a table under "Visa som tabell".
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { ChartData } from './chartTypes';

export function ChartFigure(props: {
  title: string;
  summary: string;
  data: ChartData;
  /** How a category column is named in the table (e.g. "Period"). */
  categoryLabel: string;
  /** Text for a value in the table (e.g. "färre än 5" for null). */
  formatValue: (value: number | null) => string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId} className="chart__title">
          {props.title}
        </h3>
        <p className="chart__summary">{props.summary}</p>
      </figcaption>
      <div className="chart__picture" role="img" aria-label={props.summary}>
        {props.children}
      </div>
      <details className="chart__table">
        <summary>{t('method.charts.showTable')}</summary>
        <div className="table-scroll" role="region" aria-label={props.title} tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{props.categoryLabel}</th>
                {props.data.series.map((series) => (
                  <th scope="col" key={series.key}>
                    {series.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.data.categories.map((category, index) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {props.data.series.map((series) => (
                    <td key={series.key}>
                      {series.texts?.[index] ?? props.formatValue(series.values[index] ?? null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
