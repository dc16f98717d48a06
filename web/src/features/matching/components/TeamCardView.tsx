import { Badge, Button, Card, Group, List, Menu, Stack, Text, Title } from '@mantine/core';
import { type UiLocale } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { type MatchingBoardFieldsFragment } from '../../../gql/graphql';
import { formatNumber, levelName, skillName } from '../format';
import { DraggablePerson, dropTargetClass, useDropTarget } from './BoardDragAndDrop';

type Team = MatchingBoardFieldsFragment['slots'][number]['teams'][number];
type Member = Team['members'][number];

export interface MemberAction {
  kind: 'explain' | 'pin' | 'unpin' | 'exclude' | 'unexclude' | 'move';
  team: Team;
  member: Member;
}

interface TeamCardViewProps {
  team: Team;
  /** The slot the team works in: a volunteer dropped on the card joins it there. */
  slotId: string;
  language: UiLocale;
  editable: boolean;
  onAction: (action: MemberAction) => void;
}

/** The id of a member's actions button, so that focus can come back to it after a change. */
export const memberActionsId = (challengeId: string, volunteerId: string) =>
  `member-actions-${challengeId}-${volunteerId}`;

/**
 * One challenge's team in a slot: what the challenge asks for and who covers it, then each member with what they
 * bring, their score, whether they are pinned or were moved by hand, and their actions (a menu: keyboard ready).
 * When the board is editable, members have a handle to drag them onto another team, and the card takes those dropped.
 */
export function TeamCardView({ team, slotId, language, editable, onAction }: TeamCardViewProps) {
  const { t } = useTranslation();
  const titleId = `team-${team.challengeId}`;
  const skill = (id: string, level: number) =>
    t('matching.board.skillLevel', { skill: skillName(id, language), level: levelName(level, language) });
  const { setNodeRef, state } = useDropTarget(`team-${team.challengeId}`, {
    challengeId: team.challengeId,
    slotId,
    title: team.title,
  });

  return (
    <Card
      ref={setNodeRef}
      withBorder
      padding="md"
      component="article"
      aria-labelledby={titleId}
      className={['matching-team', dropTargetClass(state)].filter(Boolean).join(' ')}
    >
      <Stack gap="xs">
        <Title order={3} size="h4" id={titleId}>
          {team.title}
        </Title>
        <Text size="sm">{team.nonprofitName}</Text>
        <Text size="sm">
          {t('matching.board.teamSize', { size: team.members.length, min: team.teamMin, max: team.teamMax })}
          {team.priority > 1 && ` · ${t('matching.board.priority', { priority: team.priority })}`}
        </Text>
        {team.skills.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('matching.board.needs')}
            </Text>
            <List size="sm" spacing={2}>
              {team.skills.map((need) => (
                <List.Item key={need.skill}>
                  {skill(need.skill, need.level)}
                  {need.required ? '' : ` ${t('matching.board.optional')}`}
                  {': '}
                  <span aria-hidden="true">{need.coveredBy.length > 0 ? '✓ ' : '✗ '}</span>
                  {need.coveredBy.length > 0
                    ? t('matching.board.coveredBy', { names: need.coveredBy.join(', ') })
                    : t('matching.board.notCovered')}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Text size="sm" fw={600}>
          {t('matching.board.members')}
        </Text>
        <ul className="matching-members">
          {team.members.map((member) => (
            <MemberRow
              key={member.volunteerId}
              team={team}
              member={member}
              language={language}
              editable={editable}
              onAction={onAction}
            />
          ))}
        </ul>
      </Stack>
    </Card>
  );
}

interface MemberRowProps {
  team: Team;
  member: Member;
  language: UiLocale;
  editable: boolean;
  onAction: (action: MemberAction) => void;
}

/** One member of a team: a handle to drag them (when editable), what they bring, and their actions menu. */
function MemberRow({ team, member, language, editable, onAction }: MemberRowProps) {
  const { t } = useTranslation();
  const skill = (id: string, level: number) =>
    t('matching.board.skillLevel', { skill: skillName(id, language), level: levelName(level, language) });
  const brings = member.skills.filter((held) => held.wanted);
  return (
    <DraggablePerson
      request={{
        volunteerId: member.volunteerId,
        firstName: member.firstName,
        fromChallengeId: team.challengeId,
        fromTitle: team.title,
      }}
      editable={editable}
      handleLabel={t('matching.drag.handle', { name: member.firstName, challenge: team.title })}
      onPress={() => onAction({ kind: 'move', team, member })}
      // The menu's id is its button's id: focus comes back to it after a change.
      actions={
        // Opened by keyboard, focus starts on the first item (without Mantine's focus placeholder, a role=presentation
        // element that a menu may not contain).
        <Menu
          id={memberActionsId(team.challengeId, member.volunteerId)}
          position="bottom-end"
          withinPortal
          withInitialFocusPlaceholder={false}
        >
          <Menu.Target>
            <Button
              size="compact-sm"
              className="matching-person-actions"
              variant="default"
              aria-label={t('matching.board.actionsFor', { name: member.firstName, challenge: team.title })}
            >
              {t('matching.board.actions')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => onAction({ kind: 'explain', team, member })} data-autofocus>
              {t('matching.board.explain')}
            </Menu.Item>
            {editable && (
              <>
                <Menu.Item onClick={() => onAction({ kind: 'move', team, member })}>
                  {t('matching.board.moveTo')}
                </Menu.Item>
                {member.pinned ? (
                  <Menu.Item onClick={() => onAction({ kind: 'unpin', team, member })}>
                    {t('matching.board.unpin')}
                  </Menu.Item>
                ) : (
                  <Menu.Item onClick={() => onAction({ kind: 'pin', team, member })}>
                    {t('matching.board.pin')}
                  </Menu.Item>
                )}
                {member.excluded ? (
                  <Menu.Item onClick={() => onAction({ kind: 'unexclude', team, member })}>
                    {t('matching.board.unexclude')}
                  </Menu.Item>
                ) : (
                  !member.pinned && (
                    <Menu.Item onClick={() => onAction({ kind: 'exclude', team, member })}>
                      {t('matching.board.exclude')}
                    </Menu.Item>
                  )
                )}
              </>
            )}
          </Menu.Dropdown>
        </Menu>
      }
    >
      <Stack gap={2}>
        <Group gap={6} wrap="wrap">
          <Text fw={600}>{member.firstName}</Text>
          <Text size="sm">{t('matching.board.score', { score: formatNumber(member.score, language) })}</Text>
          {member.pinned && (
            <Badge variant="outline" color="dark">
              {t('matching.board.pinned')}
            </Badge>
          )}
          {member.excluded && (
            <Badge variant="outline" color="dark">
              {t('matching.board.excluded')}
            </Badge>
          )}
          {member.origin === 'MANUAL' && (
            <Badge variant="outline" color="dark">
              {t('matching.board.movedByHand')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {brings.length > 0
            ? t('matching.board.brings', {
                skills: brings.map((held) => skill(held.skill, held.level)).join(', '),
              })
            : t('matching.board.bringsNothingAsked')}
        </Text>
      </Stack>
    </DraggablePerson>
  );
}
