import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests, with invented bodies: an official described only as "in the department",
// the department named in the sentence before, and another body's official elsewhere.
const ask = whoSaidOver(
  doc('salt-stocks', '2024-12-02', [
    'The Department of Road Salts is keeping a close watch on stocks.',
    'A senior official in the department said the depots were full. "Our reserve of grit lasts till March," the official said.',
    'The Harbour Board said it had ordered more. A manager at the board said, "We will not run short this year."',
  ]),
);

describe('who-said: a description typed with the body its "the department" stands for', () => {
  it('"the road salts department official" is the official "in the department"', () => {
    expect(ask('the road salts department official said our reserve of grit lasts till march').matches[0]).toMatchObject({ verdict: 'same', speakerMatches: true });
  });
  it('another body typed is not', () => {
    expect(ask('the harbour department official said our reserve of grit lasts till march').matches[0]).toMatchObject({ speakerMatches: false });
  });
});
