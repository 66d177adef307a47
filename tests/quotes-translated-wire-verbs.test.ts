import { expect, it } from 'vitest';
import { seatLeader } from '../src/quotes/seat-of-power.ts';
import { wordsTakenUpBy } from '../src/quotes/words-taken-up.ts';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads "indicated", "estimated" and "abounded" of a translated wire as reporting verbs where only speech fits', () => {
  const got = speakers([
    'Lisbon, 4 Mar (PNA).- The Portuguese premier, Rui Matos, announced on Monday a new bridge over the Tagus.',
    'The spokeswoman of the cabinet, Clara Lopes, indicated to reporters that no tender was opened and that "none is due before May."',
    'Nuno Pires, an engineer at the Lisbon Technical Institute, called the plan bold. Pires estimated that the works need "six years at least" to finish.',
    '"The river will not wait for us," Pires abounded in statements to PNA.',
  ]);
  expect(got.get('none is due')).toBe('Clara Lopes');
  expect(got.get('six years')).toBe('Nuno Pires');
  expect(got.get('The river will not wait')).toBe('Nuno Pires');
});

it('credits no one by "indicated" or "estimated" whose subject is a common noun', () => {
  const got = speakers([
    'The survey indicated that rents had risen by "a third or more" in two years.',
    'The report estimated that the scheme would cost "well over a billion" euros.',
  ]);
  expect(got.get('a third or more')).toBeFalsy();
  expect(got.get('well over a billion')).toBeFalsy();
});

it('reads "the head of the Kremlin" and "the Kremlin boss" as the Russian leader', () => {
  const got = speakers([
    'The Russian president, Ivan Sorokin, received the Chilean president, Ana Vidal, on Tuesday.',
    '"We came for the copper," indicated the head of the Kremlin after the talks.',
    '"Chile is a friend," said the Kremlin boss as the pair shook hands.',
  ]);
  expect(got.get('We came for the copper')).toBe('Ivan Sorokin');
  expect(got.get('Chile is a friend')).toBe('Ivan Sorokin');
  expect(seatLeader('the tenant of the Elysee')).toBe('the French leader');
  expect(seatLeader('the Kremlin spokesman')).toBeNull();
  expect(seatLeader('the head of the Kremlin administration')).toBeNull();
});

it('credits a quote standing alone to the subject of the next sentence that takes its words up', () => {
  const got = speakers([
    'The two ministers met in Santiago.',
    '"No border will come between two old friends." With these words the Chilean Foreign Minister, Tomas Rojas, answered the question about tariffs.',
  ]);
  expect(got.get('No border')).toBe('Tomas Rojas');
  expect(wordsTakenUpBy(' With those words she left the room.')).toBeNull();
});
