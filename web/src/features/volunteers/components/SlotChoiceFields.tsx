import { Checkbox, Fieldset, NativeSelect, Stack, Text } from '@mantine/core';
import { REGISTRATION_LIMITS } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { slotText } from '../format';
import { fieldId } from '../profile-form-values';
import { GROUP_FIELD } from '../../../components/ui/ErrorSummary';

export interface SlotOption {
  id: string;
  startsAt: string;
  endsAt: string;
  label?: string | null;
}

interface SlotChoiceFieldsProps {
  slots: readonly SlotOption[];
  slotIds: readonly string[];
  maxAssignments: number;
  onChange: (choice: { slotIds: string[]; maxAssignments: number }) => void;
  errorFor: (key: string) => string | undefined;
  /** Makes the ids unique when a page shows several choices (one per registration on the dashboard). */
  idSuffix?: string;
  mode?: 'self' | 'intake';
}

/** Which slots of the event the volunteer can come to, and how many challenges they take at most. */
export function SlotChoiceFields({
  slots,
  slotIds,
  maxAssignments,
  onChange,
  errorFor,
  idSuffix = '',
  mode = 'self',
}: SlotChoiceFieldsProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const slotsId = `${fieldId('slotIds')}${idSuffix}`;
  const slotsError = errorFor('slotIds');
  // As the profile's groups of checkboxes: the help and the error describe the group, so a screen reader names the
  // problem when focus enters it, not only that its checkboxes are invalid.
  const helpId = `${slotsId}-help`;
  const errorId = `${slotsId}-error`;
  const own = mode === 'self';
  const toggle = (id: string, on: boolean) =>
    onChange({
      slotIds: on ? [...slotIds.filter((slot) => slot !== id), id] : slotIds.filter((slot) => slot !== id),
      maxAssignments,
    });

  return (
    <Stack gap="md">
      <Fieldset
        legend={t(own ? 'volunteer.slots.legend' : 'volunteer.slots.legendIntake')}
        variant="unstyled"
        aria-describedby={slotsError ? `${helpId} ${errorId}` : helpId}
      >
        <Text size="sm" mb="xs" id={helpId}>
          {t('volunteer.slots.help')}
        </Text>
        <Stack gap="xs">
          {slots.map((slot, index) => (
            <Checkbox
              key={slot.id}
              id={index === 0 ? slotsId : `${slotsId}-${index}`}
              {...(index === 0 ? GROUP_FIELD : {})}
              label={slotText(slot, language)}
              checked={slotIds.includes(slot.id)}
              aria-invalid={slotsError ? true : undefined}
              onChange={(event) => toggle(slot.id, event.currentTarget.checked)}
            />
          ))}
        </Stack>
        {slotsError && (
          <Text c="red.9" size="sm" mt="xs" id={errorId}>
            {slotsError}
          </Text>
        )}
      </Fieldset>
      <NativeSelect
        id={`${fieldId('maxAssignments')}${idSuffix}`}
        label={t(own ? 'volunteer.slots.maxAssignments' : 'volunteer.slots.maxAssignmentsIntake')}
        description={t('volunteer.slots.maxAssignmentsHelp')}
        value={String(maxAssignments)}
        error={errorFor('maxAssignments')}
        onChange={(event) => onChange({ slotIds: [...slotIds], maxAssignments: Number(event.currentTarget.value) })}
        data={Array.from({ length: REGISTRATION_LIMITS.maxAssignmentsMax }, (_, index) => String(index + 1))}
      />
    </Stack>
  );
}
