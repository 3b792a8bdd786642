'use client';

// One bar per day (cards due, reviews made…) with recharts, readable on a 390 px phone: no y axis, each bar carries
// its value, ticks and values at 13 px. For screen readers the chart is one image named by `summary`; the same
// numbers are a real table under "Show as table", a <details> that sighted keyboard users open too (a table that
// only screen readers get would leave them out, and would be read twice beside the summary).
import { useFormatter } from 'next-intl';
import { Bar, BarChart, LabelList, XAxis } from 'recharts';
import styles from './DailyBarChart.module.css';

export interface DailyBarDatum {
  /** The day in words, for the table: "Tuesday, 3 March". */
  label: string;
  /** What the axis shows under the bar, short enough for a phone: "3". Defaults to `label`. */
  tick?: string;
  value: number;
}

export interface DailyBarChartProps {
  data: readonly DailyBarDatum[];
  /** The chart's accessible name: what it shows and its main numbers, in a sentence. Also the table's caption. */
  summary: string;
  /** The table's column headings: the days, and what the values count ("Cards due"). */
  labelHeading: string;
  valueLabel: string;
  /** The text that opens the table: "Show as table". */
  tableToggle: string;
  /** Each bar's value written above it; turn off for many days, where the numbers would run together. */
  showValues?: boolean;
}

const TEXT_STYLE = { fontSize: 13, fill: 'currentColor' };

export function DailyBarChart({ data, summary, labelHeading, valueLabel, tableToggle, showValues = true }: DailyBarChartProps) {
  const format = useFormatter();
  const rows = data.map((datum) => ({ ...datum, tick: datum.tick ?? datum.label, shown: format.number(datum.value) }));
  return (
    <div className={styles.chart}>
      <div role="img" aria-label={summary} className={styles.plot}>
        <BarChart
          data={rows}
          responsive
          style={{ width: '100%', height: '100%' }}
          margin={{ top: showValues ? 22 : 8, right: 0, bottom: 0, left: 0 }}
          barCategoryGap="12%"
          accessibilityLayer={false}
        >
          <XAxis dataKey="tick" tick={TEXT_STYLE} tickLine={false} interval="equidistantPreserveStart" minTickGap={2} height={24} />
          <Bar dataKey="value" className={styles.bar} isAnimationActive={false} minPointSize={0}>
            {showValues && <LabelList dataKey="shown" position="top" style={TEXT_STYLE} />}
          </Bar>
        </BarChart>
      </div>
      <details className={styles.details}>
        <summary>{tableToggle}</summary>
        <table className={styles.table}>
          <caption className="visually-hidden">{summary}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeading}</th>
              <th scope="col">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.label}>
                <th scope="row">{datum.label}</th>
                <td>{format.number(datum.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
