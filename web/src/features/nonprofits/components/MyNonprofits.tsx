import { useQuery } from '@apollo/client/react';
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyNonprofitsQuery } from '../graphql/nonprofits';

/** The dashboard's section for nonprofit contacts: their nonprofits, with open questions counted. */
export function MyNonprofits() {
  const { t } = useTranslation();
  const { data } = useQuery(MyNonprofitsQuery, { fetchPolicy: 'cache-and-network' });
  const nonprofits = data?.myNonprofits ?? [];
  if (nonprofits.length === 0) return null;

  return (
    <Stack component="section" gap="xs" aria-labelledby="my-nonprofits">
      <Title order={2} id="my-nonprofits">
        {t('nonprofits.mine.title')}
      </Title>
      <List spacing="xs">
        {nonprofits.map((nonprofit) => {
          const questions = nonprofit.challenges.filter((challenge) => challenge.status === 'NEEDS_INFO').length;
          return (
            <List.Item key={nonprofit.id}>
              <Anchor component={Link} to={`/nonprofits/${nonprofit.id}`}>
                {nonprofit.name}
              </Anchor>
              <Text size="sm" component="span">
                {' — '}
                {questions > 0
                  ? t('nonprofits.mine.openQuestions', { count: questions })
                  : t('nonprofits.mine.challenges', { count: nonprofit.challenges.length })}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
