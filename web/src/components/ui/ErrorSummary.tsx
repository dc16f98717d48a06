import { Alert, Anchor, List } from '@mantine/core';
import { labelledMessage } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';
import { type MouseEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface SummaryItem {
  /** The id of the field the message belongs to; the link moves focus there. */
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  /** Where the problems are more than "correct the following" (a save that failed): what failed. */
  title?: string;
  items: SummaryItem[];
}

/**
 * The list of problems above a form (GOV.UK pattern): it takes focus when it appears, so screen readers read it, and
 * each entry links to its field. Focus is moved by script because following `#id` would change the route.
 */
export function ErrorSummary({ title, items }: ErrorSummaryProps) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const key = items.map((item) => `${item.fieldId}:${item.message}`).join('|');
  // What was listed the last time focus moved or the list changed: a list that only shrinks is a person correcting
  // their fields (the event form drops an error as soon as its field is fixed), and pulling focus to the summary
  // then would take the next keystroke away from the field being typed into.
  const listed = useRef<string[]>([]);
  // The same problems in another language (the person switched it: field-errors.ts) are not new problems, and the
  // summary leaves focus on the language switch.
  const language = i18n.language;
  const listedIn = useRef(language);

  useEffect(() => {
    const entries = key ? key.split('|') : [];
    const appeared = listedIn.current === language && entries.some((entry) => !listed.current.includes(entry));
    listed.current = entries;
    listedIn.current = language;
    if (appeared) ref.current?.focus();
  }, [key, language]);

  // Sending the form again with the same problems changes nothing above: the summary takes focus again, so the
  // attempt does not seem to do nothing (it is still what stands in the way). Checked once the form's own submit
  // handler has run: a list changed by it is handled above, a list it cleared is gone.
  const present = items.length > 0;
  useEffect(() => {
    const form = present ? ref.current?.closest('form') : null;
    if (!form) return;
    const onSubmit = () => {
      const before = listed.current.join('|');
      setTimeout(() => {
        if (ref.current?.isConnected && listed.current.join('|') === before) ref.current.focus();
      });
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, [present]);

  // Each entry names its field ("E-mail address: Please fill in this field."), read from the field's own label, so
  // the list makes sense without seeing the form and stays in step with the labels' language.
  const [labels, setLabels] = useState<Record<string, string>>({});
  // The entries follow the form's order, whatever order the checks reported them in (the page's fields, top down).
  const [order, setOrder] = useState<string[]>([]);
  useLayoutEffect(() => {
    const found: Record<string, string> = {};
    for (const item of items) {
      const label = item.fieldId ? fieldLabel(item.fieldId) : null;
      if (item.fieldId && label) found[item.fieldId] = label;
    }
    const fields = items.flatMap((item) => {
      const field = item.fieldId ? document.getElementById(item.fieldId) : null;
      return field ? [{ id: item.fieldId!, field }] : [];
    });
    fields.sort((a, b) => (a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const sorted = fields.map(({ id }) => id);
    // Reading the labels needs the committed DOM (as measuring does), so the result arrives by a second render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLabels((current) => (JSON.stringify(current) === JSON.stringify(found) ? current : found));
    setOrder((current) => (current.join() === sorted.join() ? current : sorted));
  }, [items, language]);

  if (items.length === 0) return null;
  // (a stable sort: entries without a field, or for the same field, keep their order, after those placed)
  const rank = (item: SummaryItem) => {
    const at = item.fieldId ? order.indexOf(item.fieldId) : -1;
    return at < 0 ? order.length : at;
  };
  const shown = [...items].sort((a, b) => rank(a) - rank(b));
  // A field's "(optional)" is for filling the form in; a problem with what was entered names the field alone.
  const mark = t('common.optionalMark');
  const textOf = (item: SummaryItem) => {
    const full = item.fieldId ? labels[item.fieldId] : undefined;
    const label = full?.endsWith(mark) ? full.slice(0, -mark.length).trimEnd() : full;
    return label && !item.message.startsWith(label) ? labelledMessage(label, item.message) : item.message;
  };

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
  }

  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      title={title ?? t('common.errorSummary')}
      className="error-summary"
    >
      <List spacing={4}>
        {shown.map((item) => (
          <List.Item key={`${item.fieldId}:${item.message}`}>
            {item.fieldId ? (
              <Anchor href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId!)} c="red.9">
                {textOf(item)}
              </Anchor>
            ) : (
              item.message
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * Marks the option (checkbox or radio) that carries the id of a whole list of options: an error about the list is
 * named by the list's legend ("Languages: …"), not by the option that happens to come first ("German: …").
 */
export const GROUP_FIELD = { 'data-group-field': 'true' } as const;

/**
 * Marks a fieldset whose legend tells its fields apart from those of its repeats (the event form's "Slot 2"): errors
 * about its fields are named with it ("Slot 2 – Start: …"), not by the field's label alone ("Start: …").
 */
export const NAMES_ITS_FIELDS = { 'data-names-fields': 'true' } as const;

const clean = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/\s*\*\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim() || null;

/** The name of an element: what aria-labelledby points to, else aria-label, else its legend. */
function accessibleName(element: Element): string | null {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy)
    return clean(
      labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  if (element.getAttribute('aria-label')) return clean(element.getAttribute('aria-label'));
  return clean(element.querySelector('legend')?.textContent);
}

/**
 * The visible name of a field: for the option standing for a list, the list's legend or label; else its <label>,
 * else what aria-labelledby points to, else aria-label or a legend.
 */
function fieldLabel(fieldId: string): string | null {
  const field = document.getElementById(fieldId);
  if (!field) return null;
  if (field.hasAttribute('data-group-field')) {
    const group = field.closest('fieldset, [role="radiogroup"], [role="group"]');
    const name = group ? accessibleName(group) : null;
    if (name) return name;
  }
  const labelled = (field as HTMLInputElement).labels?.[0];
  const own = labelled ? clean(labelled.textContent) : accessibleName(field);
  const part = field.closest('[data-names-fields]');
  const partName = part ? accessibleName(part) : null;
  return own && partName ? `${partName} – ${own}` : own;
}
