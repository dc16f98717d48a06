import { Anchor, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/ui/Page';
import { UPCOMING_EVENTS_HEADING_ID, UpcomingEvents } from '../../features/events/components/UpcomingEvents';

const STEPS = ['step1', 'step2', 'step3', 'step4'] as const;

export function HomePage() {
  const { t } = useTranslation();

  return (
    <Page title={t('home.title')}>
      <Text size="lg">{t('home.intro')}</Text>
      <Anchor href={`#${UPCOMING_EVENTS_HEADING_ID}`} fw={600}>
        {t('home.toEvents')}
      </Anchor>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Stack component="section" gap="xs" aria-labelledby="for-nonprofits">
          <Title order={2} id="for-nonprofits">
            {t('home.forNonprofits.title')}
          </Title>
          <Text>{t('home.forNonprofits.text')}</Text>
        </Stack>
        <Stack component="section" gap="xs" aria-labelledby="for-volunteers">
          <Title order={2} id="for-volunteers">
            {t('home.forVolunteers.title')}
          </Title>
          <Text>{t('home.forVolunteers.text')}</Text>
        </Stack>
      </SimpleGrid>
      <Stack component="section" gap="xs" aria-labelledby="how-it-works">
        <Title order={2} id="how-it-works">
          {t('home.howItWorks.title')}
        </Title>
        <List type="ordered" spacing="xs">
          {STEPS.map((step) => (
            <List.Item key={step}>{t(`home.howItWorks.${step}`)}</List.Item>
          ))}
        </List>
      </Stack>
      <UpcomingEvents />
      <Stack component="section" gap="xs" aria-labelledby="home-impact">
        <Title order={2} id="home-impact">
          {t('impact.home.title')}
        </Title>
        <Text>{t('impact.home.text')}</Text>
        <Anchor component={Link} to="/impact" fw={600}>
          {t('impact.home.link')}
        </Anchor>
      </Stack>
    </Page>
  );
}
