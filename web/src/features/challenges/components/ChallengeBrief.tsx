import { List, Stack, Text, Title } from '@mantine/core';
import { type EventLanguage, SKILL_LEVELS, skillById } from '@skillshift/shared';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../../gql';
import { type ChallengeFieldsFragment } from '../../../gql/graphql';
import { currentLanguage, variantKey } from '../../../i18n';
import { challengeTextVariants } from '../challenge-form-values';
import { formatSlot } from '../format';
import { ChallengeEventFieldsFragment } from '../graphql/challenges';

/** The whole brief as a description list, in the order of the form. */
export function ChallengeBrief({ challenge }: { challenge: ChallengeFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const event = getFragmentData(ChallengeEventFieldsFragment, challenge.event);
  // The form's questions as the reader knows them: to the nonprofit's own contacts as asked of them, to organizers
  // of "the organisation" (as on the intake form), and of the event's days where it is no evening (ChallengeFields).
  const variants = challengeTextVariants(!challenge.viewerIsContact, event.kind);
  const say = (key: Parameters<typeof variantKey>[1]) => t(variantKey(i18n, key, variants));
  const empty = <Text c="dimmed">{t('challenges.brief.empty')}</Text>;
  const prose = (value: string) => (value ? <Text className="preserve-lines">{value}</Text> : empty);
  const checklist = (['decisionMakerPresent', 'accessReady', 'fitsOneEvening'] as const).map((item) => ({
    item,
    done: challenge[item],
  }));

  return (
    <Stack component="section" gap="sm" aria-labelledby="challenge-brief">
      <Title order={2} id="challenge-brief">
        {t('challenges.brief.title')}
      </Title>
      <dl className="brief-list">
        {(['problem', 'goal', 'beneficiaries', 'tools'] as const).map((field) => (
          <Fragment key={field}>
            <dt>{say(`challenges.form.fields.${field}.label`)}</dt>
            <dd>{prose(challenge[field])}</dd>
          </Fragment>
        ))}
        <dt>{t('challenges.brief.skills')}</dt>
        <dd>
          {challenge.skills.length === 0 ? (
            empty
          ) : (
            <List spacing={4}>
              {challenge.skills.map((need) => (
                <List.Item key={need.skill}>
                  {t('challenges.brief.skill', {
                    skill: skillById(need.skill)?.label[language] ?? need.skill,
                    level: SKILL_LEVELS[need.level - 1]?.label[language] ?? need.level,
                    kind: t(need.required ? 'challenges.brief.required' : 'challenges.brief.niceToHave'),
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </dd>
        <dt>{t('challenges.form.team.legend')}</dt>
        <dd>{t('challenges.brief.team', { min: challenge.teamMin, max: challenge.teamMax })}</dd>
        <dt>{t('challenges.form.languages.legend')}</dt>
        <dd>
          {challenge.languages.length === 0
            ? empty
            : challenge.languages.map((code) => t(`eventAdmin.languages.${code as EventLanguage}`)).join(', ')}
        </dd>
        <dt>{say('challenges.form.format.legend')}</dt>
        <dd>{t(`formats.${challenge.format}`)}</dd>
        <dt>{t('challenges.form.slots.legend')}</dt>
        <dd>
          {challenge.slotIds.length === 0 ? (
            empty
          ) : (
            <List spacing={4}>
              {event.slots
                .filter((slot) => challenge.slotIds.includes(slot.id))
                .map((slot) => (
                  <List.Item key={slot.id}>
                    {[slot.label, formatSlot(slot.startsAt, slot.endsAt, language)].filter(Boolean).join(': ')}
                  </List.Item>
                ))}
            </List>
          )}
        </dd>
        <dt>{say('challenges.form.checklist.legend')}</dt>
        <dd>
          <List spacing={4}>
            {checklist.map(({ item, done }) => (
              <List.Item key={item}>
                {t(done ? 'challenges.brief.checked' : 'challenges.brief.unchecked', {
                  item: say(`challenges.form.checklist.${item}.label`),
                })}
              </List.Item>
            ))}
          </List>
        </dd>
      </dl>
    </Stack>
  );
}
