import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createI18n } from '../../../i18n';
import { NotificationStore } from '../../../lib/notifications';
import { BreakdownTable } from './ImpactDashboard';

const row = (key: string, nonprofitsServed: number) => ({
  __typename: 'ImpactBreakdownRow' as const,
  key,
  nonprofitsApplied: nonprofitsServed,
  nonprofitsServed,
  challengesSolved: nonprofitsServed,
  volunteerHours: 12.5,
});

describe('the breakdown by cause', () => {
  it('says under the table why its rows add up to more than the totals', () => {
    const i18n = createI18n('de');
    render(
      <AppProviders i18n={i18n} notifications={new NotificationStore()} env="test">
        <BreakdownTable
          id="by-cause"
          caption="Nachtschicht nach Anliegen"
          groupLabel="Anliegen"
          rows={[row('CULTURE', 3), row('DISABILITY', 2)]}
          label={(key) => key}
          chart={false}
          note={i18n.t('impact.breakdown.causeNote')}
        />
      </AppProviders>,
    );
    expect(screen.getByRole('table', { name: 'Nachtschicht nach Anliegen' })).toBeTruthy();
    expect(screen.getByText(/Eine Organisation mit mehreren Anliegen zählt bei jedem davon mit/)).toBeTruthy();
  });
});
