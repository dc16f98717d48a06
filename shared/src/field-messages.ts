/**
 * An error message named by its field's label, as error summaries list them ("Name: Please fill in this field."), on
 * the web's forms and the server-rendered answer pages alike. A label that is a question ("Wann können Sie kommen?")
 * or already ends in a colon is followed by the message as by an answer; one that is a sentence (a consent checkbox,
 * "… ein.") loses its period before the colon.
 */
export function labelledMessage(label: string, message: string): string {
  if (/[?!:]$/.test(label)) return `${label} ${message}`;
  return `${label.replace(/\.$/, '')}: ${message}`;
}
