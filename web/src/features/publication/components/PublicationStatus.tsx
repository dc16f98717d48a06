import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, List, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { type TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { type PublicationFieldsFragment as Publication } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { graphQLErrorWithCode } from '../../../lib/field-errors';
import { formatFullMoment } from '../../../lib/dates';
import { formatWhen } from '../format';
import {
  FindReplacementMutation,
  PublicationFieldsFragment,
  PublicationQuery,
  SetPublicationAutoBackfillMutation,
} from '../graphql/publication';
import { RecordAnswerDialog, type RecordTarget } from './RecordAnswerDialog';

type Team = Publication['teams'][number];
type Place = Team['places'][number];

/** The id of a team's table of places, where focus goes after its places changed. */
const placesId = (challengeId: string) => `team-${challengeId}-places`;
/** The id of a place's row header (the person's name), where focus goes after an answer for them is recorded. */
const placeId = (proposalId: string) => `place-${proposalId}`;

/** How often the page asks for answers that came in by mail link. */
const ANSWERS_POLL_MS = 30_000;

/**
 * The organizer's view of a published run: how the answers stand, every place of every team (proposed, accepted,
 * needs a replacement, replaced), one action per team to find replacements, and automatic backfill on or off.
 * People whom no mail reached are flagged with their phone number, and an organizer records their answer (or that
 * they call off) for them. Nothing is told by colour alone: every state is written out.
 */
export function PublicationStatus({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(PublicationQuery, {
    variables: { eventId },
    fetchPolicy: 'cache-and-network',
    // Volunteers answer by mail link meanwhile: the page follows them (while it is in view) without a reload.
    pollInterval: ANSWERS_POLL_MS,
    skipPollAttempt: () => document.hidden,
  });
  const [setAuto, autoState] = useMutation(SetPublicationAutoBackfillMutation);
  const [findReplacement, replacementState] = useMutation(FindReplacementMutation);
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState('');
  const [recording, setRecording] = useState<RecordTarget | null>(null);
  // After an answer is recorded, focus goes to that person's row (the button that opened the dialog is gone; the next
  // Tab reaches what can be done for them now), or to the team's table should the row be gone.
  const focusAfterRecord = useRef<[row: string, table: string] | null>(null);
  const publication = getFragmentData(PublicationFieldsFragment, data?.publication);
  useEffect(() => {
    if (recording || !focusAfterRecord.current) return;
    const [row, table] = focusAfterRecord.current;
    (document.getElementById(row) ?? document.getElementById(table))?.focus();
    focusAfterRecord.current = null;
  }, [recording]);

  if (loading && !data) return <LoadingState label={t('publication.status.loading')} />;
  if (!publication)
    return (
      <Page title={t('publication.status.defaultTitle')}>
        {error && <ErrorState message={t('publication.status.error')} onRetry={() => void refetch()} />}
      </Page>
    );

  async function toggleAuto(on: boolean) {
    setAnnouncement('');
    const result = await setAuto({ variables: { eventId, autoBackfill: on } }).catch(() => null);
    if (result?.data) {
      setAnnouncement(t(on ? 'publication.status.autoBackfillOn' : 'publication.status.autoBackfillOff'));
      await refetch();
    }
  }

  async function replace(team: Team) {
    setAnnouncement('');
    setRefusal('');
    try {
      const result = await findReplacement({ variables: { challengeId: team.challengeId } });
      const updated = getFragmentData(PublicationFieldsFragment, result.data?.findReplacement);
      const before = new Set(team.places.map((place) => place.proposalId));
      const added = updated?.teams
        .find((entry) => entry.challengeId === team.challengeId)
        ?.places.filter((place) => !before.has(place.proposalId));
      setAnnouncement(
        t('publication.status.replacementFound', {
          title: team.title,
          names: (added ?? []).map((place) => place.firstName).join(', '),
        }),
      );
      await refetch();
      // The button went with the last open place: focus goes to the team's table, where the new person is listed.
      document.getElementById(placesId(team.challengeId))?.focus();
    } catch (failure) {
      setRefusal(graphQLErrorWithCode(failure, 'CONFLICT') ?? '');
    }
  }

  return (
    <Page title={t('publication.status.title', { event: publication.eventName })}>
      <Group gap="md">
        <Anchor component={Link} to={`/manage/events/${eventId}`}>
          {t('publication.status.back')}
        </Anchor>
        <Anchor component={Link} to={`/manage/events/${eventId}/matching`}>
          {t('publication.status.toMatching')}
        </Anchor>
      </Group>
      {!publication.published ? (
        <Text>{t('publication.status.notPublished')}</Text>
      ) : (
        <>
          <Stack component="section" gap="xs" aria-labelledby="publication-counts">
            <Text>
              {t('publication.status.summary', {
                number: publication.runNumber,
                date: formatFullMoment(publication.publishedAt!, language),
                name: publication.publishedByName ?? '–',
                deadline: formatFullMoment(publication.answerDeadline!, language),
              })}
            </Text>
            <Title order={2} id="publication-counts">
              {t('publication.status.countsTitle')}
            </Title>
            <List spacing={2}>
              <List.Item>{t('publication.status.proposed', { count: publication.counts.proposed })}</List.Item>
              <List.Item>{t('publication.status.accepted', { count: publication.counts.accepted })}</List.Item>
              <List.Item>{t('publication.status.freed', { count: publication.counts.freed })}</List.Item>
              <List.Item>
                {t('publication.status.needsReplacement', { count: publication.counts.needsReplacement })}
              </List.Item>
            </List>
            <Switch
              label={t('publication.status.autoBackfill')}
              checked={publication.autoBackfill}
              disabled={autoState.loading || publication.eventStatus !== 'PUBLISHED'}
              onChange={(event) => void toggleAuto(event.currentTarget.checked)}
            />
          </Stack>
          <div role="status" aria-live="polite">
            {announcement && <Text fw={600}>{announcement}</Text>}
          </div>
          {refusal && (
            <Alert color="red" variant="light" role="alert" title={t('publication.status.refused')}>
              {refusal}
            </Alert>
          )}
          <Stack component="section" gap="md" aria-labelledby="publication-teams">
            <Title order={2} id="publication-teams">
              {t('publication.status.teamsTitle')}
            </Title>
            {publication.teams.map((team) => (
              <TeamPlaces
                key={team.challengeId}
                team={team}
                busy={replacementState.loading}
                canAct={publication.eventStatus === 'PUBLISHED'}
                onReplace={() => void replace(team)}
                onRecord={(place, mode) => {
                  setAnnouncement('');
                  setRecording({
                    place,
                    mode,
                    teamTitle: team.title,
                    teamProposals: team.places.map((candidate) => candidate.proposalId),
                  });
                }}
              />
            ))}
          </Stack>
          <RecordAnswerDialog
            eventId={eventId}
            target={recording}
            onClose={() => setRecording(null)}
            onRecorded={(text) => {
              const proposalId = recording?.place.proposalId;
              const team = publication.teams.find((entry) =>
                entry.places.some((place) => place.proposalId === proposalId),
              );
              if (proposalId && team) focusAfterRecord.current = [placeId(proposalId), placesId(team.challengeId)];
              setRecording(null);
              setAnnouncement(text);
            }}
          />
        </>
      )}
    </Page>
  );
}

function TeamPlaces({
  team,
  busy,
  canAct,
  onReplace,
  onRecord,
}: {
  team: Team;
  busy: boolean;
  canAct: boolean;
  onReplace: () => void;
  onRecord: (place: Place, mode: RecordTarget['mode']) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = `team-${team.challengeId}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {team.title}
        </Title>
        <Text size="sm">
          {t('publication.status.teamMeta', { nonprofit: team.nonprofitName, when: formatWhen(team.slot, language) })}
        </Text>
        <div
          className="table-scroll"
          role="region"
          id={placesId(team.challengeId)}
          aria-labelledby={`${headingId}-caption`}
          tabIndex={0}
        >
          <Table striped withTableBorder>
            <caption id={`${headingId}-caption`}>{t('publication.status.tableCaption', { title: team.title })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('publication.status.person')}</Table.Th>
                <Table.Th scope="col">{t('publication.status.state')}</Table.Th>
                <Table.Th scope="col">{t('publication.status.answered')}</Table.Th>
                <Table.Th scope="col">{t('publication.status.note')}</Table.Th>
                {canAct && <Table.Th scope="col">{t('publication.status.action')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {team.places.map((place) => (
                <Table.Tr key={place.proposalId}>
                  <Table.Th scope="row" id={placeId(place.proposalId)} tabIndex={-1}>
                    {place.firstName}
                    {!place.mailed && <NoEmailFlag place={place} />}
                  </Table.Th>
                  <Table.Td>{stateText(place, t)}</Table.Td>
                  <Table.Td>
                    {place.answeredAt
                      ? formatFullMoment(place.answeredAt, language)
                      : t('publication.status.notAnswered')}
                  </Table.Td>
                  <Table.Td>{notes(place, t).join(' · ')}</Table.Td>
                  {canAct && (
                    <Table.Td>
                      {/* Side by side, not wrapped into cramped lines: the table scrolls on a small screen. */}
                      <Group gap={6} wrap="nowrap">
                        {place.canAnswer && (
                          <Button
                            size="compact-sm"
                            variant={place.mailed ? 'default' : 'filled'}
                            onClick={() => onRecord(place, 'answer')}
                            aria-label={t('publication.status.record.answerFor', { name: place.firstName })}
                          >
                            {t('publication.status.record.answer')}
                          </Button>
                        )}
                        {place.canCancel && (
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => onRecord(place, 'cancel')}
                            aria-label={t('publication.status.record.cancelFor', { name: place.firstName })}
                          >
                            {t('publication.status.record.cancel')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
        {team.needsReplacement > 0 && (
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600}>{t('publication.status.teamNeedsReplacement', { count: team.needsReplacement })}</Text>
            {canAct && (
              <Button
                onClick={onReplace}
                loading={busy}
                aria-label={t('publication.status.findReplacementFor', { title: team.title })}
              >
                {t('publication.status.findReplacement')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/**
 * Nobody mailed this person their proposal: the organizers call them (and record what they answer). Under their name;
 * once there is nothing left to answer, it no longer asks for a call.
 */
function NoEmailFlag({ place }: { place: Place }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" fw={700} component="span" display="block">
      {t(place.canAnswer ? 'publication.status.notMailed' : 'publication.status.notMailedAnswered')}
      {place.phone ? (
        <>
          {' · '}
          {t('publication.status.phone')}
          <Anchor href={`tel:${place.phone.replace(/\s+/g, '')}`} style={{ whiteSpace: 'nowrap' }}>
            {place.phone}
          </Anchor>
        </>
      ) : (
        ` · ${t('publication.status.noPhone')}`
      )}
    </Text>
  );
}

function stateText(place: Place, t: TFunction): string {
  const state = t(`publication.status.states.${place.state}`);
  if (place.state === 'PROPOSED' || place.state === 'ACCEPTED') return state;
  const why = (place.status === 'CANCELLED' ? `CANCELLED_${place.cancelledBy ?? 'VOLUNTEER'}` : place.status) as
    'DECLINED' | 'EXPIRED' | 'CANCELLED_VOLUNTEER' | 'CANCELLED_NONPROFIT';
  return `${state} (${t(`publication.status.why.${why}`)})`;
}

function notes(place: Place, t: TFunction): string[] {
  return [
    place.replacement ? t('publication.status.replacement') : '',
    place.nonprofitConfirmed ? t('publication.status.confirmedByNonprofit') : '',
    place.cancelReason ? t('publication.status.reason', { reason: place.cancelReason }) : '',
  ].filter(Boolean);
}
