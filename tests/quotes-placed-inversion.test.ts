import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences written for these tests: a place fronted before a verb of position ("Beside her sat NAME"), the one
// placed there named after the verb and the subject a "he said" after it points back to.
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'p', '2024-03-01');

it('gives the "he said" after "Beside her sat NAME, ROLE." to the one seated', () => {
  const got = speakers([
    'The meeting was chaired by deputy mayor Irma Lenz.',
    '"We will stay until the last hand," Lenz said.',
    'Beside her sat Paul Green, head of the roads department. "No relation to anyone here," he told the hall.',
  ]);
  expect(got.get('We will stay')).toBe('Irma Lenz');
  expect(got.get('No relation to')).toBe('Paul Green');
});

it('reads "Behind them stood NAME" and "Next to the mayor was NAME" alike, not a place after the verb', () => {
  expect(speakers(['Behind them stood Ida Varga, the harbour pilot. "Nobody asked me," she said.']).get('Nobody asked me')).toBe('Ida Varga');
  expect(speakers(['Next to the mayor was Olaf Brandt, a ferry captain. "We sail at dawn," he said.']).get('We sail at')).toBe('Olaf Brandt');
  // A body or a place placed there is no one to speak.
  expect(speakers(['Beside the square stood Harbor Bank.', '"Rates hold," he said.']).get('Rates hold')).not.toBe('Harbor Bank');
});
