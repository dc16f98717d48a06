import { labelledMessage } from './field-messages';

describe('labelledMessage', () => {
  it('puts a colon after a plain label, and after a sentence in place of its period', () => {
    expect(labelledMessage('Name', 'Bitte füllen Sie dieses Feld aus.')).toBe(
      'Name: Bitte füllen Sie dieses Feld aus.',
    );
    expect(labelledMessage('Ich willige ein.', 'Bitte bestätigen Sie.')).toBe('Ich willige ein: Bitte bestätigen Sie.');
  });

  it('follows a question, an exclamation or a colon with the message alone', () => {
    expect(labelledMessage('Wann können Sie kommen?', 'Bitte wählen Sie.')).toBe(
      'Wann können Sie kommen? Bitte wählen Sie.',
    );
    expect(labelledMessage('Achtung!', 'Bitte lesen.')).toBe('Achtung! Bitte lesen.');
    expect(labelledMessage('Kommentar:', 'Zu lang.')).toBe('Kommentar: Zu lang.');
  });
});
