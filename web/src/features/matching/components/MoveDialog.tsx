import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../../../components/ui/RefusalAlert';
import { type MatchingBoardFieldsFragment } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { slotName } from '../format';
import { type MoveRequest, type MoveTarget, useMoveVolunteer } from '../use-move-volunteer';

export type { MoveRequest, MoveTarget } from '../use-move-volunteer';

interface MoveDialogProps {
  runId: string;
  board: MatchingBoardFieldsFragment;
  request: MoveRequest | null;
  onClose: () => void;
  /** After the move: where the volunteer is now (a challenge, or nulls for without a team). */
  onMoved: (request: MoveRequest, target: MoveTarget) => void;
}

const NONE = 'none';

/**
 * The keyboard way to move a volunteer ("Move to…"): a list of every other team, grouped by slot, the challenges
 * without a team in each of their slots, and "without a team". The server checks the hard rules at once; a refusal
 * is shown here, in words that name the people and teams concerned. Dropping a volunteer on a team (RunBoard) moves
 * them the same way (useMoveVolunteer).
 */
export function MoveDialog({ runId, board, request, onClose, onMoved }: MoveDialogProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [target, setTarget] = useState('');
  const { move, loading, refusal, reset } = useMoveVolunteer(runId);
  const slots = board.slots;
  const titleOf = new Map<string, string>([
    ...slots.flatMap((slot) => slot.teams.map((team) => [team.challengeId, team.title] as [string, string])),
    ...board.unserved.map((challenge) => [challenge.challengeId, challenge.title] as [string, string]),
  ]);
  const groups = slots
    .map((slot) => ({
      group: slotName(slot, language),
      items: [
        ...slot.teams
          .filter((team) => team.challengeId !== request?.fromChallengeId)
          .map((team) => {
            const full = team.members.length >= team.teamMax;
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
            // one person cannot start a team that needs more: the server would refuse it
            const tooSmall = challenge.teamMin > 1;
            return {
              value: `${challenge.challengeId}|${slot.id}`,
              label: tooSmall
                ? t('matching.move.unservedOptionTooSmall', { title: challenge.title, min: challenge.teamMin })
                : t('matching.move.unservedOption', { title: challenge.title }),
              disabled: tooSmall,
            };
          }),
      ],
    }))
    .filter((group) => group.items.length > 0);
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
      title={request ? t('matching.move.title', { name: request.firstName }) : ''}
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
              data-autofocus
            />
            <Group gap="sm">
              <Button type="submit" loading={loading}>
                {t('matching.move.submit')}
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
