import { useQuery } from '@apollo/client/react';
import { Anchor, List, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TeamsOfMyNonprofitsQuery } from '../graphql/publication';

/** The dashboard's way for nonprofit contacts to their proposed teams (one page per nonprofit). */
export function TeamsOfMyNonprofits() {
  const { t } = useTranslation();
  const { data } = useQuery(TeamsOfMyNonprofitsQuery, { fetchPolicy: 'cache-and-network' });
  const nonprofits = data?.myNonprofits ?? [];
  if (nonprofits.length === 0) return null;
  return (
    <Stack component="section" gap="xs" aria-labelledby="teams-of-my-nonprofits">
      <Title order={2} id="teams-of-my-nonprofits">
        {t('publication.dashboard.title')}
      </Title>
      <List spacing="xs">
        {nonprofits.map((nonprofit) => (
          <List.Item key={nonprofit.id}>
            <Anchor component={Link} to={`/nonprofits/${nonprofit.id}/teams`}>
              {t('publication.dashboard.link', { name: nonprofit.name })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
