import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { CAUSE_AREAS, LEGAL_FORMS, type LegalForm, REGISTRATION_LIMITS } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { variantKey } from '../../../i18n';
import { RequiredMark } from '../../../components/ui/RequiredMark';
import { fieldIdFor } from '../../../lib/field-ids';
import { type NonprofitFormValues } from '../nonprofit-form-values';
import { GROUP_FIELD } from '../../../components/ui/ErrorSummary';

interface NonprofitFieldsProps {
  values: NonprofitFormValues;
  onChange: (values: NonprofitFormValues) => void;
  /** Where the API names these fields: `input` (own form) or `input.nonprofit` (assisted intake). */
  prefix: string;
  errorFor: (path: string) => string | undefined;
  /** `own`: the nonprofit's people fill it in; `intake`: an organizer enters it for them. */
  voice?: 'own' | 'intake';
}

type TextField = 'name' | 'street' | 'postalCode' | 'city' | 'district' | 'website';

/**
 * The nonprofit's profile: name, legal form, causes, address with district, website, description, map, and whether
 * its contacts are invited to next editions.
 */
export function NonprofitFields({ values, onChange, prefix, errorFor, voice = 'own' }: NonprofitFieldsProps) {
  const { t, i18n } = useTranslation();
  // Texts that speak to the nonprofit ("Unsere Organisation …") have a variant for an organizer's intake.
  const say = (key: Parameters<typeof variantKey>[1]) => t(variantKey(i18n, key, voice === 'intake' ? ['intake'] : []));
  const set = <K extends keyof NonprofitFormValues>(key: K, value: NonprofitFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const path = (field: string) => `${prefix}.${field}`;
  const text = (field: TextField | 'latitude' | 'longitude') => ({
    id: fieldIdFor(path(field)),
    label: t(`nonprofits.form.${field}`),
    value: values[field],
    error: errorFor(path(field)),
    onChange: (change: { currentTarget: { value: string } }) => set(field, change.currentTarget.value),
  });
  const causesError = errorFor(path('causes'));

  return (
    <Stack gap="md">
      <TextInput
        {...text('name')}
        description={say('nonprofits.form.nameHelp')}
        maxLength={REGISTRATION_LIMITS.nameMax}
        autoComplete="organization"
        required
      />
      <NativeSelect
        id={fieldIdFor(path('legalForm'))}
        label={t('nonprofits.form.legalForm')}
        value={values.legalForm}
        onChange={(change) => set('legalForm', change.currentTarget.value as LegalForm)}
        data={LEGAL_FORMS.map((form) => ({ value: form, label: t(`nonprofits.legalForms.${form}`) }))}
        error={errorFor(path('legalForm'))}
      />
      <Fieldset
        legend={
          <>
            {say('nonprofits.form.causes')}
            <RequiredMark />
          </>
        }
        variant="unstyled"
      >
        <Text size="sm">{t('nonprofits.form.causesHelp')}</Text>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" mt="xs">
          {CAUSE_AREAS.map((cause, index) => (
            <Checkbox
              key={cause}
              id={index === 0 ? fieldIdFor(path('causes')) : undefined}
              {...(index === 0 ? GROUP_FIELD : {})}
              label={t(`causes.${cause}`)}
              checked={values.causes.includes(cause)}
              onChange={(change) =>
                set(
                  'causes',
                  change.currentTarget.checked
                    ? [...values.causes, cause]
                    : values.causes.filter((other) => other !== cause),
                )
              }
            />
          ))}
        </SimpleGrid>
        {causesError && (
          <Text c="red.9" size="sm" mt="xs">
            {causesError}
          </Text>
        )}
      </Fieldset>
      <Fieldset legend={t('nonprofits.form.address')} variant="unstyled">
        <Stack gap="sm">
          <TextInput {...text('street')} autoComplete="street-address" maxLength={REGISTRATION_LIMITS.shortTextMax} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              {...text('postalCode')}
              autoComplete="postal-code"
              inputMode="numeric"
              maxLength={REGISTRATION_LIMITS.postalCodeMax}
            />
            <TextInput
              {...text('city')}
              autoComplete="address-level2"
              maxLength={REGISTRATION_LIMITS.shortTextMax}
              required
            />
          </SimpleGrid>
          <TextInput
            {...text('district')}
            description={t('nonprofits.form.districtHelp')}
            maxLength={REGISTRATION_LIMITS.shortTextMax}
          />
        </Stack>
      </Fieldset>
      <TextInput
        {...text('website')}
        type="url"
        description={say('nonprofits.form.websiteHelp')}
        autoComplete="url"
        maxLength={REGISTRATION_LIMITS.shortTextMax}
      />
      <Textarea
        id={fieldIdFor(path('description'))}
        label={t('nonprofits.form.description')}
        description={say('nonprofits.form.descriptionHelp')}
        value={values.description}
        onChange={(change) => set('description', change.currentTarget.value)}
        error={errorFor(path('description'))}
        rows={3}
        maxLength={REGISTRATION_LIMITS.descriptionMax}
        required
      />
      <Checkbox
        id={fieldIdFor(path('publishOnMap'))}
        label={say('nonprofits.form.publishOnMap')}
        description={say('nonprofits.form.publishOnMapHelp')}
        checked={values.publishOnMap}
        error={errorFor(path('publishOnMap'))}
        aria-invalid={errorFor(path('publishOnMap')) ? true : undefined}
        onChange={(change) => set('publishOnMap', change.currentTarget.checked)}
      />
      {values.publishOnMap && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput {...text('latitude')} inputMode="decimal" description={t('nonprofits.form.coordinatesHelp')} />
          <TextInput {...text('longitude')} inputMode="decimal" description={t('nonprofits.form.coordinatesHelp')} />
        </SimpleGrid>
      )}
      <Checkbox
        id={fieldIdFor(path('inviteToNextEditions'))}
        label={say('nonprofits.form.inviteToNextEditions')}
        description={say('nonprofits.form.inviteToNextEditionsHelp')}
        checked={values.inviteToNextEditions}
        error={errorFor(path('inviteToNextEditions'))}
        aria-invalid={errorFor(path('inviteToNextEditions')) ? true : undefined}
        onChange={(change) => set('inviteToNextEditions', change.currentTarget.checked)}
      />
    </Stack>
  );
}
