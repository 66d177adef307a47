import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// A subordinate clause of time, condition or cause said after the main clause instead of before it.
describe('a fronted subordinate clause put after its main clause', () => {
  it('reads the turned order as close wording', () => {
    expect(compareClaim('our ferry bookings halve every time the storm season starts early', 'Every time the storm season starts early, our ferry bookings halve.').verdict).toBe('close');
    expect(compareClaim('the boats stay in harbour if the wind turns north', 'We know the coast. If the wind turns north, the boats stay in harbour.').verdict).toBe('close');
    expect(compareClaim('the mill will reopen when the river rises', 'When the river rises, the mill will reopen').verdict).toBe('close');
  });
  it('still tells a changed word in either clause', () => {
    expect(compareClaim('our ferry bookings double every time the storm season starts early', 'Every time the storm season starts early, our ferry bookings halve.').verdict).toBe('different');
    expect(compareClaim('the boats stay in harbour unless the wind turns north', 'If the wind turns north, the boats stay in harbour.').verdict).toBe('different');
    expect(compareClaim('the river rises when the mill will reopen', 'When the river rises, the mill will reopen').verdict).toBe('different');
  });
});

// The other way round: the quote ends on the subordinate clause, the claim opens with it.
describe('a closing subordinate clause put before its main clause', () => {
  it('reads the turned order as close wording', () => {
    expect(compareClaim('after the lock gates opened it was a free-for-all', 'It was a free-for-all after the lock gates opened').verdict).toBe('close');
    expect(compareClaim('when the tide turns the trawlers of brevik leave', 'We know the coast. The trawlers of Brevik leave when the tide turns.').verdict).toBe('close');
  });
  it('still tells a changed word or the clauses swapped', () => {
    expect(compareClaim('before the lock gates opened it was a free-for-all', 'It was a free-for-all after the lock gates opened').verdict).toBe('different');
    expect(compareClaim('when the trawlers leave the tide turns', 'The trawlers leave when the tide turns.').verdict).toBe('different');
  });
});
