import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a woman of a surname speaks first; an
// unrelated man of the same surname is brought in as a sentence's subject with "no relation" set off by dashes.
const first = [
  '"Every new friend costs us bread," said Dr Wanja Kerubo, a political scientist at the Lakeside Institute. "Wheat is our foreign policy."',
  'Dr Kerubo, who spent a year abroad, argues the meeting changed little. "We should take notes," she said.',
];
describe('"NAME - no relation -" as the subject', () => {
  it('a bare surname crediting the next quote is the namesake just brought in, not the woman who spoke before', () => {
    const got = speakersByQuote([...first, 'In Portsea, grain importer Daniel Kerubo - no relation - sees the same pictures. "The insurers read the news first," Kerubo said.']);
    expect(got.get('The insurers read the news first')).toBe('Daniel Kerubo');
  });
  it('with an em dash and "he said" after a sentence with the bare surname as subject', () => {
    const got = speakersByQuote([
      ...first,
      'In Portsea, grain importer Daniel Kerubo — no relation — sees the same pictures through the eyes of a trader. Kerubo, whose firm brings in wheat, said insurers had raised their premiums. "The insurers read the news first," he said.',
      'He said a deal would hit importers "like a second drought".',
    ]);
    expect(got.get('The insurers read the news first')).toBe('Daniel Kerubo');
    expect(got.get('like a second drought')).toBe('Daniel Kerubo');
  });
});
