import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { AUDIT_ACTIONS, type AuditAction } from '@skillshift/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { LoadingState } from '../../../components/ui/LoadingState';
import { Page } from '../../../components/ui/Page';
import { currentLanguage } from '../../../i18n';
import de from '../../../i18n/de.json';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { formatDateTime } from '../format';
import { MatchingAuditLogQuery, MatchingSetupQuery } from '../graphql/matching';
import { useRefetchOnLanguageChange } from '../use-refetch-on-language-change';
import { failedPageTitle } from '../../../components/ui/QueryErrorState';

const PAGE = 50;

/**
 * The actions the filter offers: those with a label in the catalogue (`matching.audit.actions.*`). An action a later
 * feature adds to AUDIT_ACTIONS shows in the log at once and in the filter once it has its label in both languages.
 */
type LabelledAction = keyof typeof de.matching.audit.actions;
const FILTER_ACTIONS = (Object.keys(de.matching.audit.actions) as LabelledAction[]).filter((action) =>
  (AUDIT_ACTIONS as readonly string[]).includes(action),
);

interface Filters {
  action: string;
  actorId: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { action: '', actorId: '', from: '', to: '' };

/** A calendar day (yyyy-mm-dd) as the moment it starts on the reader's clock; `to` days count in full. */
const dayStart = (day: string, plusDays = 0) => {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + plusDays).toISOString();
};

/** The audit log of the event: who did what and when, filtered by action, person and time. */
export function AuditLogView({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const setup = useQuery(MatchingSetupQuery, { variables: { eventId } });
  const bodyId = setup.data?.matchingSetup.organizingBodyId ?? '';
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const [offset, setOffset] = useState(0);
  const filter = {
    eventId,
    actions: applied.action ? [applied.action as AuditAction] : null,
    actorId: applied.actorId || null,
    from: applied.from ? dayStart(applied.from) : null,
    to: applied.to ? dayStart(applied.to, 1) : null,
  };
  const { data, previousData, loading, error, refetch } = useQuery(MatchingAuditLogQuery, {
    variables: { organizingBodyId: bodyId, filter, limit: PAGE, offset },
    skip: !bodyId,
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnLanguageChange(refetch);
  const problems = fieldErrorsOf(error).map((field) => ({
    fieldId: field.path.endsWith('.to') ? 'audit-to' : field.path.endsWith('.from') ? 'audit-from' : undefined,
    message: field.message,
  }));

  // While another page of the log loads, the page shown stays (the loader in its place took the paging buttons, and
  // with them a keyboard user's focus).
  const shown = data ?? (loading ? previousData : undefined);
  if ((setup.loading && !setup.data) || (loading && !shown && !error))
    return <LoadingState label={t('matching.audit.loading')} />;
  const eventName = setup.data?.matchingSetup.eventName;
  if (!eventName)
    return (
      <Page title={failedPageTitle(setup.error, t('matching.overview.notFoundTitle'), t)}>
        {setup.error && <ErrorState message={t('matching.overview.error')} onRetry={() => void setup.refetch()} />}
      </Page>
    );
  const log = shown?.auditLog;
  // the pages at either end, where one of the paging buttons leads nowhere
  const newest = offset === 0;
  const oldest = log !== undefined && offset + PAGE >= log.totalCount;

  function submit(event: FormEvent) {
    event.preventDefault();
    setOffset(0);
    setApplied(draft);
  }

  return (
    <Page title={t('matching.audit.title', { event: eventName })}>
      <Group gap="md">
        <Anchor component={Link} to={`/manage/events/${eventId}/matching`}>
          {t('matching.board.back')}
        </Anchor>
      </Group>
      <ErrorSummary title={t('matching.audit.problems')} items={problems} />
      <form onSubmit={submit} noValidate aria-labelledby="audit-filters">
        <Stack gap="sm">
          <Text id="audit-filters" fw={700}>
            {t('matching.audit.filters')}
          </Text>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              id="audit-action"
              label={t('matching.audit.action')}
              value={draft.action}
              onChange={(event) => setDraft({ ...draft, action: event.currentTarget.value })}
              data={[
                { value: '', label: t('matching.audit.allActions') },
                ...FILTER_ACTIONS.map((action) => ({ value: action, label: t(`matching.audit.actions.${action}`) })),
              ]}
            />
            <NativeSelect
              id="audit-actor"
              label={t('matching.audit.actor')}
              value={draft.actorId}
              onChange={(event) => setDraft({ ...draft, actorId: event.currentTarget.value })}
              data={[
                { value: '', label: t('matching.audit.everyone') },
                ...(data?.bodyOrganizers ?? []).map((organizer) => ({
                  value: organizer.id,
                  // An invited organizer may have no name yet: the address tells them apart.
                  label: organizer.name || organizer.email || t('matching.audit.unnamed'),
                })),
              ]}
            />
            <TextInput
              id="audit-from"
              type="date"
              label={t('matching.audit.from')}
              value={draft.from}
              onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
            />
            <TextInput
              id="audit-to"
              type="date"
              label={t('matching.audit.to')}
              value={draft.to}
              error={problems.find((problem) => problem.fieldId === 'audit-to')?.message}
              onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
            />
            <Button type="submit">{t('matching.audit.apply')}</Button>
            <Button
              type="button"
              variant="default"
              onClick={() => {
                setDraft(EMPTY);
                setApplied(EMPTY);
                setOffset(0);
              }}
            >
              {t('matching.audit.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
      {log && (
        <>
          <Text role="status">{t('matching.audit.count', { count: log.totalCount })}</Text>
          {log.items.length > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
              <Table verticalSpacing="xs">
                <caption id="audit-caption">{t('matching.audit.caption')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('matching.audit.when')}</Table.Th>
                    <Table.Th scope="col">{t('matching.audit.who')}</Table.Th>
                    <Table.Th scope="col">{t('matching.audit.what')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {log.items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>{formatDateTime(item.at, language)}</Table.Td>
                      <Table.Td>{item.actorName || t('matching.audit.system')}</Table.Td>
                      <Table.Td>
                        {item.runId ? (
                          <Anchor component={Link} to={`/manage/events/${eventId}/matching/runs/${item.runId}`}>
                            {item.description}
                          </Anchor>
                        ) : (
                          item.description
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
          {log.totalCount > PAGE && (
            <Group gap="sm">
              {/* Marked, not disabled, at either end: a button disabled under the keyboard as it reached the last page
                  dropped focus to the start of the page. */}
              <Button
                variant="default"
                aria-disabled={newest || undefined}
                data-disabled={newest || undefined}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t('matching.audit.newer')}
              </Button>
              <Text>
                {t('matching.audit.page', {
                  from: offset + 1,
                  to: Math.min(offset + PAGE, log.totalCount),
                  count: log.totalCount,
                })}
              </Text>
              <Button
                variant="default"
                aria-disabled={oldest || undefined}
                data-disabled={oldest || undefined}
                onClick={() => !oldest && setOffset(offset + PAGE)}
              >
                {t('matching.audit.older')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Page>
  );
}
