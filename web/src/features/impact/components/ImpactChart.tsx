import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Text, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

/** Room for a category's name beside its bars; longer names wrap onto further lines. */
const LABEL_WIDTH = 132;
/** The page's text colour: legend and labels need 4.5:1, which the series' colours do not all reach on white. */
const TEXT_COLOR = '#212529';

/**
 * A bar chart for sighted readers beside its table: the table is the content, so the chart is hidden from assistive
 * technology (aria-hidden, inert: nothing in it takes focus) and carries no information the table lacks. Series differ by pattern of position and by
 * legend text, not by colour alone.
 *
 * The bars lie horizontally with the categories down the left, each name wrapped within its column: names like
 * "Behinderung und Inklusion" stay readable side by side on a wide screen and on a phone alike. The legend lists the
 * series in the order their bars stand in each group, in dark text beside a coloured swatch.
 */
export function ImpactChart(props: ChartProps) {
  if (props.data.length === 0) return null;
  const height = chartHeight(props.data.length, props.series.length);
  return (
    <div aria-hidden="true" inert style={{ width: '100%', height }} data-testid="impact-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ImpactBars {...props} />
      </ResponsiveContainer>
    </div>
  );
}

interface ChartProps {
  data: Record<string, string | number>[];
  categoryKey: string;
  series: ChartSeries[];
}

/** The chart itself; it takes the container's size, or the one given (tests have no layout to measure). */
export function ImpactBars({
  data,
  categoryKey,
  series,
  width,
  height,
}: ChartProps & { width?: number; height?: number }) {
  return (
    <BarChart
      accessibilityLayer={false}
      data={data}
      layout="vertical"
      width={width}
      height={height}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      barCategoryGap={12}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: TEXT_COLOR }} />
      <YAxis type="category" dataKey={categoryKey} width={LABEL_WIDTH} interval={0} tick={CategoryTick} />
      <Tooltip />
      <Legend itemSorter={null} formatter={(value: string) => <span style={{ color: TEXT_COLOR }}>{value}</span>} />
      {series.map((entry) => (
        <Bar key={entry.key} dataKey={entry.key} name={entry.label} fill={entry.color} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

/** Tall enough that every group's bars are thick enough to see and its name has room for three lines. */
export function chartHeight(categories: number, series: number): number {
  const perCategory = Math.max(48, series * 14 + 20);
  return 72 + categories * perCategory;
}

function CategoryTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  return (
    <Text
      x={Number(x) - 4}
      y={Number(y)}
      width={LABEL_WIDTH - 12}
      maxLines={3}
      textAnchor="end"
      verticalAnchor="middle"
      fontSize={12}
      fill={TEXT_COLOR}
    >
      {String(payload?.value ?? '')}
    </Text>
  );
}
