import { graphql } from '../../../gql';

export const HelpPointFieldsFragment = graphql(`
  fragment HelpPointFields on HelpPoint {
    id
    name
    street
    postalCode
    city
    district
    openingHours
    languages
    topics
    website
    description
    updatedAt
  }
`);

export const HelpPointsQuery = graphql(`
  query HelpPoints($organizingBodyId: ID!) {
    helpPoints(organizingBodyId: $organizingBodyId) {
      ...HelpPointFields
    }
  }
`);

export const CreateHelpPointMutation = graphql(`
  mutation CreateHelpPoint($organizingBodyId: ID!, $input: HelpPointInput!) {
    createHelpPoint(organizingBodyId: $organizingBodyId, input: $input) {
      ...HelpPointFields
    }
  }
`);

export const UpdateHelpPointMutation = graphql(`
  mutation UpdateHelpPoint($id: ID!, $input: HelpPointInput!) {
    updateHelpPoint(id: $id, input: $input) {
      ...HelpPointFields
    }
  }
`);

export const DeleteHelpPointMutation = graphql(`
  mutation DeleteHelpPoint($id: ID!) {
    deleteHelpPoint(id: $id)
  }
`);
