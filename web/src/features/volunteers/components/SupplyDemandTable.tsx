import { Table, Text } from '@mantine/core';
import { type SkillLevel, skillLabel, skillLevelInfo } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { type EventVolunteerOverviewQuery } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';

type SkillSupplyDemand = EventVolunteerOverviewQuery['eventVolunteerOverview']['supplyDemand'][number];

const MARK: Record<SkillSupplyDemand['status'], string> = { SHORTAGE: '⚠', TIGHT: '◐', OK: '✓' };

/**
 * For each skill and level the accepted challenges ask for: how many want it, how many registered volunteers cover
 * it. Shortages are marked by a symbol and words as well as colour, and come first; the status stands under the skill's
 * name in the first column, so it is seen without scrolling. A keyboard-reachable region scrolls the four narrow
 * number columns sideways on phone-sized screens.
 */
export function SupplyDemandTable({ rows }: { rows: readonly SkillSupplyDemand[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const shortages = rows.filter((row) => row.status === 'SHORTAGE').length;

  return (
    <>
      <Text fw={600}>
        {shortages > 0
          ? t('volunteerAdmin.supply.shortages', { count: shortages })
          : t('volunteerAdmin.supply.noShortages')}
      </Text>
      <div className="table-scroll" role="region" aria-labelledby="supply-demand-caption" tabIndex={0}>
        <Table className="supply-demand" verticalSpacing="xs">
          <caption id="supply-demand-caption">{t('volunteerAdmin.supply.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('volunteerAdmin.supply.skill')}</Table.Th>
              <Table.Th scope="col">{t('volunteerAdmin.supply.requiredBy')}</Table.Th>
              <Table.Th scope="col">{t('volunteerAdmin.supply.wishedBy')}</Table.Th>
              <Table.Th scope="col">{t('volunteerAdmin.supply.covering')}</Table.Th>
              <Table.Th scope="col">{t('volunteerAdmin.supply.coveringInSlots')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.skill}:${row.minLevel}`} className={`supply-${row.status.toLowerCase()}`}>
                <Table.Th scope="row" className="supply-skill">
                  <span className="supply-skill-name">{skillLabel(row.skill, language) ?? row.skill}</span>
                  <span className="supply-level">
                    {t('volunteerAdmin.supply.level', {
                      level: t('skillPicker.levelOption', {
                        level: row.minLevel,
                        label: skillLevelInfo(row.minLevel as SkillLevel).label[language],
                      }),
                    })}
                  </span>
                  <span className="supply-status">
                    <span aria-hidden="true">{MARK[row.status]}</span>{' '}
                    {t(`volunteerAdmin.supply.statuses.${row.status}`, { count: row.missing })}
                  </span>
                </Table.Th>
                <Table.Td>{row.requiredBy}</Table.Td>
                <Table.Td>{row.wishedBy}</Table.Td>
                <Table.Td>{row.covering}</Table.Td>
                <Table.Td>{row.coveringInSharedSlots}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}
