import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, List, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { PUBLICATION_LIMITS } from '@skillshift/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { type NonprofitTeamFieldsFragment as Team } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { RequireSignIn } from '../../auth/components/RequireSignIn';
import { formatWhen, skillsText } from '../format';
import { FeedbackInvitation } from './FeedbackInvitation';
import {
  ConfirmTeamMutation,
  NonprofitTeamFieldsFragment,
  NonprofitTeamsQuery,
  ReleaseTeamMemberMutation,
} from '../graphql/publication';

type Member = Team['members'][number];

/**
 * The nonprofit's page about its teams: each challenge's proposed team by first names and skills, the button to
 * confirm it, and a member's contact data once that member accepted and the team is confirmed (the server decides,
 * field by field). A place can be called off, with a reason the volunteer reads.
 */
export function NonprofitTeams({ nonprofitId }: { nonprofitId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  return (
    <Page title={name ? t('publication.teams.title', { name }) : t('publication.teams.defaultTitle')}>
      <RequireSignIn reason={t('publication.teams.signInReason')}>
        <LoadedTeams nonprofitId={nonprofitId} onName={setName} />
      </RequireSignIn>
    </Page>
  );
}

function LoadedTeams({ nonprofitId, onName }: { nonprofitId: string; onName: (name: string) => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NonprofitTeamsQuery, {
    variables: { nonprofitId },
    fetchPolicy: 'cache-and-network',
    context: SHOWN_IN_PLACE,
  });
  const [announcement, setAnnouncement] = useState('');
  const [releasing, setReleasing] = useState<Member | null>(null);
  const loaded = data?.nonprofitTeams;
  const teams = getFragmentData(NonprofitTeamFieldsFragment, loaded?.teams);
  const name = loaded?.nonprofitName;
  useEffect(() => {
    if (name) onName(name);
  }, [name, onName]);

  if (loading && !data) return <LoadingState label={t('publication.teams.loading')} />;
  if (!loaded || !teams)
    return error ? (
      <QueryErrorState error={error} message={t('publication.teams.error')} onRetry={() => void refetch()} />
    ) : null;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/nonprofits/${nonprofitId}`}>
        {t('publication.teams.back')}
      </Anchor>
      <div role="status" aria-live="polite">
        {announcement && <Text fw={600}>{announcement}</Text>}
      </div>
      {teams.length === 0 ? (
        <Text>{t('publication.teams.none')}</Text>
      ) : (
        <>
          {/* Asked to confirm only where a team still can be (a past edition's teams are there to look up). */}
          <Text>
            {t(teams.some((team) => team.canConfirm) ? 'publication.teams.intro' : 'publication.teams.introPast')}
          </Text>
          {byUrgency(teams).map((team) => (
            <TeamCard
              key={team.challengeId}
              team={team}
              onAnnounce={setAnnouncement}
              onRelease={setReleasing}
              onChanged={() => void refetch()}
            />
          ))}
        </>
      )}
      <ReleaseDialog
        member={releasing}
        onClose={() => setReleasing(null)}
        onReleased={(member) => {
          setReleasing(null);
          void refetch();
          setAnnouncement(t('publication.teams.released', { name: member.firstName }));
        }}
      />
    </Stack>
  );
}

function TeamCard({
  team,
  onAnnounce,
  onRelease,
  onChanged,
}: {
  team: Team;
  onAnnounce: (text: string) => void;
  onRelease: (member: Member) => void;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [confirm, { loading, error }] = useMutation(ConfirmTeamMutation);
  const headingId = `team-${team.challengeId}`;
  const refusal = graphQLErrorWithCode(error, 'CONFLICT');

  async function confirmTeam() {
    onAnnounce('');
    const result = await confirm({ variables: { challengeId: team.challengeId } }).catch(() => null);
    if (result?.data) {
      onAnnounce(t('publication.teams.confirmed', { title: team.challengeTitle }));
      onChanged();
    }
  }

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {team.challengeTitle}
        </Title>
        <Text size="sm">
          {t('publication.teams.meta', {
            event: team.eventName,
            when: formatWhen(team.slot, language),
            place: team.slot.place,
          })}
        </Text>
        {team.openPlaces > 0 && <Text>{t('publication.teams.openPlaces', { count: team.openPlaces })}</Text>}
        <Title order={3} size="h4">
          {t('publication.teams.membersTitle')}
        </Title>
        {team.members.length === 0 ? (
          <Text>{t('publication.teams.noMembers')}</Text>
        ) : (
          <ul className="plain-list">
            {team.members.map((member) => (
              <li key={member.proposalId}>
                <MemberEntry member={member} onRelease={() => onRelease(member)} />
              </li>
            ))}
          </ul>
        )}
        {refusal && (
          <Alert color="red" variant="light" role="alert" title={t('publication.teams.refused')}>
            {refusal}
          </Alert>
        )}
        <FeedbackInvitation feedback={team.feedback} title={team.challengeTitle} />
        {team.canConfirm ? (
          <Group>
            <Button loading={loading} onClick={() => void confirmTeam()}>
              {t('publication.teams.confirm', { title: team.challengeTitle })}
            </Button>
          </Group>
        ) : (
          team.confirmed && <Text fw={600}>{t('publication.teams.allConfirmed')}</Text>
        )}
      </Stack>
    </Card>
  );
}

function MemberEntry({ member, onRelease }: { member: Member; onRelease: () => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Stack gap={2} className="team-member">
      <Text fw={600}>{member.fullName ?? member.firstName}</Text>
      <Text size="sm">
        {t('publication.teams.skills', {
          skills: member.skills.length > 0 ? skillsText(member.skills, language, t) : t('publication.teams.noSkills'),
        })}
      </Text>
      <Text size="sm">
        {t(`publication.teams.memberStatuses.${member.status as 'PROPOSED' | 'ACCEPTED'}`)}
        {' · '}
        {member.nonprofitConfirmed ? t('publication.teams.confirmedMember') : t('publication.teams.unconfirmedMember')}
      </Text>
      {member.contactRevealed ? (
        <List spacing={2} size="sm">
          {member.email && (
            <List.Item>
              {t('publication.teams.email')}
              <Anchor href={`mailto:${member.email}`}>{member.email}</Anchor>
            </List.Item>
          )}
          {member.phone && (
            <List.Item>
              {t('publication.teams.phone')}
              <Anchor href={`tel:${member.phone.replace(/\s+/g, '')}`}>{member.phone}</Anchor>
            </List.Item>
          )}
        </List>
      ) : (
        <Text size="sm">{t('publication.teams.contactHidden')}</Text>
      )}
      {member.canRelease && (
        <Group>
          <Button
            size="compact-sm"
            variant="default"
            onClick={onRelease}
            aria-label={t('publication.teams.releaseFor', { name: member.firstName })}
          >
            {t('publication.teams.release')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function ReleaseDialog({
  member,
  onClose,
  onReleased,
}: {
  member: Member | null;
  onClose: () => void;
  onReleased: (member: Member) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [release, { loading, error, reset }] = useMutation(ReleaseTeamMemberMutation);
  const reasonError = fieldErrorsOf(error).find((field) => field.path === 'reason')?.message;
  const refusal = graphQLErrorWithCode(error, 'CONFLICT');

  function close() {
    setReason('');
    reset();
    onClose();
  }

  async function submit() {
    if (!member) return;
    const result = await release({
      variables: { proposalId: member.proposalId, reason: reason || null },
    }).catch(() => null);
    if (result?.data) {
      setReason('');
      reset();
      onReleased(member);
    }
  }

  return (
    <Modal
      opened={member !== null}
      onClose={close}
      title={member ? t('publication.teams.releaseTitle', { name: member.firstName }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {member && (
        <Stack gap="md">
          <Text>{t('publication.teams.releaseText', { name: member.firstName })}</Text>
          {refusal && (
            <Alert color="red" variant="light" role="alert" title={t('publication.teams.refused')}>
              {refusal}
            </Alert>
          )}
          <Textarea
            label={t('publication.teams.reason', { name: member.firstName })}
            value={reason}
            maxLength={PUBLICATION_LIMITS.reasonMax}
            error={reasonError}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          <Group gap="sm">
            <Button color="red" loading={loading} onClick={() => void submit()}>
              {t('publication.teams.releaseConfirm')}
            </Button>
            <Button variant="default" onClick={close}>
              {t('publication.teams.keep')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/**
 * Teams to confirm first (what the page asks for), then those still to come, soonest first, then past editions'
 * teams, latest first: a past evening's team must not push the one that needs an answer down the page.
 */
function byUrgency<T extends { canConfirm: boolean; slot: { startsAt: string } }>(teams: readonly T[]): T[] {
  const now = Date.now();
  const rank = (team: T) => (team.canConfirm ? 0 : Date.parse(team.slot.startsAt) >= now ? 1 : 2);
  const soon = (a: T, b: T) => Date.parse(a.slot.startsAt) - Date.parse(b.slot.startsAt);
  return [...teams].sort((a, b) => rank(a) - rank(b) || (rank(a) === 2 ? soon(b, a) : soon(a, b)));
}
