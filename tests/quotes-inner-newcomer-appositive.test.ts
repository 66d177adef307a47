import { describe, expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Invented sentences: a host recalls someone brought in by "a" with a relative clause that has no "who", then an
// appositive set off at the sentence's end; "He told me, '...'" inside her quote is that one person, named by both
// descriptions (the noun the text brought him in by first), not by the appositive alone.
describe('an inner quote\'s "he" after a newcomer and his appositive', () => {
  const paras = [
    'Marisol Teague recalls a conversation with a smuggler she met in 2015, a retired ferry captain. "He told me, \'On the water every promise floats,\'" Teague says. "I never forgot it."',
  ];
  it('is the newcomer, named with his appositive', () => {
    expect(speakersByStart(paras).get('On the water')).toBe('a smuggler she met in 2015, a retired ferry captain');
  });
  it('two newcomers not set off as one leave it open', () => {
    const two = ['Marisol Teague recalls a smuggler she met in 2015 and a pilot she met in 2016. "He told me, \'On the water every promise floats,\'" Marisol Teague says.'];
    expect(speakersByStart(two).get('On the water')).toBeNull();
  });
});
