import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { StatusMessage } from '../../../components/ui/StatusMessage';
import { currentLanguage } from '../../../i18n';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { SignUpMutation } from '../graphql/auth';

const FIELD_IDS: Record<string, string> = { name: 'sign-up-name', email: 'sign-up-email' };

/**
 * The first step of registering: name and address. The mail link confirms the address, signs the person in and
 * brings them back to `redirectPath`, the form they started from. Known addresses get a sign-in link instead, and the
 * page says the same either way.
 */
export function SignUpForm({ redirectPath }: { redirectPath: string }) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [signUp, { loading, error, reset }] = useMutation(SignUpMutation);

  const fieldErrors = fieldErrorsOf(error);
  const errorOf = (path: string) => fieldErrors.find((field) => field.path === path)?.message;
  const limited = graphQLErrorWithCode(error, 'TOO_MANY_REQUESTS');
  const summary = [
    ...fieldErrors.map((field) => ({ fieldId: FIELD_IDS[field.path], message: field.message })),
    ...(limited ? [{ message: limited }] : []),
  ];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSentTo(null);
    reset();
    const result = await signUp({
      variables: { email, name, locale: currentLanguage(i18n), redirectPath },
    }).catch(() => null);
    if (result?.data?.signUp) setSentTo(email.trim());
  }

  return (
    <Stack gap="md">
      <Text>{t('auth.signUp.intro')}</Text>
      <ErrorSummary items={summary} />
      {sentTo && (
        <StatusMessage title={t('auth.signIn.sentTitle')}>{t('auth.signUp.sent', { email: sentTo })}</StatusMessage>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md" align="flex-start">
          <TextInput
            id={FIELD_IDS.name}
            name="name"
            autoComplete="name"
            label={t('auth.signUp.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errorOf('name')}
            required
            w="100%"
          />
          <TextInput
            id={FIELD_IDS.email}
            type="email"
            name="email"
            autoComplete="email"
            label={t('auth.signIn.email')}
            description={t('auth.signIn.emailHint')}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errorOf('email')}
            required
            w="100%"
          />
          <Button type="submit">{loading ? t('auth.signIn.sending') : t('auth.signUp.submit')}</Button>
        </Stack>
      </form>
    </Stack>
  );
}
