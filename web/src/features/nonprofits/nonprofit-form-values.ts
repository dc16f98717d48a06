import { type CauseArea, type LegalForm } from '@skillshift/shared';
import { type NonprofitFieldsFragment, type NonprofitInput } from '../../gql/graphql';

/** The profile form's state, as the inputs hold it. */
export interface NonprofitFormValues {
  name: string;
  legalForm: LegalForm;
  causes: CauseArea[];
  street: string;
  postalCode: string;
  city: string;
  district: string;
  website: string;
  description: string;
  publishOnMap: boolean;
  /** Its contacts hear when the next edition of an event it brought a challenge to opens. */
  inviteToNextEditions: boolean;
  latitude: string;
  longitude: string;
}

export const emptyNonprofit = (): NonprofitFormValues => ({
  name: '',
  legalForm: 'EV',
  causes: [],
  street: '',
  postalCode: '',
  city: '',
  district: '',
  website: '',
  description: '',
  publishOnMap: false,
  inviteToNextEditions: true,
  latitude: '',
  longitude: '',
});

export function fromNonprofit(nonprofit: NonprofitFieldsFragment): NonprofitFormValues {
  return {
    name: nonprofit.name,
    legalForm: nonprofit.legalForm,
    causes: [...nonprofit.causes],
    street: nonprofit.street,
    postalCode: nonprofit.postalCode,
    city: nonprofit.city,
    district: nonprofit.district,
    website: nonprofit.website ?? '',
    description: nonprofit.description,
    publishOnMap: nonprofit.publishOnMap,
    inviteToNextEditions: nonprofit.inviteToNextEditions,
    latitude: nonprofit.latitude === null || nonprofit.latitude === undefined ? '' : String(nonprofit.latitude),
    longitude: nonprofit.longitude === null || nonprofit.longitude === undefined ? '' : String(nonprofit.longitude),
  };
}

/** German keyboards write "53,87"; the API wants a number, or nothing. */
const coordinate = (value: string): number | null => {
  const trimmed = value.trim().replace(',', '.');
  if (!trimmed) return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
};

export function toNonprofitInput(values: NonprofitFormValues): NonprofitInput {
  return {
    ...values,
    website: values.website.trim() || null,
    latitude: values.publishOnMap ? coordinate(values.latitude) : null,
    longitude: values.publishOnMap ? coordinate(values.longitude) : null,
  };
}
