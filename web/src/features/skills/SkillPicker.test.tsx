import { type UiLocale } from '@skillshift/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/providers';
import { createI18n } from '../../i18n';
import { NotificationStore } from '../../lib/notifications';
import { type PickedSkill, SkillPicker, type SkillPickerProps, skillPickerFieldId } from './SkillPicker';

type Options = Partial<Omit<SkillPickerProps, 'value' | 'onChange'>> & { initial?: PickedSkill[]; language?: UiLocale };

/** The picker in a form that keeps its value, as the registration and challenge forms do. */
function renderPicker({ initial = [], language = 'en', ...props }: Options = {}) {
  const changes: PickedSkill[][] = [];
  const submits: number[] = [];
  function Harness() {
    const [value, setValue] = useState<PickedSkill[]>(initial);
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submits.push(Date.now());
        }}
      >
        <SkillPicker
          mode="offer"
          id="skills"
          {...props}
          value={value}
          onChange={(next) => {
            changes.push(next);
            setValue(next);
          }}
        />
      </form>
    );
  }
  const user = userEvent.setup();
  render(
    <AppProviders i18n={createI18n(language)} notifications={new NotificationStore()} env="test">
      <Harness />
    </AppProviders>,
  );
  const latest = () => changes.at(-1) ?? initial;
  return { user, latest, submits };
}

/** What a screen reader reads as the control's description. */
const describedBy = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('SkillPicker', () => {
  it('finds skills by English and German words and adds one with the keyboard alone', async () => {
    const { user, latest } = renderPicker();
    const search = screen.getByRole('combobox', { name: 'Your skills' });
    expect(search.getAttribute('aria-expanded')).toBe('false');

    await user.tab();
    expect(document.activeElement).toBe(search);
    await user.keyboard('datenschutz');
    expect(search.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox', { name: 'Your skills' });
    const names = within(listbox)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(names[0]).toBe('Data protection & GDPRIT security & data protection');
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ skills found\.$/);

    await user.keyboard('{ArrowDown}');
    const active = search.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.textContent).toBe(names[0]);
    await user.keyboard('{Enter}');

    expect(latest()).toEqual([{ skill: 'security.gdpr', level: 2 }]);
    expect((search as HTMLInputElement).value).toBe('');
    expect(search.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(search);
    expect(screen.getByRole('status').textContent).toBe('Data protection & GDPR added.');
    const row = screen.getByRole('group', { name: 'Data protection & GDPR' });
    expect(within(row).getByRole('combobox', { name: /^Your level/ })).toBeTruthy();
    expect(screen.getByText('Chosen skills: 1 of 30')).toBeTruthy();
  });

  it('adds the best match on Enter without an arrowed choice, and never sends the form around it', async () => {
    const { user, latest, submits } = renderPicker({ language: 'de' });
    const search = screen.getByRole('combobox', { name: 'Ihre Fähigkeiten' });
    await user.type(search, 'excel');
    const first = within(screen.getByRole('listbox')).getAllByRole('option')[0].textContent;
    await user.keyboard('{Enter}');

    expect(submits).toEqual([]);
    expect(latest()).toEqual([{ skill: 'data.spreadsheets.excel', level: 2 }]);
    expect(first).toMatch(/^Microsoft Excel/);
    expect((search as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(search);
    expect(screen.getByRole('status').textContent).toBe('Microsoft Excel hinzugefügt.');

    // Nothing matches: Enter neither adds nor sends.
    await user.type(search, 'qqqxyz{Enter}');
    expect(submits).toEqual([]);
    expect(latest()).toHaveLength(1);
    // An empty search leaves Enter to the form.
    await user.clear(search);
    await user.keyboard('{Enter}');
    expect(submits).toHaveLength(1);
  });

  it('sets the level with a select that describes the chosen level, and removes a skill', async () => {
    const { user, latest } = renderPicker({
      initial: [
        { skill: 'web.cms.wordpress', level: 2 },
        { skill: 'data.spreadsheets.excel', level: 1 },
      ],
    });
    const wordpress = screen.getByRole('group', { name: 'WordPress' });
    const level = within(wordpress).getByRole('combobox', { name: /^Your level/ }) as HTMLSelectElement;
    expect(level.id).toBe(skillPickerFieldId('skills', 0, 'level'));
    expect(describedBy(level)).toContain('Handles common tasks independently and can work out new ones.');
    await user.selectOptions(level, '4');
    expect(latest()[0]).toEqual({ skill: 'web.cms.wordpress', level: 4 });
    expect(describedBy(level)).toContain(
      'Knows the subject in depth and advises on design and risks, often professionally.',
    );

    const remove = screen.getByRole('button', { name: 'Remove WordPress' });
    remove.focus();
    await user.keyboard('{Enter}');
    expect(latest()).toEqual([{ skill: 'data.spreadsheets.excel', level: 1 }]);
    expect(screen.queryByRole('group', { name: 'WordPress' })).toBeNull();
    expect(document.activeElement?.id).toBe('skills');
    expect(screen.getByRole('status').textContent).toBe('WordPress removed.');
  });

  it('in need mode asks for the least level and whether a skill is required or nice to have', async () => {
    const { user, latest } = renderPicker({ mode: 'need', language: 'de' });
    const search = screen.getByRole('combobox', { name: 'Benötigte Fähigkeiten' });
    await user.type(search, 'wordpress');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(latest()).toEqual([{ skill: 'web.cms.wordpress', level: 2, required: true }]);

    const row = screen.getByRole('group', { name: 'WordPress' });
    expect(within(row).getByRole('combobox', { name: /^Mindestens nötiges Niveau/ })).toBeTruthy();
    const importance = within(row).getByRole('radiogroup', { name: 'Wie wichtig?' });
    await user.click(within(importance).getByRole('radio', { name: 'Wünschenswert' }));
    expect(latest()).toEqual([{ skill: 'web.cms.wordpress', level: 2, required: false }]);
  });

  it('offers suggestions as one-click buttons and moves focus to the next one', async () => {
    const { user, latest } = renderPicker({
      mode: 'need',
      suggestions: ['web.cms.wordpress', 'security.gdpr', 'no.such.skill'],
      initial: [{ skill: 'security.gdpr', level: 3, required: true }],
    });
    const suggestions = screen.getByRole('group', { name: 'Suggested from your description' });
    expect(
      within(suggestions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Add WordPress']);
    await user.click(within(suggestions).getByRole('button', { name: 'Add WordPress' }));
    expect(latest()).toEqual([
      { skill: 'security.gdpr', level: 3, required: true },
      { skill: 'web.cms.wordpress', level: 2, required: true },
    ]);
    expect(screen.queryByRole('group', { name: 'Suggested from your description' })).toBeNull();
    expect(document.activeElement?.id).toBe('skills');
  });

  it('says when nothing matches and when the limit is reached', async () => {
    const { user, latest } = renderPicker({ max: 1, initial: [{ skill: 'web.cms.wordpress', level: 2 }] });
    const search = screen.getByRole('combobox', { name: 'Your skills' });
    await user.type(search, 'excel');
    const listbox = screen.getByRole('listbox', { name: 'Your skills' });
    expect(listbox.textContent).toBe('You have chosen the most skills possible (1). Remove one to add another.');
    expect(screen.getByRole('status').textContent).toBe(listbox.textContent);
    expect(within(listbox).queryAllByRole('option')).toHaveLength(0);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(latest()).toEqual([{ skill: 'web.cms.wordpress', level: 2 }]);
    expect(screen.getByText('Chosen skills: 1 of 1')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Remove WordPress' }));
    await user.clear(search);
    await user.type(search, 'qqqxyz');
    expect(screen.getByRole('listbox', { name: 'Your skills' }).textContent).toBe(
      'No skill matches “qqqxyz”. Try another word.',
    );
    expect(screen.getByRole('status').textContent).toBe('0 skills found.');
  });

  it('shows errors of single rows at the row’s control', () => {
    renderPicker({
      initial: [{ skill: 'web.cms.wordpress', level: 2 }],
      error: 'Please add at most 30 entries.',
      errorFor: (index, field) =>
        index === 0 && field === 'level' ? 'Please choose one of the offered values.' : undefined,
    });
    const level = screen.getByRole('combobox', { name: /^Your level/ });
    expect(level.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Please choose one of the offered values.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Your skills' }).getAttribute('aria-invalid')).toBe('true');
  });
});
