import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Passages written for this test (invented people and places): a profile's subject, whose gender no first-name list
// knows, leaves with a cousin of the same family name; a "she" and a "he" after that may mean either of the two.
describe('a pronoun back to one of no gender, past a namesake named since', () => {
  it('does not take the cousin for the man going on, nor make the man a woman', () => {
    const by = speakersByOpening([
      'Ryo Tae-san was nineteen and guarding a ferry landing near Sonbong when he first saw the convoy.',
      'Ryo crossed the river in 2011 with a cousin, Ryo Hye-ran, who now lives in Daejeon. She remembers the cold better than he does. "He kept saying the ice would hold," Hye-ran says by telephone.',
      'He laughs when told this. "I did not know," he says. "I was saying it for me."',
    ]);
    expect(by.get('He kept saying')).toBe('Ryo Hye-ran');
    expect(by.has('I did not')).toBe(true);
    expect(by.get('I did not')).not.toBe('Ryo Hye-ran');
    expect(by.get('I was saying')).not.toBe('Ryo Hye-ran');
  });
  it('still goes on with the one person of that name at hand', () => {
    const by = speakersByOpening([
      'Ryo Tae-san crossed the river in 2011 with his neighbours from Sonbong. He remembers the cold.',
      '"The ice held," he says.',
    ]);
    expect(by.get('The ice held')).toBe('Ryo Tae-san');
  });
});
