import { Checkbox, Fieldset, MantineProvider, Radio } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n';
import { ErrorSummary, GROUP_FIELD } from './ErrorSummary';

function Form() {
  return (
    <I18nextProvider i18n={createI18n('de')}>
      <MantineProvider>
        <ErrorSummary
          title="Bitte korrigieren Sie Folgendes:"
          items={[
            { fieldId: 'languages', message: 'Bitte wählen Sie mindestens eine Option aus.' },
            { fieldId: 'format', message: 'Bitte wählen Sie einen der angebotenen Werte.' },
            { fieldId: 'fits', message: 'Bitte bestätigen Sie diesen Punkt.' },
          ]}
        />
        <Fieldset legend="Sprachen" variant="unstyled">
          <Checkbox id="languages" {...GROUP_FIELD} label="Deutsch" />
          <Checkbox label="Englisch" />
        </Fieldset>
        <Radio.Group label="Arbeitsweise">
          <Radio id="format" {...GROUP_FIELD} value="ONSITE" label="Vor Ort" />
          <Radio value="REMOTE" label="Aus der Ferne" />
        </Radio.Group>
        <Fieldset legend="Checkliste" variant="unstyled">
          <Checkbox id="fits" label="Das Ziel ist in der Zeit zu schaffen" />
        </Fieldset>
      </MantineProvider>
    </I18nextProvider>
  );
}

describe('error summary', () => {
  it('names a list of options by its legend or label, and a single checkbox by its own label', async () => {
    render(<Form />);
    const summary = screen.getByRole('alert');
    await within(summary).findByText(/^Sprachen: /);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Sprachen: Bitte wählen Sie mindestens eine Option aus.',
      'Arbeitsweise: Bitte wählen Sie einen der angebotenen Werte.',
      'Das Ziel ist in der Zeit zu schaffen: Bitte bestätigen Sie diesen Punkt.',
    ]);
  });
});
