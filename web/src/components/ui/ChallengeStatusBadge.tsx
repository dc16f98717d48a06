import { Badge } from '@mantine/core';
import { type ChallengeStatus } from '@skillshift/shared';
import { useTranslation } from 'react-i18next';

/**
 * Dark shades keep the text readable on white (contrast AA; Mantine's green.9 and orange.9 stay below 4.5:1); the
 * status is always written out, never shown by colour alone.
 */
const COLORS: Record<ChallengeStatus, string> = {
  DRAFT: 'gray.8',
  SUBMITTED: 'blue.9',
  NEEDS_INFO: '#9a3412',
  ACCEPTED: '#1b5e20',
  REJECTED: 'red.9',
  WITHDRAWN: 'gray.8',
};

export function ChallengeStatusBadge({ status }: { status: ChallengeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLORS[status]} tt="none" size="lg">
      {t(`challenges.statuses.${status}`)}
    </Badge>
  );
}
