import { graphql } from '../../../gql';

export const MyConsentRecordsQuery = graphql(`
  query MyConsentRecords {
    myConsentRecords {
      id
      purpose
      textVersion
      method
      recordedByName
      givenAt
      withdrawnAt
    }
  }
`);

export const EraseMyAccountMutation = graphql(`
  mutation EraseMyAccount($confirm: Boolean!) {
    eraseMyAccount(confirm: $confirm)
  }
`);

export const BodyPeopleQuery = graphql(`
  query BodyPeople($organizingBodyId: ID!, $search: String!) {
    bodyPeople(organizingBodyId: $organizingBodyId, search: $search) {
      id
      name
      email
      phone
      volunteerRegistrations
      nonprofits
      staff
    }
  }
`);

export const ErasePersonForBodyMutation = graphql(`
  mutation ErasePersonForBody($organizingBodyId: ID!, $personId: ID!, $confirm: Boolean!) {
    erasePersonForBody(organizingBodyId: $organizingBodyId, personId: $personId, confirm: $confirm)
  }
`);
