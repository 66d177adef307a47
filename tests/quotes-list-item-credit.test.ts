import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { listItemCredit } from '../src/quotes/verbless-credit.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'a', '2024-03-01');

it('reads a list item opening on a titled name and an aside before the colon', () => {
  expect(listItemCredit('* Port authority spokesman Ansel Varga, to reporters:')).toEqual({ name: 'Port authority spokesman Ansel Varga' });
  expect(listItemCredit('- Governor Lena Moss, asked whether the ferry would run:')).toEqual({ name: 'Governor Lena Moss' });
  expect(listItemCredit('* A senior harbour official, briefing reporters on condition of anonymity:')).toEqual({ description: 'A senior harbour official' });
  // No list mark, or a verb before the colon: no item credit.
  expect(listItemCredit('Governor Lena Moss, asked whether the ferry would run:')).toBeNull();
  expect(listItemCredit('* Governor Lena Moss told the council:')).toBeNull();
});

it("credits a reaction list's items to the names that open them, not to the country heading above", () => {
  const got = speakers([
    'Sept 2 (Wire) - Ministers met in Valdor on Tuesday. Here is what they said.',
    'NORTH ALBIA',
    '* Prime Minister Orsolya Brandt, speaking at the start of talks: "Our ports are open to every honest trader."',
    'He said Albia would "never close the strait" to shipping.',
    'SOUTH ALBIA',
    '* A South Albian foreign ministry official, briefing reporters on condition of anonymity: "We are watching the strait closely."',
    '* Harbour spokesman Piet Oduya, to reporters: "No ship has been turned away."',
  ]);
  expect(got.get('Our ports are')).toBe('Orsolya Brandt');
  expect(got.get('never close the')).toBe('Orsolya Brandt');
  expect(got.get('We are watching')).toBe('a South Albian foreign ministry official');
  expect(got.get('No ship has')).toBe('Piet Oduya');
  // A title the phrase reader does not know leaves the item unread, but never the heading's.
  expect(speakers(['Sept 2 (Wire) - Ministers met.', 'SOUTH ALBIA', '* Harbour master Piet Oduya, to reporters: "No ship has been turned away."']).get('No ship has')).not.toBe('South Albia');
});

it('gives no heading the quote of an item that opens on a person it does not credit', () => {
  const got = speakers([
    'Sept 2 (Wire) - Ministers met in Valdor on Tuesday.',
    'NORTH ALBIA',
    '* Orsolya Brandt and the harbour: "Open to every honest trader."',
  ]);
  expect(got.get('Open to every')).not.toBe('North Albia');
});

it("keeps an item's second quote with the spokesperson its first quote credits, not the heading's body", () => {
  const got = speakers([
    'Sept 2 (Wire) - Ministers met in Valdor on Tuesday. Following are reactions.',
    'NORDIC COUNCIL',
    '* "Any sale of mines to the rebels would breach the accord," council spokeswoman Hedda Lunde said. "The Nordic Council will answer in kind."',
    'HARBOUR LEAGUE',
    '* "We are watching the strait closely."',
  ]);
  expect(got.get('Any sale of')).toBe('Hedda Lunde');
  expect(got.get('The Nordic Council')).toBe('Hedda Lunde');
  // An item whose only quote credits no one is still the heading's.
  expect(got.get('We are watching')).toBe('Harbour League');
});

it("reads an office's \"of\" in a list item's title, so the heading above never takes the item's quote", () => {
  expect(listItemCredit('- Secretary of State Jane Roe, speaking to reporters in Dolmast:')).toEqual({ name: 'Secretary of State Jane Roe' });
  const got = speakers([
    'Sept 2 (Wire) - Ministers met in Valdor on Tuesday. Here is what officials said:',
    'NORTH ALBIA',
    '- Harbour spokesman Piet Oduya: "No ship has been turned away."',
    '- Secretary of State Jane Roe, speaking to reporters in Dolmast: "It is a sign of weakness."',
  ]);
  expect(got.get('No ship has')).toBe('Piet Oduya');
  expect(got.get('It is a')).toBe('Jane Roe');
});
