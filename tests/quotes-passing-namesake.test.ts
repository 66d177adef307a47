import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people, a harbour and a capital; names written family name first.
const opening = ["When I watched Kalla Bren shake Pak Song-chol's hand at the harbour last week, I thought of 1984.", 'I watched again when Pak stood beside Bren.'];
const gift = 'Pak told Bren last week that the harbour was "a sacred gift".';

describe('a namesake named only in passing after the bare surname was settled', () => {
  it('leaves a later bare surname to the one it was settled on', () => {
    const paras = [...opening, 'I asked the old consul whether the capital trusted Pak Il-dong. He laughed.', gift];
    expect(speakerOf(paras, 'a sacred gift')).toBe('Pak Song-chol');
  });
  it('so too after a preposition', () => {
    const paras = [...opening, 'The old consul spoke warmly of Pak Il-dong.', gift];
    expect(speakerOf(paras, 'a sacred gift')).toBe('Pak Song-chol');
  });
  it('not when the namesake acts or speaks: then the bare surname is read as before', () => {
    const paras = [...opening, 'Pak Il-dong, the old governor, said in 1984 that ports were "the lungs of a nation".', gift];
    expect(speakerOf(paras, 'a sacred gift')).toBe('Pak Il-dong');
  });
});
