import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { type EventKind } from '@skillshift/shared';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import { NonprofitFields } from '../../nonprofits/components/NonprofitFields';
import { emptyNonprofit } from '../../nonprofits/nonprofit-form-values';
import { emptyChallenge } from '../challenge-form-values';
import { ChallengeFields } from './ChallengeFields';

const slots = [{ id: 's1', startsAt: '2026-12-10T16:00:00.000Z', endsAt: '2026-12-10T20:00:00.000Z', label: null }];

function renderFields(
  kind: EventKind,
  voice: 'own' | 'intake',
  errorFor: (path: string) => string | undefined = () => undefined,
) {
  const event = { kind, languages: ['de'], slots };
  render(
    <I18nextProvider i18n={createI18n('de')}>
      <MantineProvider>
        <ChallengeFields
          values={emptyChallenge(event)}
          onChange={() => {}}
          event={event}
          prefix="input"
          errorFor={errorFor}
          voice={voice}
        />
        <NonprofitFields
          values={emptyNonprofit()}
          onChange={() => {}}
          prefix="input.nonprofit"
          errorFor={() => undefined}
          voice={voice}
        />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('challenge and nonprofit fields', () => {
  it('speak to the nonprofit of one evening, and say how long the texts must be', () => {
    renderFields('NACHTSCHICHT', 'own');
    expect(screen.getByRole('textbox', { name: /^Titel Ihrer Herausforderung/ })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Was soll nach dem Abend funktionieren/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Das Ziel ist an einem Abend zu schaffen' })).toBeTruthy();
    expect(
      screen.getByRole('textbox', { name: /^Was klappt heute nicht/ }).getAttribute('aria-describedby'),
    ).toBeTruthy();
    expect(screen.getAllByText(/Mindestens 20 Zeichen\./)).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: /^Unsere Organisation darf/ })).toBeTruthy();
  });

  it('speak of the organization to an organizer taking it in, and of the event when it lasts days', () => {
    renderFields('HACKATHON', 'intake');
    expect(screen.getByRole('textbox', { name: /^Titel der Herausforderung/ })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Was soll nach der Veranstaltung funktionieren/ })).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: 'Das Ziel ist in der Zeit der Veranstaltung zu schaffen' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('group', { name: 'Passt die Herausforderung in die Zeit der Veranstaltung?' }),
    ).toBeTruthy();
    expect(screen.getByText('Die Organisation ist während der Veranstaltung vor Ort.')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /^Die Organisation darf auf öffentlichen Karten/ })).toBeTruthy();
    expect(screen.getByText(/So, wie die Organisation im Vereinsregister/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Unsere Organisation|Titel Ihrer|am Abend|einem Abend/);
  });

  it('mark a checklist item that must be ticked as invalid, described by its error', () => {
    const message = 'Bitte bestätigen Sie diesen Punkt.';
    renderFields('NACHTSCHICHT', 'own', (path) => (path === 'input.accessReady' ? message : undefined));
    const item = screen.getByRole('checkbox', { name: 'Zugänge zu den Systemen sind vorbereitet' });
    // Mantine's checkbox shows the error but leaves aria-invalid to the caller; a screen reader must hear both.
    expect(item.getAttribute('aria-invalid')).toBe('true');
    expect(item.getAttribute('aria-describedby')!.split(' ')).toContain(screen.getByText(message).id);
    const other = screen.getByRole('checkbox', { name: 'Das Ziel ist an einem Abend zu schaffen' });
    expect(other.getAttribute('aria-invalid')).toBeNull();
  });

  it('mark the format’s radios as invalid when no format fits', () => {
    const message = 'Bitte wählen Sie eine Arbeitsform.';
    renderFields('NACHTSCHICHT', 'own', (path) => (path === 'input.format' ? message : undefined));
    // Mantine describes the radio group by the error, but marks none of its radios invalid.
    for (const radio of screen.getAllByRole('radio')) expect(radio.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('radiogroup').getAttribute('aria-describedby')!.split(' ')).toContain(
      screen.getByText(message).id,
    );
  });
});
