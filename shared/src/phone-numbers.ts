/** Digits with the usual separators and an optional leading +. */
export const PHONE_CHARACTERS = /^\+?[\d\s()/.-]+$/;
/** Fewer digits reach nobody, however they are written. */
export const PHONE_DIGITS_MIN = 5;

/**
 * What is wrong with a phone number, as the message to show names it: characters other than digits and separators,
 * or too few digits. Null for a good number, and for an empty one (the field's own rule decides whether it is needed).
 */
export function phoneProblem(phone: string | null | undefined): 'phoneCharacters' | 'phoneDigits' | null {
  const trimmed = (phone ?? '').trim();
  if (trimmed === '') return null;
  if (!PHONE_CHARACTERS.test(trimmed)) return 'phoneCharacters';
  if (trimmed.replace(/\D/g, '').length < PHONE_DIGITS_MIN) return 'phoneDigits';
  return null;
}
