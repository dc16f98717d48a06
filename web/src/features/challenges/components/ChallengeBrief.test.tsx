import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { type ChallengeFieldsFragment } from '../../../gql/graphql';
import { createI18n } from '../../../i18n';
import { ChallengeBrief } from './ChallengeBrief';

const event = {
  __typename: 'ChallengeEvent',
  id: 'e1',
  name: 'Social Hackathon Lübeck',
  kind: 'HACKATHON',
  status: 'OPEN',
  nonprofitDeadline: '2027-01-10T23:00:00.000Z',
  languages: ['de'],
  organizingBodyId: 'b1',
  organizingBodyName: 'Hansestadt Lübeck',
  startsAt: '2027-01-28T08:00:00.000Z',
  endsAt: '2027-01-29T16:00:00.000Z',
  acceptsChallenges: true,
  slots: [],
};

const challenge = {
  __typename: 'Challenge',
  id: 'c1',
  title: 'Dienstplan',
  problem: 'Unser Dienstplan ist eine Excel-Datei.',
  goal: 'Ein Plan, den alle sehen.',
  beneficiaries: 'Die Ehrenamtlichen.',
  tools: 'Excel',
  skills: [],
  teamMin: 2,
  teamMax: 3,
  languages: ['de'],
  format: 'ONSITE',
  slotIds: [],
  decisionMakerPresent: true,
  accessReady: false,
  fitsOneEvening: true,
  viewerIsContact: true,
  viewerIsOrganizer: false,
  event,
};

function renderBrief(brief: object) {
  render(
    <I18nextProvider i18n={createI18n('de')}>
      <MantineProvider>
        <ChallengeBrief challenge={brief as unknown as ChallengeFieldsFragment} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('challenge brief', () => {
  it('asks of the event, not of "the evening", where the event runs for days', () => {
    renderBrief(challenge);
    expect(screen.getByText('Was soll nach der Veranstaltung funktionieren?')).toBeTruthy();
    expect(screen.queryByText(/Abend/)).toBeNull();
    // the nonprofit's own contact reads the questions as they were asked of them
    expect(screen.getByText('Welche Programme und Geräte nutzen Sie?')).toBeTruthy();
  });

  it('speaks of the organisation to an organizer, as the intake form does', () => {
    renderBrief({ ...challenge, viewerIsContact: false, viewerIsOrganizer: true });
    expect(screen.getByText('Welche Programme und Geräte nutzt die Organisation?')).toBeTruthy();
    expect(screen.getByText('Wie arbeitet die Organisation mit dem Team?')).toBeTruthy();
    expect(screen.getByText('Passt die Herausforderung in die Zeit der Veranstaltung?')).toBeTruthy();
    expect(screen.queryByText(/nutzen Sie/)).toBeNull();
  });
});
