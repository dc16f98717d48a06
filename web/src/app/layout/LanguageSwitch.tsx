import { UI_LOCALES } from '@skillshift/shared';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage, currentLanguage } from '../../i18n';

/**
 * Plain toggle buttons rather than a radio group: they are reached with Tab and used with
 * Enter or Space, which is what people who rarely use a keyboard expect. Each language name
 * is written in its own language (and marked with lang), so people find theirs.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n);

  return (
    <Group gap={4} role="group" aria-label={t('language.label')}>
      {UI_LOCALES.map((language) => (
        <Button
          key={language}
          lang={language}
          size="compact-md"
          variant={language === active ? 'filled' : 'subtle'}
          aria-pressed={language === active}
          onClick={() => void changeUiLanguage(i18n, language)}
        >
          {t(`language.${language}`)}
        </Button>
      ))}
    </Group>
  );
}
