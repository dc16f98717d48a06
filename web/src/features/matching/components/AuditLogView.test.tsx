import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { MatchingAuditLogQuery, MatchingSetupQuery } from '../graphql/matching';

const organizer = {
  __typename: 'Me',
  id: 'p1',
  name: 'Demo Organizer',
  email: 'organizer@demo.skillshift.local',
  locale: 'en',
  roles: [{ __typename: 'RoleGrant', role: 'ORGANIZER', organizingBodyId: 'b1', organizingBodyName: 'Lübeck' }],
};

const setup = {
  request: { query: MatchingSetupQuery, variables: { eventId: 'e1' } },
  result: {
    data: {
      matchingSetup: {
        __typename: 'MatchingSetup',
        eventId: 'e1',
        eventName: 'Nachtschicht',
        eventStatus: 'MATCHING',
        organizingBodyId: 'b1',
        canRun: true,
        acceptedChallenges: 0,
        registeredVolunteers: 0,
        defaultWeights: {
          __typename: 'MatchingWeights',
          skills: 0.4,
          niceToHave: 0.15,
          languages: 0.15,
          causes: 0.15,
          format: 0.15,
        },
        pins: [],
        exclusions: [],
      },
      matchingRuns: [],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const log = {
  request: {
    query: MatchingAuditLogQuery,
    variables: {
      organizingBodyId: 'b1',
      filter: { eventId: 'e1', actions: null, actorId: null, from: null, to: null },
      limit: 50,
      offset: 0,
    },
  },
  result: {
    data: {
      auditLog: { __typename: 'AuditLogPage', totalCount: 0, items: [] },
      bodyOrganizers: [
        { __typename: 'BodyOrganizer', id: 'p1', name: 'Demo Organizer', email: 'organizer@demo.skillshift.local' },
        { __typename: 'BodyOrganizer', id: 'p2', name: '', email: 'nele@example.org' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('audit log filters', () => {
  it('offers an organizer without a name by their address, not as "(no name)"', async () => {
    renderApp({ path: '/manage/events/e1/matching/audit', language: 'en', me: organizer, mocks: [setup, log] });
    const who = await screen.findByRole('combobox', { name: 'Who' });
    const options = within(who)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toContain('nele@example.org');
    expect(options).not.toContain('(no name)');
  });
});
