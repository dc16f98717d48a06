import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, List, Stack, Table, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/ErrorState';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { LoadingState } from '../../../components/ui/LoadingState';
import { currentLanguage } from '../../../i18n';
import { formatConsentVersion } from '../../../lib/consent-version';
import { formatDay } from '../../../lib/dates';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { EraseMyAccountMutation, MyConsentRecordsQuery } from '../graphql/account';

/** A cell's text begins as a sentence does ("No. 1 of November 2026"; the German already does). */
const sentenceStart = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const CONFIRM_ID = 'field-confirm';

/**
 * The person's privacy rights on their account page: the consents they gave, a download of everything held about
 * them (a plain link: the browser saves the JSON file), and erasing the account after an explicit confirmation.
 */
export function AccountPrivacy({ onErased }: { onErased: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(MyConsentRecordsQuery, { fetchPolicy: 'cache-and-network' });
  const [erase, erasure] = useMutation(EraseMyAccountMutation);
  const [confirmed, setConfirmed] = useState(false);
  const problems = fieldErrorsOf(erasure.error);
  const conflict = graphQLErrorWithCode(erasure.error, 'CONFLICT');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (erasure.loading) return;
    const result = await erase({ variables: { confirm: confirmed } }).catch(() => null);
    if (result?.data?.eraseMyAccount) await onErased();
  }

  return (
    <Stack gap="xl">
      <Stack component="section" gap="sm" aria-labelledby="account-consents">
        <Title order={2} id="account-consents">
          {t('account.consents.title')}
        </Title>
        <Text>{t('account.consents.intro')}</Text>
        {loading && !data ? (
          <LoadingState label={t('account.consents.loading')} />
        ) : error && !data ? (
          <ErrorState message={t('account.consents.error')} onRetry={() => void refetch()} />
        ) : (data?.myConsentRecords ?? []).length === 0 ? (
          <Text>{t('account.consents.empty')}</Text>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('account.consents.title')}>
            <Table miw={560}>
              <Table.Caption>{t('account.consents.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('account.consents.purpose')}</Table.Th>
                  <Table.Th scope="col">{t('account.consents.version')}</Table.Th>
                  <Table.Th scope="col">{t('account.consents.givenAt')}</Table.Th>
                  <Table.Th scope="col">{t('account.consents.method')}</Table.Th>
                  <Table.Th scope="col">{t('account.consents.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(data?.myConsentRecords ?? []).map((record) => (
                  <Table.Tr key={record.id}>
                    <Table.Td>{t(`account.consents.purposes.${record.purpose}`)}</Table.Td>
                    <Table.Td>{sentenceStart(formatConsentVersion(t, record.textVersion, language))}</Table.Td>
                    <Table.Td>{formatDay(record.givenAt, language, 'medium', true)}</Table.Td>
                    <Table.Td>
                      {record.recordedByName
                        ? t('account.consents.recordedBy', {
                            method: t(`account.consents.methods.${record.method}`),
                            name: record.recordedByName,
                          })
                        : t(`account.consents.methods.${record.method}`)}
                    </Table.Td>
                    <Table.Td>
                      {record.withdrawnAt
                        ? t('account.consents.withdrawn', {
                            date: formatDay(record.withdrawnAt, language, 'medium', true),
                          })
                        : t('account.consents.valid')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>

      <Stack component="section" gap="sm" aria-labelledby="account-download" align="flex-start">
        <Title order={2} id="account-download">
          {t('account.download.title')}
        </Title>
        <Text>{t('account.download.intro')}</Text>
        <Button component="a" href="/api/exports/my-personal-data.json" download variant="default">
          {t('account.download.action')}
        </Button>
      </Stack>

      <Stack component="section" gap="sm" aria-labelledby="account-erase">
        <Title order={2} id="account-erase">
          {t('account.erase.title')}
        </Title>
        <Text>{t('account.erase.intro')}</Text>
        <List spacing={4}>
          <List.Item>{t('account.erase.deleted')}</List.Item>
          <List.Item>{t('account.erase.kept')}</List.Item>
          <List.Item>{t('account.erase.signedOut')}</List.Item>
        </List>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md" align="flex-start">
            <ErrorSummary
              items={problems.map((problem) => ({
                fieldId: problem.path === 'confirm' ? CONFIRM_ID : undefined,
                message: problem.message,
              }))}
            />
            {conflict && (
              <Alert color="red" variant="light" role="alert">
                {conflict}
              </Alert>
            )}
            <Checkbox
              id={CONFIRM_ID}
              label={t('account.erase.confirm')}
              checked={confirmed}
              onChange={(change) => setConfirmed(change.currentTarget.checked)}
              error={problems.find((problem) => problem.path === 'confirm')?.message}
              aria-invalid={problems.some((problem) => problem.path === 'confirm') ? true : undefined}
            />
            <Button type="submit" color="red.9" loading={erasure.loading}>
              {t('account.erase.action')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Stack>
  );
}
