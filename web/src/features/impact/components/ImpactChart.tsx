import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

/**
 * A bar chart for sighted readers beside its table: the table is the content, so the chart is hidden from assistive
 * technology (aria-hidden, inert: nothing in it takes focus) and carries no information the table lacks. Series differ by pattern of position and by
 * legend text, not by colour alone.
 */
export function ImpactChart({
  data,
  categoryKey,
  series,
  height = 260,
}: {
  data: Record<string, string | number>[];
  categoryKey: string;
  series: ChartSeries[];
  height?: number;
}) {
  if (data.length === 0) return null;
  return (
    <div aria-hidden="true" inert style={{ width: '100%', height }} data-testid="impact-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          <Tooltip />
          <Legend />
          {series.map((entry) => (
            <Bar key={entry.key} dataKey={entry.key} name={entry.label} fill={entry.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
