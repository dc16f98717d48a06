import { useMutation } from '@apollo/client/react';
import { Button, Group, List, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../../../components/ui/RefusalAlert';
import { type MatchingBoardFieldsFragment } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { slotName } from '../format';
import { PinMatchingPairMutation } from '../graphql/matching';
import { moveRefusalOf, type MoveRequest, type MoveTarget, useMoveVolunteer } from '../use-move-volunteer';

export type { MoveRequest, MoveTarget } from '../use-move-volunteer';

interface MoveDialogProps {
  runId: string;
  eventId: string;
  board: MatchingBoardFieldsFragment;
  request: MoveRequest | null;
  onClose: () => void;
  /** After the move: where the volunteer is now (a challenge, or nulls for without a team). */
  onMoved: (request: MoveRequest, target: MoveTarget) => void;
  /** After pinning the volunteer to a challenge without a team that one person cannot start (see PIN). */
  onPinned: (request: MoveRequest, challenge: { title: string; min: number }) => void;
}

const NONE = 'none';
/**
 * Options that pin rather than move: a challenge without a team that needs more people than one cannot be started by
 * a move (the server would refuse the team of one), but its people can be pinned to it one by one, and the next run
 * forms its team around them.
 */
const PIN = 'pin|';
/**
 * Why a challenge has no team where nobody the organizer could move or pin there changes it: no one compatible covers
 * a required skill, too few compatible people, no slot where they meet, or no team of its size covers its skills. Its
 * option is shown with the reason, and not offered: a pin would make the next run fail ("the pins cannot all hold").
 */
const BEYOND_A_PIN = new Set([
  'NO_COMPATIBLE_VOLUNTEER',
  'SKILL_NOT_COVERED',
  'TOO_FEW_VOLUNTEERS',
  'NO_COMMON_SLOT',
  'TEAM_TOO_SMALL_FOR_SKILLS',
]);

/**
 * The keyboard way to move a volunteer ("Move to…"): a list of every other team, grouped by slot, the challenges
 * without a team in each of their slots, and "without a team". The server checks the hard rules at once; a refusal
 * is shown here, in words that name the people and teams concerned. Dropping a volunteer on a team (RunBoard) moves
 * them the same way (useMoveVolunteer).
 */
export function MoveDialog({ runId, eventId, board, request, onClose, onMoved, onPinned }: MoveDialogProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [target, setTarget] = useState('');
  const { move, loading: moving, refusal: moveRefusal, reset: resetMove } = useMoveVolunteer(runId);
  const [pin, { loading: pinning, error: pinError, reset: resetPin }] = useMutation(PinMatchingPairMutation);
  const loading = moving || pinning;
  const refusal = moveRefusal ?? moveRefusalOf(pinError);
  const reset = () => {
    resetMove();
    resetPin();
  };
  const slots = board.slots;
  const titleOf = new Map<string, string>([
    ...slots.flatMap((slot) => slot.teams.map((team) => [team.challengeId, team.title] as [string, string])),
    ...board.unserved.map((challenge) => [challenge.challengeId, challenge.title] as [string, string]),
  ]);
  // The teams the person could go to (not their own), and whether one is full already (the server would refuse it).
  const otherTeams = (slot: (typeof slots)[number]) =>
    slot.teams.filter((team) => team.challengeId !== request?.fromChallengeId);
  const isFull = (team: { members: unknown[]; teamMax: number }) => team.members.length >= team.teamMax;
  const groups = slots
    .map((slot) => ({
      group: slotName(slot, language),
      items: [
        ...otherTeams(slot).map((team) => {
          const full = isFull(team);
          return {
            value: `${team.challengeId}|${slot.id}`,
            label: t(full ? 'matching.move.teamOptionFull' : 'matching.move.teamOption', {
              title: team.title,
              size: team.members.length,
              max: team.teamMax,
            }),
            // (shown, with why, but not offered: the server would refuse it)
            disabled: full,
          };
        }),
        ...board.unserved
          .filter((challenge) => challenge.slotIds.includes(slot.id))
          .map((challenge) => {
            if (BEYOND_A_PIN.has(challenge.code))
              return {
                value: `${challenge.challengeId}|${slot.id}`,
                label: t('matching.move.unservedOptionBlocked', {
                  title: challenge.title,
                  reason: challenge.reason.replace(/\.$/, ''),
                }),
                disabled: true,
              };
            // one person cannot start a team that needs more: pinned, they are in the team the next run forms
            const tooSmall = challenge.teamMin > 1;
            return {
              value: `${tooSmall ? PIN : ''}${challenge.challengeId}|${slot.id}`,
              label: tooSmall
                ? t('matching.move.unservedOptionPin', {
                    title: challenge.title,
                    min: challenge.teamMin,
                    name: request?.firstName,
                  })
                : t('matching.move.unservedOption', { title: challenge.title }),
            };
          }),
      ],
    }))
    .filter((group) => group.items.length > 0);
  // What cannot be chosen, and why, as text under the list: a disabled option is skipped by the arrow keys, not read
  // out by screen readers, and cut off on a small screen, so its reason would otherwise reach only some people.
  const unavailable = [
    ...slots.flatMap((slot) =>
      otherTeams(slot)
        .filter(isFull)
        .map((team) => ({
          key: `team-${team.challengeId}`,
          text: t('matching.move.unavailableFull', { title: team.title, size: team.members.length, max: team.teamMax }),
        })),
    ),
    ...board.unserved
      .filter(
        (challenge) => BEYOND_A_PIN.has(challenge.code) && slots.some((slot) => challenge.slotIds.includes(slot.id)),
      )
      .map((challenge) => ({
        key: `unserved-${challenge.challengeId}`,
        text: t('matching.move.unavailableBlocked', {
          title: challenge.title,
          name: request?.firstName,
          reason: challenge.reason,
        }),
      })),
  ];
  const offered = groups.some((group) => group.items.some((item) => !('disabled' in item && item.disabled)));
  const unavailableNote =
    unavailable.length === 0
      ? undefined
      : offered
        ? t('matching.move.unavailableSome', { count: unavailable.length })
        : t(request?.fromChallengeId ? 'matching.move.unavailableNoneButOut' : 'matching.move.unavailableNone', {
            name: request?.firstName,
          });
  const options = [
    { value: '', label: t('matching.move.choose') },
    ...(request?.fromChallengeId ? [{ value: NONE, label: t('matching.move.withoutTeam') }] : []),
    ...groups,
  ];
  const [missing, setMissing] = useState(false);
  // A refusal comes back while the submit button is still busy (and so without focus): focus goes to its message.
  const refusalRef = useRef<HTMLDivElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals) refusalRef.current?.focus();
  }, [refusals]);

  function close() {
    setTarget('');
    setMissing(false);
    reset();
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!request) return;
    if (!target) {
      setMissing(true);
      // On the field, so that its error (linked to it) is read out.
      document.getElementById('move-target')?.focus();
      return;
    }
    if (target.startsWith(PIN)) {
      const [challengeId] = target.slice(PIN.length).split('|');
      const challenge = board.unserved.find((candidate) => candidate.challengeId === challengeId)!;
      const pinned = await pin({ variables: { input: { eventId, challengeId, volunteerId: request.volunteerId } } })
        .then((result) => !result.error)
        .catch(() => false);
      if (!pinned) return setRefusals((count) => count + 1);
      setTarget('');
      reset();
      return onPinned(request, { title: challenge.title, min: challenge.teamMin });
    }
    const [toChallengeId, toSlotId] = target === NONE ? [null, null] : target.split('|');
    const destination = {
      challengeId: toChallengeId,
      slotId: toSlotId,
      title: toChallengeId ? (titleOf.get(toChallengeId) ?? null) : null,
    };
    if ((await move(request, destination)).moved) {
      setTarget('');
      reset();
      onMoved(request, destination);
    } else setRefusals((count) => count + 1);
  }

  return (
    <Modal
      opened={request !== null}
      onClose={close}
      // (someone without a team is added to one, as the board's menu says, not moved)
      title={
        request
          ? t(request.fromTitle ? 'matching.move.title' : 'matching.move.titleNone', { name: request.firstName })
          : ''
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {request && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <Text>
              {request.fromTitle
                ? t('matching.move.from', { name: request.firstName, challenge: request.fromTitle })
                : t('matching.move.fromNone', { name: request.firstName })}
            </Text>
            {refusal && (
              <RefusalAlert ref={refusalRef} title={t('matching.move.refused')}>
                {refusal}
              </RefusalAlert>
            )}
            <NativeSelect
              id="move-target"
              label={t('matching.move.target')}
              data={options}
              value={target}
              error={missing ? t('matching.move.chooseError', { name: request.firstName }) : undefined}
              onChange={(event) => {
                setTarget(event.currentTarget.value);
                setMissing(false);
                reset();
              }}
              description={unavailableNote}
              inputWrapperOrder={['label', 'input', 'error', 'description']}
              data-autofocus
            />
            {unavailable.length > 0 && (
              <Stack gap={4}>
                <Text size="sm" fw={700} id="move-unavailable">
                  {t('matching.move.unavailableTitle')}
                </Text>
                <List size="sm" spacing={4} aria-labelledby="move-unavailable">
                  {unavailable.map((entry) => (
                    <List.Item key={entry.key}>{entry.text}</List.Item>
                  ))}
                </List>
              </Stack>
            )}
            <Group gap="sm">
              <Button type="submit" loading={loading}>
                {t(
                  target.startsWith(PIN)
                    ? 'matching.move.submitPin'
                    : request.fromTitle
                      ? 'matching.move.submit'
                      : 'matching.move.submitNone',
                )}
              </Button>
              <Button variant="default" type="button" onClick={close}>
                {t('matching.move.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
