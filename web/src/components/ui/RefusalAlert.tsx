import { Alert } from '@mantine/core';
import { type ReactNode, type Ref } from 'react';

/**
 * Why a form's action was refused (a conflict the server named), inside the form: announced, and focusable, so the
 * form can put focus on it when the refusal arrives while its submit button is still busy.
 */
export function RefusalAlert({
  ref,
  title,
  children,
}: {
  ref?: Ref<HTMLDivElement>;
  title: string;
  children: ReactNode;
}) {
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" role="alert" title={title}>
      {children}
    </Alert>
  );
}
