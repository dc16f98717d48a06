import { Checkbox, Fieldset, MantineProvider, Radio, TextInput } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n';
import { ErrorSummary, GROUP_FIELD, NAMES_ITS_FIELDS } from './ErrorSummary';

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

  it('names a field without the mark that it may be left empty', async () => {
    render(
      <I18nextProvider i18n={createI18n('de')}>
        <MantineProvider>
          <ErrorSummary
            items={[
              { fieldId: 'phone', message: 'Bitte geben Sie eine Telefonnummer mit mindestens 5 Ziffern an.' },
              { fieldId: 'why', message: 'Höchstens 500 Zeichen.' },
            ]}
          />
          <TextInput id="phone" label="Telefon (freiwillig)" />
          <TextInput id="why" label="Warum ziehen Sie zurück? (freiwillig)" />
        </MantineProvider>
      </I18nextProvider>,
    );
    const summary = screen.getByRole('alert');
    await within(summary).findByText(/^Telefon: /);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Telefon: Bitte geben Sie eine Telefonnummer mit mindestens 5 Ziffern an.',
      'Warum ziehen Sie zurück? Höchstens 500 Zeichen.',
    ]);
  });

  it('lists problems in the order of the fields, naming a repeated group’s fields with its legend', async () => {
    render(
      <I18nextProvider i18n={createI18n('de')}>
        <MantineProvider>
          <ErrorSummary
            items={[
              { fieldId: 'venue', message: 'Bitte geben Sie einen Ort an.' },
              { message: 'Das Formular wurde zwischenzeitlich geändert.' },
              { fieldId: 'slot-2-start', message: 'Bitte geben Sie Datum und Uhrzeit an.' },
              { fieldId: 'name', message: 'Bitte geben Sie einen Namen an.' },
            ]}
          />
          <TextInput id="name" label="Name" />
          <TextInput id="venue" label="Ort" />
          <Fieldset legend="Zeitfenster 1" {...NAMES_ITS_FIELDS}>
            <TextInput id="slot-1-start" label="Beginn" />
          </Fieldset>
          <Fieldset legend="Zeitfenster 2" {...NAMES_ITS_FIELDS}>
            <TextInput id="slot-2-start" label="Beginn" />
          </Fieldset>
        </MantineProvider>
      </I18nextProvider>,
    );
    const summary = screen.getByRole('alert', { name: 'Bitte korrigieren Sie Folgendes:' });
    await within(summary).findByText(/^Name: /);
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Name: Bitte geben Sie einen Namen an.',
      'Ort: Bitte geben Sie einen Ort an.',
      'Zeitfenster 2 – Beginn: Bitte geben Sie Datum und Uhrzeit an.',
      'Das Formular wurde zwischenzeitlich geändert.',
    ]);
  });

  it('joins a label that is a sentence or a question to its message without doubled punctuation', async () => {
    render(
      <I18nextProvider i18n={createI18n('de')}>
        <MantineProvider>
          <ErrorSummary
            items={[
              { fieldId: 'consent', message: 'Bitte stimmen Sie der Verarbeitung Ihrer Daten zu.' },
              { fieldId: 'slots', message: 'Bitte wählen Sie mindestens eine Option aus.' },
            ]}
          />
          <Checkbox id="consent" label="Ich willige in die Verarbeitung meiner Daten ein." />
          <Fieldset legend="Wann können Sie kommen?" variant="unstyled">
            <Checkbox id="slots" {...GROUP_FIELD} label="Freitag" />
          </Fieldset>
        </MantineProvider>
      </I18nextProvider>,
    );
    const summary = screen.getByRole('alert');
    await within(summary).findByText(/^Ich willige/);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Ich willige in die Verarbeitung meiner Daten ein: Bitte stimmen Sie der Verarbeitung Ihrer Daten zu.',
      'Wann können Sie kommen? Bitte wählen Sie mindestens eine Option aus.',
    ]);
  });

  it('takes focus when problems appear, but not when a corrected field drops out of the list', () => {
    const name = { fieldId: 'name', message: 'Bitte geben Sie einen Namen an.' };
    const venue = { fieldId: 'venue', message: 'Bitte geben Sie einen Ort an.' };
    const form = (items: { fieldId: string; message: string }[]) => (
      <I18nextProvider i18n={createI18n('de')}>
        <MantineProvider>
          <ErrorSummary items={items} />
          <TextInput id="name" label="Name" />
          <TextInput id="venue" label="Ort" />
        </MantineProvider>
      </I18nextProvider>
    );
    const { rerender } = render(form([name, venue]));
    expect(document.activeElement).toBe(screen.getByRole('alert'));

    // the person goes to the name field and types: its error goes, the focus stays where they type
    screen.getByLabelText('Name').focus();
    rerender(form([venue]));
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));

    // the next submit reports a new problem: the summary is read out again
    rerender(form([venue, name]));
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });

  it('takes focus again when the form is sent again with the same problems', async () => {
    const venue = { fieldId: 'venue', message: 'Bitte geben Sie einen Ort an.' };
    render(
      <I18nextProvider i18n={createI18n('de')}>
        <MantineProvider>
          <form onSubmit={(event) => event.preventDefault()} noValidate>
            <ErrorSummary items={[venue]} />
            <TextInput id="venue" label="Ort" />
            <button type="submit">Speichern</button>
          </form>
        </MantineProvider>
      </I18nextProvider>,
    );
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    const send = screen.getByRole('button', { name: 'Speichern' });
    send.focus();
    fireEvent.submit(send.closest('form')!);
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });
});
