import { graphql } from '../../../gql';

export const OrganizingBodiesQuery = graphql(`
  query OrganizingBodies {
    organizingBodies {
      id
      name
      city
    }
  }
`);

export const BodyOrganizersQuery = graphql(`
  query BodyOrganizers($organizingBodyId: ID!) {
    bodyOrganizers(organizingBodyId: $organizingBodyId) {
      id
      name
      email
      since
      hasSignedIn
    }
  }
`);

export const InviteOrganizerMutation = graphql(`
  mutation InviteOrganizer($email: String!, $name: String, $organizingBodyId: ID, $locale: String) {
    inviteOrganizer(email: $email, name: $name, organizingBodyId: $organizingBodyId, locale: $locale)
  }
`);

export const CreateOrganizingBodyMutation = graphql(`
  mutation CreateOrganizingBody(
    $name: String!
    $city: String
    $organizerEmail: String!
    $organizerName: String
    $locale: String
  ) {
    createOrganizingBody(
      name: $name
      city: $city
      organizerEmail: $organizerEmail
      organizerName: $organizerName
      locale: $locale
    ) {
      id
      name
      city
    }
  }
`);
