import { Stack, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_HEADING_ID = 'main-heading';

interface PageProps {
  /** The page's main heading; also the first part of the browser tab's title. */
  title: string;
  children?: ReactNode;
}

/** A routed page: one h1 that route changes move focus to, and a matching document title. */
export function Page({ title, children }: PageProps) {
  const { t } = useTranslation();

  useEffect(() => {
    document.title = t('app.pageTitle', { page: title });
  }, [t, title]);

  return (
    <Stack gap="lg">
      <Title order={1} id={MAIN_HEADING_ID} tabIndex={-1}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
