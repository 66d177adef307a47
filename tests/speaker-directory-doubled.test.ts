import { describe, it, expect } from 'vitest';
import { SpeakerDirectory } from '../src/quotes/speaker-directory.ts';
import type { Speaker } from '../src/types.ts';

// Names invented for these tests: a name typed with one letter doubled or undoubled finds its speaker; a name
// with any other letter changed may be someone else's, and finds no one.
const person = (id: string, name: string, aliases: string[] = []): Speaker => ({ id, name, aliases, role: null, kind: 'person' }) as unknown as Speaker;
const directory = SpeakerDirectory.build(
  [person('a', 'Mira Solberg', ['Solberg']), person('b', 'Tomas Hallvik'), person('c', 'Paul Brekke'), person('d', 'Olga Renkova'), person('e', 'Ivan Renkov')],
  [1, 1, 1, 1, 1],
);

describe('speaker directory: a letter doubled or undoubled', () => {
  it('"mirra solberg", "halvik" and "tomas hallvikk" find their speakers', () => {
    expect(directory.find('mirra solberg', true)?.name).toBe('Mira Solberg');
    expect(directory.find('halvik', true)?.name).toBe('Tomas Hallvik');
    expect(directory.find('tomas hallvikk', true)?.name).toBe('Tomas Hallvik');
  });

  it('only when asked: a list of quotes offers the closest names instead', () => {
    expect(directory.find('mirra solberg')).toBeNull();
  });

  it('another letter changed, or a surname of another person, is not a misspelling', () => {
    expect(directory.find('paula brekke', true)).toBeNull();
    expect(directory.find('mirra brekke', true)).toBeNull();
    expect(directory.find('renkov', true)?.name).toBe('Ivan Renkov');
    expect(directory.find('olga renkov', true)).toBeNull();
  });
});
