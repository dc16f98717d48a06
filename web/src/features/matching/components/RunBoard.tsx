import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, List, Menu, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { failedPageTitle, QueryErrorState, SHOWN_IN_PLACE } from '../../../components/ui/QueryErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { getFragmentData } from '../../../gql';
import { type MatchingBoardFieldsFragment as Board } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { graphQLErrorWithCode } from '../../../lib/field-errors';
import { formatNumber, languageNames, levelName, qualityText, skillName, slotName, weightsText } from '../format';
import {
  ExcludeMatchingPairMutation,
  MatchingBoardFieldsFragment,
  MatchingBoardQuery,
  MatchingPairFieldsFragment,
  MatchingRunFieldsFragment,
  PinMatchingPairMutation,
  RemoveMatchingExclusionMutation,
  RemoveMatchingPinMutation,
} from '../graphql/matching';
import { type MoveRequest, type MoveTarget, useMoveVolunteer } from '../use-move-volunteer';
import { useRefetchOnLanguageChange } from '../use-refetch-on-language-change';
import { BoardDragAndDrop, DraggablePerson, dropTargetClass, useDropTarget } from './BoardDragAndDrop';
import { type ExplainedPair, ExplanationDialog } from './ExplanationDialog';
import { MoveDialog } from './MoveDialog';
import { RunStatus } from './RunsTable';
import { type MemberAction, memberActionsId, TeamCardView } from './TeamCardView';

const unassignedActionsId = (volunteerId: string) => `unassigned-actions-${volunteerId}`;
/**
 * The id of the control a dialog is being opened from, for focus to go back to when it closes: for a menu's item,
 * the menu's button (the item goes with the menu). Null for a control without an id, which the dialog's own focus
 * return serves.
 */
function openerId(): string | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  const menu = active.closest('[role="menu"]');
  return (menu ? menu.getAttribute('aria-labelledby') : active.id) || null;
}

/**
 * The review board of one run: per slot a card per challenge with its team, then the challenges without a team and
 * why, and the volunteers without a team. Pairs can be explained, pinned, excluded, and volunteers moved ("Move to…"
 * in each member's menu, all by keyboard; or dragged by their handle onto a team with the mouse or a finger, which
 * moves them the same way). Refusals name people and teams; successes are announced.
 */
/** What the page may add under the board's summary (the publication's panel, put in by the route). */
export interface RunBoardExtras {
  renderPublish?: (run: {
    number: number;
    done: boolean;
    teams: number;
    people: number;
    unmailed: number;
  }) => ReactNode;
}

export function RunBoard({ eventId, runId, renderPublish }: { eventId: string; runId: string } & RunBoardExtras) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(MatchingBoardQuery, {
    variables: { runId },
    fetchPolicy: 'cache-and-network',
    context: SHOWN_IN_PLACE,
  });
  useRefetchOnLanguageChange(refetch);
  const [pin] = useMutation(PinMatchingPairMutation);
  const [unpin] = useMutation(RemoveMatchingPinMutation);
  const [exclude] = useMutation(ExcludeMatchingPairMutation);
  const [unexclude] = useMutation(RemoveMatchingExclusionMutation);
  const [announcement, setAnnouncement] = useState('');
  // A refused drop happened wherever the pointer was: its message is scrolled into view (`reveal`).
  const [refusal, setRefusal] = useState<{ title: string; text: string; reveal?: boolean } | null>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  const [explaining, setExplaining] = useState<ExplainedPair | null>(null);
  const [moving, setMoving] = useState<MoveRequest | null>(null);
  const { move } = useMoveVolunteer(runId);
  const focusNext = useRef<string | null>(null);
  const returnTo = useRef<string | null>(null);

  const board = getFragmentData(MatchingBoardFieldsFragment, data?.matchingBoard);
  const run = getFragmentData(MatchingRunFieldsFragment, board?.run);
  const open = run?.status === 'QUEUED' || run?.status === 'RUNNING';
  useEffect(() => {
    if (open) startPolling(500);
    else stopPolling();
    return () => stopPolling();
  }, [open, startPolling, stopPolling]);
  // After a change the button that was used may have moved (or gone): focus goes to the volunteer's new place.
  useEffect(() => {
    if (!focusNext.current) return;
    const element = document.getElementById(focusNext.current);
    if (element) {
      element.focus();
      focusNext.current = null;
    }
  });
  useEffect(() => {
    if (refusal?.reveal) refusalRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [refusal]);

  if (loading && !data) return <LoadingState label={t('matching.board.loading')} />;
  if (!board || !run)
    return (
      <Page title={failedPageTitle(error, t('matching.board.notFoundTitle'), t)}>
        {error && <QueryErrorState error={error} message={t('matching.board.error')} onRetry={() => void refetch()} />}
        <Anchor component={Link} to={`/manage/events/${eventId}/matching`}>
          {t('matching.board.back')}
        </Anchor>
      </Page>
    );

  async function act({ kind, team, member }: MemberAction) {
    setAnnouncement('');
    setRefusal(null);
    const names = { name: member.firstName, challenge: team.title };
    if (kind === 'explain' || kind === 'move') returnTo.current = openerId();
    if (kind === 'explain') return setExplaining({ challengeId: team.challengeId, volunteerId: member.volunteerId });
    if (kind === 'move')
      return setMoving({
        volunteerId: member.volunteerId,
        firstName: member.firstName,
        fromChallengeId: team.challengeId,
        fromTitle: team.title,
      });
    const input = { eventId, challengeId: team.challengeId, volunteerId: member.volunteerId };
    const mutation = { pin, unpin, exclude, unexclude }[kind];
    try {
      await mutation({ variables: { input } });
      setAnnouncement(t(`matching.board.${kind}Done`, names));
      focusNext.current = memberActionsId(team.challengeId, member.volunteerId);
      await refetch();
    } catch (failure) {
      const text = graphQLErrorWithCode(failure, 'CONFLICT') ?? graphQLErrorWithCode(failure, 'NOT_FOUND');
      setRefusal(text ? { title: t('matching.board.refused'), text } : null);
    }
  }

  /** After a move, by "Move to …" or a drop: say where the volunteer is now, and put the focus on them there. */
  function moved(request: MoveRequest, target: MoveTarget) {
    returnTo.current = null;
    setMoving(null);
    setRefusal(null);
    setAnnouncement(
      target.title
        ? t('matching.board.moved', { name: request.firstName, challenge: target.title })
        : t('matching.board.movedOut', { name: request.firstName }),
    );
    focusNext.current = target.challengeId
      ? memberActionsId(target.challengeId, request.volunteerId)
      : unassignedActionsId(request.volunteerId);
  }

  /**
   * A dialog closed (for "Move to …": without a move; Escape, the close button, Cancel): focus goes back to the control
   * that opened it at once. The dialog's content, and with it the focused element, goes before its closing transition
   * ends; left to the page's focus rescue, a slow transition could leave focus on the vanishing dialog.
   */
  function closeDialog(close: () => void) {
    focusNext.current = returnTo.current;
    returnTo.current = null;
    close();
  }

  /** A volunteer dropped on a team: the same move as "Move to …"; a refusal is shown as the dialog shows it. */
  async function drop(request: MoveRequest, target: MoveTarget) {
    setAnnouncement('');
    setRefusal(null);
    const outcome = await move(request, target);
    if (outcome.moved) moved(request, target);
    else if (outcome.refusal) setRefusal({ title: t('matching.move.refused'), text: outcome.refusal, reveal: true });
  }

  const slotNames = new Map(board.slots.map((slot) => [slot.id, slotName(slot, language)]));
  const served = board.slots.reduce((sum, slot) => sum + slot.teams.length, 0);
  const pins = getFragmentData(MatchingPairFieldsFragment, board.pins);

  return (
    <Page title={t('matching.board.title', { number: run.number })}>
      <Group gap="md">
        <Anchor component={Link} to={`/manage/events/${eventId}/matching`}>
          {t('matching.board.back')}
        </Anchor>
      </Group>

      <Stack component="section" gap="xs" aria-labelledby="board-summary">
        <Title order={2} id="board-summary">
          {t('matching.board.summary')}
        </Title>
        <RunStatus run={run} />
        {run.status === 'DONE' && (
          <List spacing={2}>
            <List.Item>{t('matching.board.served', { served, count: run.challengeCount })}</List.Item>
            <List.Item>
              {t('matching.board.scoreTotal', { score: formatNumber(run.totalScore ?? 0, language) })}
            </List.Item>
            <List.Item>{t('matching.board.quality', { quality: qualityText(t, run, language) })}</List.Item>
            {run.manualChanges > 0 && (
              <List.Item>
                {t('matching.board.changedByHand', {
                  count: run.manualChanges,
                  engine: formatNumber(run.engineScore ?? 0, language),
                })}
              </List.Item>
            )}
            <List.Item>{t('matching.board.weights', { weights: weightsText(t, run.weights, language) })}</List.Item>
            <List.Item>
              {t('matching.board.inputs', {
                volunteers: t('matching.board.inputVolunteers', { count: run.volunteerCount }),
                pins: t('matching.board.inputPins', { count: run.pinCount }),
                exclusions: t('matching.board.inputExclusions', { count: run.exclusionCount }),
              })}
            </List.Item>
          </List>
        )}
        {!board.editable && run.status === 'DONE' && <Text size="sm">{t('matching.board.readOnly')}</Text>}
      </Stack>

      {renderPublish?.({
        number: run.number,
        done: run.status === 'DONE',
        teams: served,
        ...publishedPeople(board),
      })}

      <div role="status" aria-live="polite">
        {announcement && <Text fw={600}>{announcement}</Text>}
      </div>
      {refusal && (
        <Alert ref={refusalRef} color="red" variant="light" role="alert" title={refusal.title}>
          {refusal.text}
        </Alert>
      )}

      {run.status === 'DONE' && (
        <BoardDragAndDrop onDrop={(request, target) => void drop(request, target)}>
          {board.slots.map((slot) => (
            <Stack component="section" gap="sm" key={slot.id} aria-labelledby={`slot-${slot.id}`}>
              <Title order={2} id={`slot-${slot.id}`}>
                {slotName(slot, language)}
              </Title>
              <Text size="sm">{t('matching.board.tables', { used: slot.teams.length, capacity: slot.capacity })}</Text>
              {slot.teams.length === 0 ? (
                <Text>{t('matching.board.noTeams')}</Text>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                  {slot.teams.map((team) => (
                    <TeamCardView
                      key={team.challengeId}
                      team={team}
                      slotId={slot.id}
                      language={language}
                      editable={board.editable}
                      onAction={(action) => void act(action)}
                    />
                  ))}
                </SimpleGrid>
              )}
            </Stack>
          ))}

          <Stack component="section" gap="sm" aria-labelledby="board-unserved">
            <Title order={2} id="board-unserved">
              {t('matching.board.unservedTitle', { count: board.unserved.length })}
            </Title>
            {board.unserved.length === 0 ? (
              <Text>{t('matching.board.allServed')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                {board.unserved.map((challenge) => (
                  <UnservedCard
                    key={challenge.challengeId}
                    challenge={challenge}
                    pinned={pins.filter((pin) => pin.challengeId === challenge.challengeId).map((pin) => pin.firstName)}
                  />
                ))}
              </SimpleGrid>
            )}
          </Stack>

          <UnassignedSection
            board={board}
            slotNames={slotNames}
            onMove={(volunteer) => {
              returnTo.current = openerId();
              setMoving({
                volunteerId: volunteer.volunteerId,
                firstName: volunteer.firstName,
                fromChallengeId: null,
                fromTitle: null,
              });
            }}
          />
        </BoardDragAndDrop>
      )}

      <ExplanationDialog runId={runId} pair={explaining} onClose={() => closeDialog(() => setExplaining(null))} />
      <MoveDialog
        runId={runId}
        eventId={eventId}
        board={board}
        request={moving}
        onClose={() => closeDialog(() => setMoving(null))}
        onMoved={moved}
        onPinned={(request, challenge) => {
          setAnnouncement(
            t('matching.move.pinnedToStart', {
              name: request.firstName,
              challenge: challenge.title,
              min: challenge.min,
            }),
          );
          // (the challenge's card on the board lists the new pin; focus goes back to the person's actions)
          closeDialog(() => setMoving(null));
          void refetch();
        }}
      />
    </Page>
  );
}

/**
 * A challenge that got no team, and why; a volunteer dropped on it starts its team (the server picks the slot). Those
 * pinned to it ("Move to …" pins people to one that needs a team of several) are listed: who else to pin before the
 * next run forms its team.
 */
function UnservedCard({ challenge, pinned }: { challenge: Board['unserved'][number]; pinned: string[] }) {
  const { t } = useTranslation();
  const { setNodeRef, state } = useDropTarget(`unserved-${challenge.challengeId}`, {
    challengeId: challenge.challengeId,
    slotId: challenge.slotIds.length === 1 ? challenge.slotIds[0] : null,
    title: challenge.title,
  });
  return (
    <Card ref={setNodeRef} withBorder padding="md" component="article" className={dropTargetClass(state)}>
      <Stack gap={4}>
        <Title order={3} size="h4">
          {challenge.title}
        </Title>
        <Text size="sm">{challenge.nonprofitName}</Text>
        <Text>{challenge.reason}</Text>
        {pinned.length > 0 && <Text fw={600}>{t('matching.board.unservedPinned', { names: pinned.join(', ') })}</Text>}
      </Stack>
    </Card>
  );
}

type Volunteer = Board['unassigned'][number];

/** The volunteers without a team; a member dropped here leaves their team. */
function UnassignedSection({
  board,
  slotNames,
  onMove,
}: {
  board: Board;
  slotNames: Map<string, string>;
  onMove: (volunteer: Volunteer) => void;
}) {
  const { t } = useTranslation();
  const { setNodeRef, state } = useDropTarget('unassigned', { challengeId: null, slotId: null, title: null });
  return (
    <Stack
      ref={setNodeRef}
      component="section"
      gap="sm"
      aria-labelledby="board-unassigned"
      className={dropTargetClass(state)}
    >
      <Title order={2} id="board-unassigned">
        {t('matching.board.unassignedTitle', { count: board.unassigned.length })}
      </Title>
      {board.unassigned.length === 0 ? (
        <Text>{t('matching.board.everyoneAssigned')}</Text>
      ) : (
        <ul className="matching-unassigned">
          {board.unassigned.map((volunteer) => (
            <UnassignedRow
              key={volunteer.volunteerId}
              volunteer={volunteer}
              editable={board.editable}
              slotNames={slotNames}
              onMove={() => onMove(volunteer)}
            />
          ))}
        </ul>
      )}
    </Stack>
  );
}

function UnassignedRow({
  volunteer,
  editable,
  slotNames,
  onMove,
}: {
  volunteer: Volunteer;
  editable: boolean;
  slotNames: Map<string, string>;
  onMove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <DraggablePerson
      request={{
        volunteerId: volunteer.volunteerId,
        firstName: volunteer.firstName,
        fromChallengeId: null,
        fromTitle: null,
      }}
      editable={editable}
      handleLabel={t('matching.drag.handleUnassigned', { name: volunteer.firstName })}
      onPress={onMove}
      actions={
        editable && (
          <Menu
            id={unassignedActionsId(volunteer.volunteerId)}
            position="bottom-end"
            withinPortal
            withInitialFocusPlaceholder={false}
          >
            <Menu.Target>
              <Button
                size="compact-sm"
                className="matching-person-actions"
                variant="default"
                aria-label={t('matching.board.unassignedActionsFor', { name: volunteer.firstName })}
              >
                {t('matching.board.actions')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={onMove} data-autofocus>
                {t('matching.board.addToTeam')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )
      }
    >
      <Stack gap={2}>
        <Text fw={600}>{volunteer.firstName}</Text>
        <Text size="sm">
          {volunteer.skills.length > 0
            ? volunteer.skills
                .map((held) =>
                  t('matching.board.skillLevel', {
                    skill: skillName(held.skill, language),
                    level: levelName(held.level, language),
                  }),
                )
                .join(', ')
            : t('matching.board.noSkills')}
        </Text>
        <Text size="sm">
          {t('matching.board.available', {
            // (in the board's order of the slots: the ids come sorted by id, which puts the second round first)
            slots:
              [...slotNames]
                .filter(([id]) => volunteer.slotIds.includes(id))
                .map(([, name]) => name)
                .join('; ') || '–',
            languages: languageNames(volunteer.languages, language) || '–',
          })}
        </Text>
      </Stack>
    </DraggablePerson>
  );
}

/**
 * The people publishing tells, for its confirmation: those with an e-mail address get one (a mail per proposal), the
 * others only hear from the organizer. People, not places: someone in two teams (one per slot) is counted once.
 */
function publishedPeople(board: Pick<Board, 'slots' | 'withoutEmail'>): { people: number; unmailed: number } {
  const members = new Set(
    board.slots.flatMap((slot) => slot.teams.flatMap((team) => team.members.map((m) => m.volunteerId))),
  );
  const unmailed = board.withoutEmail.filter((id) => members.has(id)).length;
  return { people: members.size - unmailed, unmailed };
}
