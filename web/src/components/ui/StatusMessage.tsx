import { Alert } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';

/** A success message after an action: announced to screen readers and focused, so keyboard users find it. */
export function StatusMessage({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [children]);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="status"
      color="green"
      variant="light"
      title={title}
      // Mantine's green text on light green reaches only 3.8:1; the page's text colour passes AA.
      styles={{ root: { color: 'var(--mantine-color-text)' } }}
    >
      {children}
    </Alert>
  );
}
