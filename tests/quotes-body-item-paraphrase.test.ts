import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { bodyItemParaphrase } from '../src/quotes/body-item-paraphrase.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'a', '2024-03-01');

it("reads a list item's credit before the colon when the writer's sentence after it names no one else", () => {
  expect(bodyItemParaphrase('- Valdor Harbour Board: The dredging ')).toBe('Valdor Harbour Board');
  // Another one named, a verb of speech, a pronoun or a second sentence: no reading.
  expect(bodyItemParaphrase('- Valdor Harbour Board: Governor Jane Roe thinks the dredging ')).toBeNull();
  expect(bodyItemParaphrase('- Valdor Harbour Board: The dredging, it said, ')).toBeNull();
  expect(bodyItemParaphrase('- Valdor Harbour Board: The dredging, they think, ')).toBeNull();
  expect(bodyItemParaphrase('- Valdor Harbour Board: The dredging ended. Then the berths ')).toBeNull();
  // No list item: no reading.
  expect(bodyItemParaphrase('Valdor Harbour Board: The dredging ')).toBeNull();
});

it("credits the fragment in a body's list item to the body, never a name that is no body's", () => {
  const got = speakers([
    'Sept 2 (Wire) - Ministers met in Dolmast on Tuesday. Here is what officials said:',
    'VALDOR',
    '- Valdor Harbour Board: The dredging "put every berth at risk" this winter.',
    '- Casablanca: The film "still holds up" today.',
  ]);
  expect(got.get('put every berth')).toBe('Valdor Harbour Board');
  expect(got.get('still holds up')).toBeNull();
});
