import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A role set off by commas before a full name holds with an abbreviated honorific between the comma and the
// name ("the parish priest, Fr. Tomas Krell,"): a later "the priest" is that person.
describe('a role before a name with an honorific between', () => {
  it('ties "the priest" of the next paragraph to the one named "the parish priest, Fr. NAME,"', () => {
    const paragraphs = [
      'In Osterby, where a small parish serves fishermen and their families, the parish priest, Fr. Tomas Krell, said attendance at Mass had been "a little higher" that week.',
      '"The pews fill up when the nets come back empty," said the priest, who grew up in Lund.',
    ];
    expect(speakerOf(paragraphs, 'nets come back empty')).toBe('Tomas Krell');
  });

  it('does so for other honorifics too, and leaves a description when the role went to no one named', () => {
    const dr = ['At the clinic, the senior surgeon, Dr. Mira Holt, said the ward was full.', '"We have not slept," the surgeon said.'];
    expect(speakerOf(dr, 'not slept')).toBe('Mira Holt');
    const none = ['At the clinic, a senior surgeon said the ward was full. Dr. Mira Holt, who runs the pharmacy, agreed.', '"We have not slept," the surgeon said.'];
    expect(speakerOf(none, 'not slept')).not.toBe('Mira Holt');
  });
});
