import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import { type SlotValues } from '../event-form-values';
import { SlotFields } from './SlotFields';

const slot = (startsAt: string, key: string): SlotValues => ({
  key,
  id: null,
  startsAt,
  endsAt: '',
  capacity: '4',
  label: '',
});

function renderSlots(slots: SlotValues[], locked = false) {
  render(
    <I18nextProvider i18n={createI18n('de')}>
      <MantineProvider>
        <SlotFields slots={slots} onChange={() => undefined} errorFor={() => undefined} locked={locked} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('slot fields', () => {
  it('point out a start in the past at its field, without refusing it', () => {
    const nextYear = new Date().getFullYear() + 1;
    renderSlots([slot('2020-06-10T17:00', 'a'), slot(`${nextYear}-06-10T17:00`, 'b'), slot('', 'c')]);
    const hint = 'Dieser Beginn liegt in der Vergangenheit. Stimmt das Datum?';
    expect(screen.getAllByText(hint)).toHaveLength(1);
    const [past, future] = screen.getAllByLabelText(/^Beginn/);
    // read out with the field (its description), not shown as an error
    expect(past.getAttribute('aria-describedby')).toContain(screen.getByText(hint).id);
    expect(past.getAttribute('aria-invalid')).not.toBe('true');
    expect(future.getAttribute('aria-describedby') ?? '').not.toContain(screen.getByText(hint).id);
  });

  it('say nothing of the past once the slots are locked (an edition that has closed its registration)', () => {
    renderSlots([slot('2020-06-10T17:00', 'a')], true);
    expect(screen.queryByText(/Vergangenheit/)).toBeNull();
  });
});
