import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages and names written for these tests: a pair named together as a group ("The Dunmore twins, Carl and
// Ada,"), then "they said". The group speaks; neither one of the pair alone may be given the words.
describe('"they said" after a pair named as a group', () => {
  const single = ['Carl', 'Ada', 'Carl Dunmore', 'Ada Dunmore', 'Dunmore'];

  it('"The Dunmore twins, Carl and Ada, ran the stall. "...," they said.": no single one of them', () => {
    const got = speakerOf(['The Dunmore twins, Carl and Ada, ran the stall. "We sold out by noon," they said.'], 'sold out by noon');
    expect(single).not.toContain(got);
  });

  it('"Carl and Ada Dunmore ran the stall. "...," they said.": no single one of them', () => {
    const got = speakerOf(['Carl and Ada Dunmore ran the stall. "We sold out by noon," they said.'], 'sold out by noon');
    expect(single).not.toContain(got);
  });
});
