/**
 * Postcodes of addresses in Germany, the only country the product has addresses in (nonprofits, help points and the
 * events of a city's organizers carry no country): five digits. An empty postcode is left to the field's own rule
 * (optional in the forms that have one).
 */
export const POSTAL_CODE_PATTERN = /^\d{5}$/;

/** Whether a postcode, as typed (spaces around it ignored), is one; empty counts as valid (the field is optional). */
export function isPostalCodeOrEmpty(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || POSTAL_CODE_PATTERN.test(trimmed);
}
