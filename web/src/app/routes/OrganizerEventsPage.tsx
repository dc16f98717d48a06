import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { Page } from '../../components/ui/Page';
import { OrganizerEventList } from '../../features/events/components/OrganizerEventList';
import { useBodyName } from './organized-bodies';

export function OrganizerEventsPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const offset = Math.max(0, Number.parseInt(search.get('offset') ?? '0', 10) || 0);
  const body = useBodyName(bodyId);
  // A draft deleted on its own page comes back here, which says so (ManageEvent).
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;

  return (
    <Page title={body ? t('eventAdmin.list.titleOf', { body }) : t('eventAdmin.list.title')}>
      {deleted && <StatusMessage>{t('eventAdmin.list.deleted', { name: deleted })}</StatusMessage>}
      <Group>
        <Button component={Link} to={`/organize/${bodyId}/events/new`}>
          {t('eventAdmin.list.create')}
        </Button>
      </Group>
      <OrganizerEventList
        organizingBodyId={bodyId}
        offset={offset}
        onOffsetChange={(next) => setSearch(next > 0 ? { offset: String(next) } : {})}
      />
    </Page>
  );
}
