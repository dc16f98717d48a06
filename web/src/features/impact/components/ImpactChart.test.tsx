import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chartHeight, ImpactBars } from './ImpactChart';

const series = [
  { key: 'nonprofitsServed', label: 'Unterstützte Organisationen', color: '#1864ab' },
  { key: 'challengesSolved', label: 'Gelöste Herausforderungen', color: '#2b8a3e' },
];
const data = [
  { group: 'Kunst und Kultur', nonprofitsServed: 3, challengesSolved: 2 },
  { group: 'Behinderung und Inklusion', nonprofitsServed: 2, challengesSolved: 1 },
];

describe('impact chart', () => {
  it('lays the categories down the side, wrapped, with the legend in bar order and dark text', async () => {
    const { container, findAllByText } = render(
      <ImpactBars data={data} categoryKey="group" series={series} width={328} height={chartHeight(2, 2)} />,
    );
    // The names sit on the category (vertical) axis, not under one another on a crowded horizontal one.
    await findAllByText(/Kunst und/);
    const yTicks = [...container.querySelectorAll('.recharts-yAxis-tick-labels text')].map((tick) => tick.textContent);
    expect(yTicks).toEqual(['Kunst und Kultur', 'Behinderung und Inklusion']);
    for (const tick of container.querySelectorAll('.recharts-yAxis-tick-labels text'))
      expect(tick.getAttribute('width')).toBe('120');
    const legend = [...container.querySelectorAll('.recharts-legend-item-text')];
    expect(legend.map((item) => item.textContent)).toEqual([
      'Unterstützte Organisationen',
      'Gelöste Herausforderungen',
    ]);
    for (const item of legend)
      expect((item.querySelector('span') as HTMLElement).style.color).toMatch(/33, 37, 41|#212529/);
  });
});
