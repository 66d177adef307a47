import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a correspondent's turn opens by calling the host by first name,
// then credits an unnamed official; the host's name is a vocative, not the subject of "said".

const host = 'MARIT OSWELL, HOST: In Tarnby, the reaction came quickly. Our correspondent Lio Brandt has more.';
const after = 'OSWELL: Lio, what happens next?';

describe('a turn opening on the first name of the one it answers', () => {
  it('"Marit, a ministry official ..., said, "..."" is not the host\'s', () => {
    const text = [host, 'LIO BRANDT, BYLINE: Marit, a ministry official who briefed reporters, and who was not allowed to be named, said, "We see a trade here: grain for engines."', after];
    const who = speakerOf(text, 'We see a trade here');
    expect(who).not.toBe('Marit Oswell');
    expect(who ?? '').toMatch(/official/u);
  });

  it('after a word of reply ("Well, Marit, ...") too', () => {
    const text = [host, 'LIO BRANDT, BYLINE: Well, Marit, a harbour official who met us, said, "We see a trade here: grain for engines."', after];
    expect(speakerOf(text, 'We see a trade here')).not.toBe('Marit Oswell');
  });

  it('a named subject after the vocative keeps the words', () => {
    const text = [host, 'LIO BRANDT, BYLINE: Marit, the port director, Edda Quist, said, "We see a trade here: grain for engines."', after];
    expect(speakerOf(text, 'We see a trade here')).toBe('Edda Quist');
  });

  it('the surname of a clip\'s voice opening the turn is still the subject', () => {
    const text = [
      host,
      'LIO BRANDT, BYLINE: Here is the minister.',
      '(SOUNDBITE OF ARCHIVED RECORDING)',
      'TOMAS VELLE: "We will sell to anyone who pays."',
      'BRANDT: Velle, asked about the engines later, said, "We see a trade here: grain for engines."',
      after,
    ];
    expect(speakerOf(text, 'We see a trade here')).toBe('Tomas Velle');
  });
});
