import { useQuery } from '@apollo/client/react';
import { List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { type CauseArea } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/ErrorState';
import { LoadingState } from '../../../components/ui/LoadingState';
import { currentLanguage } from '../../../i18n';
import { formatNumber, languageNames, levelName, skillName } from '../format';
import { MatchingPairExplanationQuery } from '../graphql/matching';

export interface ExplainedPair {
  challengeId: string;
  volunteerId: string;
}

interface ExplanationDialogProps {
  runId: string;
  pair: ExplainedPair | null;
  onClose: () => void;
}

/** Why a pair scores what it does: each factor's value and weight, the skills side by side, the rules it breaks. */
export function ExplanationDialog({ runId, pair, onClose }: ExplanationDialogProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(MatchingPairExplanationQuery, {
    variables: { runId, challengeId: pair?.challengeId ?? '', volunteerId: pair?.volunteerId ?? '' },
    skip: !pair,
  });
  const explained = data?.matchingPairExplanation;
  const title = explained
    ? t('matching.explain.title', { name: explained.firstName, challenge: explained.challengeTitle })
    : t('matching.explain.loadingTitle');
  const causes = (list: readonly string[]) => list.map((cause) => t(`causes.${cause as CauseArea}`)).join(', ');

  return (
    <Modal
      opened={pair !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {loading && !explained && <LoadingState label={t('matching.explain.loading')} />}
      {error && !explained && <ErrorState message={t('matching.explain.error')} onRetry={() => void refetch()} />}
      {explained && (
        <Stack gap="md">
          <Text fw={700}>
            {t('matching.explain.score', { score: formatNumber(explained.score, language) })}{' '}
            {t(explained.assigned ? 'matching.explain.assigned' : 'matching.explain.notAssigned', {
              name: explained.firstName,
              challenge: explained.challengeTitle,
            })}
          </Text>
          {explained.problems.length > 0 && (
            <Stack gap={4}>
              <Title order={3} size="h4">
                {t('matching.explain.problems')}
              </Title>
              <List>
                {explained.problems.map((problem) => (
                  <List.Item key={problem}>{problem}</List.Item>
                ))}
              </List>
            </Stack>
          )}
          <div className="table-scroll" role="region" aria-labelledby="explain-factors" tabIndex={0}>
            <Table verticalSpacing={4}>
              <caption id="explain-factors">{t('matching.explain.factorsCaption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('matching.explain.factor')}</Table.Th>
                  <Table.Th scope="col">{t('matching.explain.value')}</Table.Th>
                  <Table.Th scope="col">{t('matching.explain.weight')}</Table.Th>
                  <Table.Th scope="col">{t('matching.explain.contribution')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {explained.factors.map((factor) => (
                  <Table.Tr key={factor.factor}>
                    <Table.Th scope="row">{t(`matching.factors.${factor.factor}`)}</Table.Th>
                    <Table.Td>{formatNumber(factor.value, language)}</Table.Td>
                    <Table.Td>{formatNumber(factor.weight, language)}</Table.Td>
                    <Table.Td>{formatNumber(factor.contribution, language, 3)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          {explained.skills.length > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="explain-skills" tabIndex={0}>
              <Table verticalSpacing={4}>
                <caption id="explain-skills">{t('matching.explain.skillsCaption')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('matching.explain.skill')}</Table.Th>
                    <Table.Th scope="col">{t('matching.explain.wanted')}</Table.Th>
                    <Table.Th scope="col">{t('matching.explain.has')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {explained.skills.map((skill) => (
                    <Table.Tr key={skill.skill}>
                      <Table.Th scope="row">
                        {skillName(skill.skill, language)}{' '}
                        {skill.required ? t('matching.explain.required') : t('matching.explain.niceToHave')}
                      </Table.Th>
                      <Table.Td>{levelName(skill.wantedLevel, language)}</Table.Td>
                      <Table.Td>
                        <span aria-hidden="true">{skill.level >= skill.wantedLevel ? '✓ ' : '✗ '}</span>
                        {skill.level > 0 ? levelName(skill.level, language) : t('matching.explain.none')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
          <List spacing={4}>
            <List.Item>
              {explained.challengeLanguages.length === 0
                ? t('matching.explain.anyLanguage')
                : t('matching.explain.languages', {
                    shared: languageNames(explained.sharedLanguages, language) || t('matching.explain.none'),
                    wanted: languageNames(explained.challengeLanguages, language),
                  })}
            </List.Item>
            <List.Item>
              {explained.challengeCauses.length === 0
                ? t('matching.explain.noCauses')
                : t('matching.explain.causes', {
                    shared: causes(explained.sharedCauses) || t('matching.explain.none'),
                    wanted: causes(explained.challengeCauses),
                  })}
            </List.Item>
            <List.Item>
              {t('matching.explain.format', {
                format: t(`formats.${explained.challengeFormat}`),
                preferred: explained.preferredFormat ? t(`formats.${explained.preferredFormat}`) : '–',
              })}
            </List.Item>
          </List>
        </Stack>
      )}
    </Modal>
  );
}
