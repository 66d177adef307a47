import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// One who questions is not the one who answers: a "he said" after "X cross-examined the defendant, Y" may be Y's.
describe('a pronoun after one questioned another', () => {
  it('leaves "he said" to nobody after a prosecutor cross-examined a defendant of his gender', () => {
    expect(speakerOf(['Prosecutor Ivo Vance cross-examined the defendant, Karl Uhl. He said he had been at home. "I never left the house that night," he said.'], 'never left')).toBeNull();
    expect(speakerOf(['Prosecutor Ivo Vance questioned the defendant, Karl Uhl, for three hours.', '"I never left the house that night," he said.'], 'never left')).toBeNull();
  });

  it('still gives it to the questioner when the one questioned is of the other gender', () => {
    expect(speakerOf(['Prosecutor Ivo Vance questioned the witness, Ana Lind, for three hours.', '"We are not done with her," he said.'], 'not done')).toBe('Ivo Vance');
  });
});
