import { isValidEmail, mailboxKey, normalizeEmail } from './email-address';

describe('e-mail addresses', () => {
  it('are stored trimmed and lower-cased', () => {
    expect(normalizeEmail('  Ada.Lovelace@Example.ORG ')).toBe('ada.lovelace@example.org');
  });

  it.each([
    ['ada@example.org', 'ada@example.org'],
    ['Ada+newsletter@Example.org', 'ada@example.org'],
    ['ada+a+b@example.org', 'ada@example.org'],
    ['a.d.a@gmail.com', 'ada@gmail.com'],
    ['A.da+x@googlemail.com', 'ada@gmail.com'],
    ['a.da@example.org', 'a.da@example.org'],
  ])('map %s to the mailbox %s for rate limits', (address, mailbox) => {
    expect(mailboxKey(address)).toBe(mailbox);
  });

  it('are validated', () => {
    expect(isValidEmail('ada@example.org')).toBe(true);
    expect(isValidEmail('organizer@demo.skillshift.local')).toBe(true);
    expect(isValidEmail('ada')).toBe(false);
    expect(isValidEmail('ada@')).toBe(false);
    expect(isValidEmail(`${'a'.repeat(250)}@example.org`)).toBe(false);
  });
});
