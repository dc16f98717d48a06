import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { REGISTRATION_LIMITS } from '@skillshift/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/ErrorSummary';
import { type NonprofitFieldsFragment } from '../../../gql/graphql';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../../lib/field-errors';
import { fieldIdFor } from '../../../lib/field-ids';
import { AddNonprofitContactMutation, RemoveNonprofitContactMutation } from '../graphql/nonprofits';

type Contact = NonprofitFieldsFragment['contacts'][number];

/**
 * The nonprofit's contact persons; a further one is added by address (and told by mail), any but the last removed
 * after a confirmation (a removed person loses access at once).
 */
export function NonprofitContacts({ nonprofit }: { nonprofit: NonprofitFieldsFragment }) {
  const { t } = useTranslation();
  const [contact, setContact] = useState({ name: '', email: '', phone: '' });
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState<Contact | null>(null);
  // The removed person's button is gone: the keyboard goes to the list's heading instead of nowhere.
  const [removedOne, setRemovedOne] = useState(false);
  const [addContact, adding] = useMutation(AddNonprofitContactMutation);
  const [removeContact, removing] = useMutation(RemoveNonprofitContactMutation);
  const problems = fieldErrorsOf(adding.error);
  const errorFor = (path: string) => problems.find((problem) => problem.path === path)?.message;
  const refused = graphQLErrorWithCode(removing.error, 'CONFLICT');
  const field = (name: 'name' | 'email' | 'phone') => ({
    id: fieldIdFor(`contact.${name}`),
    label: t(`nonprofits.contacts.${name}`),
    value: contact[name],
    error: errorFor(`input.${name}`),
    onChange: (change: { currentTarget: { value: string } }) => {
      // Read the value now: React may run the updater after the event's currentTarget is gone.
      const value = change.currentTarget.value;
      setContact((current) => ({ ...current, [name]: value }));
    },
  });

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (adding.loading) return;
    setAnnouncement('');
    const result = await addContact({
      variables: { nonprofitId: nonprofit.id, input: { ...contact, phone: contact.phone || null } },
    }).catch(() => null);
    if (result?.data) {
      setAnnouncement(t('nonprofits.contacts.added', { name: contact.name }));
      setContact({ name: '', email: '', phone: '' });
    }
  }

  async function remove(person: Contact) {
    setAnnouncement('');
    const result = await removeContact({
      variables: { nonprofitId: nonprofit.id, personId: person.personId },
    }).catch(() => null);
    setRemovedOne(Boolean(result?.data));
    setConfirming(null);
    if (result?.data) setAnnouncement(t('nonprofits.contacts.removed', { name: person.name }));
  }

  return (
    <Stack component="section" gap="sm" aria-labelledby="nonprofit-contacts">
      <Title order={2} id="nonprofit-contacts" tabIndex={-1}>
        {t('nonprofits.contacts.title')}
      </Title>
      <div role="status" aria-live="polite">
        {announcement && <Text fw={600}>{announcement}</Text>}
      </div>
      {refused && (
        <Alert color="red" variant="light" title={t('nonprofits.contacts.refused')}>
          {refused}
        </Alert>
      )}
      <ul className="plain-list contact-list">
        {nonprofit.contacts.map((person) => (
          <li key={person.personId}>
            <Group justify="space-between" gap="sm">
              <Stack gap={0}>
                <Text fw={600}>{person.name || t('nonprofits.contacts.unnamed')}</Text>
                {person.email && <Text size="sm">{person.email}</Text>}
                {person.phone && <Text size="sm">{person.phone}</Text>}
              </Stack>
              {nonprofit.contacts.length > 1 && (
                <Button
                  variant="default"
                  size="compact-sm"
                  onClick={() => {
                    removing.reset();
                    setRemovedOne(false);
                    setConfirming(person);
                  }}
                >
                  {t('nonprofits.contacts.remove', { name: person.name })}
                </Button>
              )}
            </Group>
          </li>
        ))}
      </ul>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        returnFocus={!removedOne}
        onExitTransitionEnd={() => {
          if (removedOne) document.getElementById('nonprofit-contacts')?.focus();
          setRemovedOne(false);
        }}
        title={confirming ? t('nonprofits.contacts.confirmTitle', { name: confirming.name }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {confirming && (
          <Stack gap="md">
            <Text>{t('nonprofits.contacts.confirmText', { name: confirming.name, nonprofit: nonprofit.name })}</Text>
            <Group gap="sm">
              <Button color="red.9" loading={removing.loading} onClick={() => void remove(confirming)}>
                {t('nonprofits.contacts.confirmYes')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(null)} data-autofocus>
                {t('nonprofits.contacts.confirmNo')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <form onSubmit={add} noValidate>
        <Stack gap="sm">
          <Title order={3}>{t('nonprofits.contacts.addTitle')}</Title>
          <Text size="sm">{t('nonprofits.contacts.addHelp')}</Text>
          <ErrorSummary
            items={problems.map((problem) => ({
              fieldId: fieldIdFor(problem.path.replace(/^input\./, 'contact.')),
              message: problem.message,
            }))}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput {...field('name')} maxLength={REGISTRATION_LIMITS.nameMax} required />
            <TextInput {...field('email')} type="email" required />
            <TextInput {...field('phone')} type="tel" maxLength={REGISTRATION_LIMITS.phoneMax} />
          </SimpleGrid>
          <div>
            <Button type="submit" variant="default" loading={adding.loading}>
              {t('nonprofits.contacts.add')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
