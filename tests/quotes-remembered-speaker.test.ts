import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { rememberedByAnother } from '../src/quotes/remembered-speaker.ts';

// Passages written for this test (invented people and places): a profile quotes words its subject remembers an
// old sergeant saying, then the subject's own comment on them, standing alone.
describe('a bare quote after words another remembers the speaker saying', () => {
  it('is not the remembered one going on', () => {
    const by = speakersByOpening([
      'Dov Arlen was twenty when he stood guard at the pier in Kessel. His sergeant, a woman he names only as Tamsin, told the recruits to face the sea.',
      '"If you turn round, you will be counted as a deserter," Arlen remembers Tamsin saying. It was a joke, he thinks now. "Nobody smiled. We could not tell."',
    ]);
    expect(by.get('If you turn')).toBe('Tamsin');
    expect(by.has('Nobody smiled. We')).toBe(true);
    expect(by.get('Nobody smiled. We')).not.toBe('Tamsin');
  });
  it('reads the credit of a remembered quote', () => {
    expect(rememberedByAnother(', Arlen remembers Tamsin saying.')).toBe(true);
    expect(rememberedByAnother(', she recalls him telling the class.')).toBe(true);
    expect(rememberedByAnother(', Tamsin said.')).toBe(false);
    expect(rememberedByAnother(', Arlen remembers.')).toBe(false);
  });
});
