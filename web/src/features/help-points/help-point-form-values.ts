import { type HelpTopic } from '@skillshift/shared';
import { type HelpPointFieldsFragment, type HelpPointInput } from '../../gql/graphql';

/** What the help point form holds: text as typed, lists as chosen. */
export interface HelpPointFormValues {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  district: string;
  openingHours: string;
  languages: string[];
  topics: HelpTopic[];
  website: string;
  description: string;
}

export const emptyHelpPoint = (city = ''): HelpPointFormValues => ({
  name: '',
  street: '',
  postalCode: '',
  city,
  district: '',
  openingHours: '',
  languages: ['de'],
  topics: [],
  website: '',
  description: '',
});

export const helpPointFormValues = (point: HelpPointFieldsFragment): HelpPointFormValues => ({
  name: point.name,
  street: point.street,
  postalCode: point.postalCode,
  city: point.city,
  district: point.district,
  openingHours: point.openingHours,
  languages: [...point.languages],
  topics: [...(point.topics as HelpTopic[])],
  website: point.website ?? '',
  description: point.description,
});

/** The server trims, checks and names every problem; the form sends what was typed. */
export const toHelpPointInput = (values: HelpPointFormValues): HelpPointInput => ({
  ...values,
  topics: values.topics as HelpPointInput['topics'],
  website: values.website.trim() === '' ? null : values.website,
});
