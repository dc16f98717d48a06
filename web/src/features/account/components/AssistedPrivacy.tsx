import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { useNotifications } from '../../../components/ui/NotificationRegion';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { BodyPeopleQuery, ErasePersonForBodyMutation } from '../graphql/account';

const SEARCH_ID = 'field-search';

/**
 * For organizers acting on a person's request (by phone, by letter, at the counter): find the person among the body's
 * volunteers and nonprofit contacts, download their data for them, or erase their account. Both are audit-logged.
 */
export function AssistedPrivacy({ organizingBodyId }: { organizingBodyId: string }) {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const [search, setSearch] = useState('');
  const [erasing, setErasing] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [find, found] = useLazyQuery(BodyPeopleQuery, { fetchPolicy: 'network-only' });
  const [erase, erasure] = useMutation(ErasePersonForBodyMutation);
  const searchProblems = fieldErrorsOf(found.error);
  const eraseProblems = fieldErrorsOf(erasure.error);
  const eraseConflict = graphQLErrorWithCode(erasure.error, 'CONFLICT');

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErasing(null);
    void find({ variables: { organizingBodyId, search } }).catch(() => undefined);
  }

  async function submitErasure(event: FormEvent<HTMLFormElement>, personId: string, name: string) {
    event.preventDefault();
    if (erasure.loading) return;
    const result = await erase({ variables: { organizingBodyId, personId, confirm: confirmed } }).catch(() => null);
    if (!result?.data?.erasePersonForBody) return;
    notifications.show(t('account.assisted.erased', { name }), 'info');
    setErasing(null);
    setConfirmed(false);
    void found.refetch();
  }

  const people = found.data?.bodyPeople ?? [];
  return (
    <Stack gap="lg">
      <Text>{t('account.assisted.intro')}</Text>
      <form onSubmit={submitSearch} noValidate role="search" aria-label={t('account.assisted.searchLabel')}>
        <Stack gap="sm" maw="32rem">
          <ErrorSummary items={searchProblems.map((problem) => ({ fieldId: SEARCH_ID, message: problem.message }))} />
          <Group align="flex-end" gap="sm">
            <TextInput
              id={SEARCH_ID}
              label={t('account.assisted.search')}
              description={t('account.assisted.searchHelp')}
              value={search}
              onChange={(change) => setSearch(change.currentTarget.value)}
              error={searchProblems[0]?.message}
              autoComplete="off"
              style={{ flex: '1 1 14rem' }}
            />
            <Button type="submit" loading={found.loading}>
              {t('account.assisted.searchAction')}
            </Button>
          </Group>
        </Stack>
      </form>
      {found.called && !found.loading && !found.error && (
        <Stack component="section" gap="sm" aria-labelledby="assisted-results">
          <Title order={2} id="assisted-results">
            {t('account.assisted.results', { count: people.length })}
          </Title>
          {people.length === 0 && <Text>{t('account.assisted.none')}</Text>}
          <List listStyleType="none" spacing="md" p={0}>
            {people.map((person) => {
              const name = person.name || person.email || t('account.assisted.noName');
              return (
                <List.Item key={person.id}>
                  <Paper withBorder p="md" component="article" aria-labelledby={`person-${person.id}`}>
                    <Stack gap="xs">
                      <Title order={3} id={`person-${person.id}`}>
                        {name}
                      </Title>
                      <dl className="event-facts">
                        <dt>{t('account.assisted.email')}</dt>
                        <dd>{person.email ?? t('account.assisted.none')}</dd>
                        <dt>{t('account.assisted.phone')}</dt>
                        <dd>{person.phone ?? t('account.assisted.none')}</dd>
                        <dt>{t('account.assisted.registrations')}</dt>
                        <dd>{person.volunteerRegistrations}</dd>
                        <dt>{t('account.assisted.nonprofits')}</dt>
                        <dd>
                          {person.nonprofits.length > 0 ? person.nonprofits.join(', ') : t('account.assisted.none')}
                        </dd>
                      </dl>
                      <Group gap="sm">
                        <Button
                          component="a"
                          variant="default"
                          download
                          href={`/api/exports/bodies/${organizingBodyId}/people/${person.id}/personal-data.json`}
                          aria-label={t('account.assisted.downloadLabel', { name })}
                        >
                          {t('account.assisted.download')}
                        </Button>
                        {person.staff ? (
                          <Text size="sm">{t('account.assisted.staff')}</Text>
                        ) : (
                          erasing !== person.id && (
                            <Button
                              variant="default"
                              onClick={() => {
                                erasure.reset();
                                setConfirmed(false);
                                setErasing(person.id);
                              }}
                              aria-label={t('account.assisted.eraseLabel', { name })}
                            >
                              {t('account.assisted.erase')}
                            </Button>
                          )
                        )}
                      </Group>
                      {erasing === person.id && (
                        <form onSubmit={(event) => void submitErasure(event, person.id, name)} noValidate>
                          <Stack gap="sm" align="flex-start">
                            <ErrorSummary
                              items={eraseProblems.map((problem) => ({
                                fieldId: `confirm-${person.id}`,
                                message: problem.message,
                              }))}
                            />
                            {eraseConflict && (
                              <Alert color="red" variant="light" role="alert">
                                {eraseConflict}
                              </Alert>
                            )}
                            <Checkbox
                              id={`confirm-${person.id}`}
                              label={t('account.assisted.confirm', { name })}
                              checked={confirmed}
                              onChange={(change) => setConfirmed(change.currentTarget.checked)}
                              error={eraseProblems[0]?.message}
                              aria-invalid={eraseProblems[0] ? true : undefined}
                            />
                            <Group gap="sm">
                              <Button type="submit" color="red.9" loading={erasure.loading}>
                                {t('account.assisted.eraseAction')}
                              </Button>
                              <Button variant="default" onClick={() => setErasing(null)}>
                                {t('account.assisted.cancel')}
                              </Button>
                            </Group>
                          </Stack>
                        </form>
                      )}
                    </Stack>
                  </Paper>
                </List.Item>
              );
            })}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
