import { Button, Fieldset, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { EVENT_LIMITS } from '@skillshift/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NAMES_ITS_FIELDS } from '../../../components/ui/ErrorSummary';
import { emptySlot, fieldId, type SlotValues } from '../event-form-values';

interface SlotFieldsProps {
  slots: SlotValues[];
  onChange: (slots: SlotValues[]) => void;
  errorFor: (path: string) => string | undefined;
  /** After registration closed, slots are what teams are matched to: shown, not changed. */
  locked: boolean;
}

/** The slot rows: one fieldset per slot, rows added and removed with buttons; focus follows the change. */
export function SlotFields({ slots, onChange, errorFor, locked }: SlotFieldsProps) {
  const { t } = useTranslation();
  // Where focus goes once the added or removed row has rendered (a removed button cannot keep it).
  const focusTarget = useRef<string | null>(null);

  useEffect(() => {
    if (!focusTarget.current) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  }, [slots.length]);

  const update = (index: number, change: Partial<SlotValues>) =>
    onChange(slots.map((slot, i) => (i === index ? { ...slot, ...change } : slot)));

  function add() {
    onChange([...slots, emptySlot()]);
    focusTarget.current = fieldId(`input.slots[${slots.length}].startsAt`);
  }

  function remove(index: number) {
    onChange(slots.filter((_, i) => i !== index));
    focusTarget.current = ADD_SLOT_ID;
  }

  return (
    <Fieldset legend={t('eventAdmin.form.slots')} variant="unstyled">
      <Text size="sm">{t('eventAdmin.form.slotsHelp')}</Text>
      {slots.map((slot, index) => {
        const path = (field: string) => `input.slots[${index}].${field}`;
        const input = (field: keyof SlotValues) => ({
          id: fieldId(path(field)),
          error: errorFor(path(field)),
          disabled: locked,
        });
        return (
          <Fieldset
            key={slot.key}
            legend={t('eventAdmin.form.slot', { number: index + 1 })}
            mt="sm"
            {...NAMES_ITS_FIELDS}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                {...input('startsAt')}
                type="datetime-local"
                label={t('eventAdmin.form.slotStart')}
                // A hint, not an error: copying an edition or typing a year wrong puts a slot in the past unnoticed
                description={!locked && inPast(slot.startsAt) ? t('eventAdmin.form.slotInPast') : undefined}
                value={slot.startsAt}
                onChange={(event) => update(index, { startsAt: event.currentTarget.value })}
                required
              />
              <TextInput
                {...input('endsAt')}
                type="datetime-local"
                label={t('eventAdmin.form.slotEnd')}
                value={slot.endsAt}
                onChange={(event) => update(index, { endsAt: event.currentTarget.value })}
                required
              />
              <TextInput
                {...input('capacity')}
                type="number"
                inputMode="numeric"
                min={EVENT_LIMITS.capacityMin}
                max={EVENT_LIMITS.capacityMax}
                label={t('eventAdmin.form.capacity')}
                description={t('eventAdmin.form.capacityHelp', { max: EVENT_LIMITS.capacityMax })}
                value={slot.capacity}
                onChange={(event) => update(index, { capacity: event.currentTarget.value })}
                required
              />
              <TextInput
                {...input('label')}
                label={t('eventAdmin.form.slotLabel')}
                description={t('eventAdmin.form.slotLabelHelp')}
                maxLength={EVENT_LIMITS.labelMax}
                value={slot.label}
                onChange={(event) => update(index, { label: event.currentTarget.value })}
              />
            </SimpleGrid>
            {!locked && slots.length > 1 && (
              <Group mt="sm">
                <Button variant="default" onClick={() => remove(index)}>
                  {t('eventAdmin.form.removeSlot', { number: index + 1 })}
                </Button>
              </Group>
            )}
          </Fieldset>
        );
      })}
      {!locked && (
        <Group mt="sm">
          <Button id={ADD_SLOT_ID} variant="light" onClick={add}>
            {t('eventAdmin.form.addSlot')}
          </Button>
        </Group>
      )}
    </Fieldset>
  );
}

/** A datetime-local value (local time, as typed) that lies before now; false for an empty or partial one. */
function inPast(value: string): boolean {
  const at = Date.parse(value);
  return !Number.isNaN(at) && at < Date.now();
}

/** Also the target of errors about the list as a whole (`input.slots`). */
export const ADD_SLOT_ID = fieldId('input.slots');
