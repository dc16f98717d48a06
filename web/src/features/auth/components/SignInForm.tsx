import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { StatusMessage } from '../../../components/ui/StatusMessage';
import { currentLanguage } from '../../../i18n';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { RequestSignInLinkMutation } from '../graphql/auth';

const EMAIL_ID = 'sign-in-email';

/**
 * The e-mail field and its button; `redirectPath` is where the mail link brings the person back (else the
 * dashboard). The answer is the same whether or not the address has an account, so the success
 * message never says that a link was sent, only that one is on its way if the address is known.
 */
export function SignInForm({ redirectPath }: { redirectPath?: string } = {}) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestLink, { loading, error, reset }] = useMutation(RequestSignInLinkMutation);

  const fieldErrors = fieldErrorsOf(error);
  const emailError = fieldErrors.find((field) => field.path === 'email')?.message;
  const limited = graphQLErrorWithCode(error, 'TOO_MANY_REQUESTS');
  const summary = [
    ...fieldErrors.map((field) => ({ fieldId: field.path === 'email' ? EMAIL_ID : undefined, message: field.message })),
    ...(limited ? [{ message: limited }] : []),
  ];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSentTo(null);
    reset();
    const result = await requestLink({ variables: { email, locale: currentLanguage(i18n), redirectPath } }).catch(
      () => null,
    );
    if (result?.data?.requestSignInLink) setSentTo(email.trim());
  }

  return (
    <Stack gap="md" maw="32rem">
      <Text>{t('auth.signIn.intro')}</Text>
      <ErrorSummary items={summary} />
      {sentTo && (
        <StatusMessage title={t('auth.signIn.sentTitle')}>{t('auth.signIn.sent', { email: sentTo })}</StatusMessage>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md" align="flex-start">
          <TextInput
            id={EMAIL_ID}
            type="email"
            name="email"
            autoComplete="email"
            label={t('auth.signIn.email')}
            description={t('auth.signIn.emailHint')}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={emailError}
            required
            w="100%"
          />
          <Button type="submit">{loading ? t('auth.signIn.sending') : t('auth.signIn.submit')}</Button>
        </Stack>
      </form>
    </Stack>
  );
}
