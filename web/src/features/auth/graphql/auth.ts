import { graphql } from '../../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      locale
      roles {
        role
        organizingBodyId
        organizingBodyName
      }
    }
  }
`);

export const RequestSignInLinkMutation = graphql(`
  mutation RequestSignInLink($email: String!, $locale: String) {
    requestSignInLink(email: $email, locale: $locale)
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);
