import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a pronoun reaches over another speaker's quote to one who never spoke, whose sentence names in
// full another of the pronoun's gender (the one he sold to). Either may be meant: no one is credited.
describe('a pronoun reaching over a sentence to one named beside another', () => {
  const paras = [
    'Wilma Trennick keeps bees outside Harlow Cross. Her brother, Anselm Trennick, sold his orchard last spring to a brewer, Desmond Pike.',
    '"He paid too little," she says.',
    '"I paid a fair price," he says.',
  ];
  it('credits neither man', () => {
    expect(speakerOf(paras, 'fair price')).toBeNull();
  });
  it('the brother alone in his sentence keeps the pronoun', () => {
    const alone = ['Wilma Trennick keeps bees outside Harlow Cross. Her brother, Anselm Trennick, sold his orchard last spring.', paras[1]!, '"I got a fair price," he says.'];
    expect(speakerOf(alone, 'fair price')).toBe('Anselm Trennick');
  });
  it('narration between, not another voice, keeps the thread', () => {
    const narrated = [
      'Her son, Anselm Trennick, 64, said his mother had spoken of her brother daily since the meeting between Mayor Osric Pell and Governor Tobias Wren.',
      'The two were parted in the flood of 1952, when she went east with an aunt.',
      '"She tells it the same way every night," he said.',
    ];
    expect(speakerOf(narrated, 'same way every night')).toBe('Anselm Trennick');
  });
});
