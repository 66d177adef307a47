import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compareClaim } from '../src/quotes/misquote.ts';

// Quotes and claims written for these tests: a claim that opens with one sentence of a quote and ends with the
// last clause of a later one hangs that clause on the wrong sentence.
describe('a claim welding the tail of a later sentence onto an earlier one', () => {
  const quote = 'When the ferry sailed in 1998, the harbour cheered. Today a trawler from Tromsø docks, and nobody cheers';
  it('loses the first sentence\'s subject and verb: different', () => {
    expect(compareClaim('when the ferry sailed in 1998, nobody cheered', quote).verdict).toBe('different');
    expect(compareClaim('when the ferry sailed in 1998, nobody cheered', quote, true).verdict).toBe('different');
  });
  it('the first sentence whole, or the second, is still the quote', () => {
    expect(compareClaim('when the ferry sailed in 1998, the harbour cheered', quote).verdict).toBe('same');
    expect(compareClaim('today a trawler from tromsø docks, and nobody cheers', quote).verdict).toBe('same');
  });
  it('a sentence cut short, then the next from its start, is close', () => {
    const q = 'We heard about the vote on the radio, like everyone else. Nobody tells the drivers anything.';
    expect(compareClaim('we heard about the vote on the radio. nobody tells the drivers anything', q).verdict).toBe('close');
  });
  it('a whole sentence left out between two quoted is close', () => {
    const q = 'The depot opened in May. The drivers were hired in June. The first bus ran in July.';
    expect(compareClaim('the depot opened in may. the first bus ran in july', q).verdict).toBe('close');
  });

  const opening = fc.constantFrom('When the mill closed', 'After the bridge fell', 'Once the mine flooded');
  const subject = fc.constantFrom('the valley', 'the whole street', 'my uncle');
  const verb = fc.constantFrom('wept', 'laughed', 'left');
  it('never confirms another sentence\'s clause hung on an opening clause', () => {
    fc.assert(
      fc.property(opening, subject, verb, (o, s, v) => {
        const q = `${o}, ${s} ${v}. Now a new plant is coming, and nobody ${v}`;
        return compareClaim(`${o.toLowerCase()}, nobody ${v}`, q).verdict === 'different';
      }),
    );
  });
});
