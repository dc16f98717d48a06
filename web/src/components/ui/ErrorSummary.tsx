import { Alert, Anchor, List } from '@mantine/core';
import { type MouseEvent, useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the field the message belongs to; the link moves focus there. */
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  title: string;
  items: SummaryItem[];
}

/**
 * The list of problems above a form (GOV.UK pattern): it takes focus when it appears, so screen readers read it, and
 * each entry links to its field. Focus is moved by script because following `#id` would change the route.
 */
export function ErrorSummary({ title, items }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const key = items.map((item) => `${item.fieldId}:${item.message}`).join('|');

  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);

  if (items.length === 0) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
  }

  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" title={title} className="error-summary">
      <List spacing={4}>
        {items.map((item) => (
          <List.Item key={`${item.fieldId}:${item.message}`}>
            {item.fieldId ? (
              <Anchor href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId!)} c="red.9">
                {item.message}
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
