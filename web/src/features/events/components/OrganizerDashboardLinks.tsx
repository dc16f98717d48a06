import { Anchor, Group, List, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On the dashboard: for each body the person organizes, a way to its events. Nothing for everyone else. */
export function OrganizerDashboardLinks({ bodies }: { bodies: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  if (bodies.length === 0) return null;

  return (
    <Stack component="section" gap="xs" aria-labelledby="organize-events">
      <Title order={2} id="organize-events">
        {t('eventAdmin.dashboard.title')}
      </Title>
      <List spacing="xs">
        {bodies.map((body) => (
          <List.Item key={body.id}>
            <Group gap="md" wrap="wrap">
              <Anchor component={Link} to={`/organize/${body.id}/events`}>
                {t('eventAdmin.dashboard.eventsOf', { body: body.name })}
              </Anchor>
              <Anchor component={Link} to={`/organize/${body.id}/team`}>
                {t('eventAdmin.dashboard.teamOf', { body: body.name })}
              </Anchor>
              <Anchor component={Link} to={`/organize/${body.id}/help-points`}>
                {t('helpPoints.dashboardLink', { body: body.name })}
              </Anchor>
              <Anchor component={Link} to={`/organize/${body.id}/exports`}>
                {t('exports.dashboardLink', { body: body.name })}
              </Anchor>
              <Anchor component={Link} to={`/organize/${body.id}/privacy`}>
                {t('account.assisted.dashboardLink', { body: body.name })}
              </Anchor>
              <Anchor component={Link} to={`/organize/${body.id}/follow-ups`}>
                {t('followUps.dashboardLink', { body: body.name })}
              </Anchor>
              <Anchor component={Link} to={`/organize/${body.id}/impact`}>
                {t('impact.dashboardLink', { body: body.name })}
              </Anchor>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
