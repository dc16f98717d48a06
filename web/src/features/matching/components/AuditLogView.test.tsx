import { screen, waitFor, within } from '@testing-library/react';
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

describe('audit log pages', () => {
  const entry = (n: number) => ({
    __typename: 'AuditLogEntry',
    id: `a${n}`,
    at: new Date(Date.UTC(2026, 11, 7, 12, 0, 0) - n * 60_000).toISOString(),
    action: 'MATCHING_PAIR_PINNED',
    actorId: 'p1',
    actorName: 'Demo Organizer',
    eventId: 'e1',
    eventName: 'Nachtschicht',
    runId: null,
    description: `Entry ${n}`,
  });
  const page = (offset: number, count: number) => ({
    ...log,
    request: { ...log.request, variables: { ...log.request.variables, offset } },
    result: {
      data: {
        ...log.result.data,
        auditLog: {
          __typename: 'AuditLogPage',
          totalCount: 60,
          items: Array.from({ length: count }, (_, i) => entry(offset + i)),
        },
      },
    },
    delay: offset > 0 ? 50 : 0,
  });

  it('keeps keyboard focus on "Older entries" while the last page loads and once it is there', async () => {
    const { user } = renderApp({
      path: '/manage/events/e1/matching/audit',
      language: 'en',
      me: organizer,
      mocks: [setup, page(0, 50), page(50, 10)],
    });
    const older = await screen.findByRole('button', { name: 'Older entries' });
    older.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Entry 59')).toBeTruthy();
    // the same button, still focused, and marked as leading nowhere further
    await waitFor(() => expect(older.getAttribute('aria-disabled')).toBe('true'));
    expect(document.activeElement).toBe(older);
    await user.keyboard('{Enter}');
    expect(screen.getByText('Entry 59')).toBeTruthy();
  });
});
