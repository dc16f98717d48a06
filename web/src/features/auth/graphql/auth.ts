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
  mutation RequestSignInLink($email: String!, $locale: String, $redirectPath: String) {
    requestSignInLink(email: $email, locale: $locale, redirectPath: $redirectPath)
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($email: String!, $name: String!, $locale: String, $redirectPath: String) {
    signUp(email: $email, name: $name, locale: $locale, redirectPath: $redirectPath)
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
