import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "NAME1, NAME2 and NAME3 wrote:": the pair joined by "and" closes a list of three, whose last two are not the
// speakers; a list is left uncredited, as after an inverted verb (`joint-names.ts` jointNamesAt).

it('credits no one, not the last two, of three people listed as the subject', () => {
  const s = speakerOf(['Greta Holm, Pavel Dusek and Nadia Ferro wrote: "Rents will fall by spring."'], 'Rents will fall');
  expect(s).toBeNull();
});

it('still credits two people named in full as their pair, past a fronted place', () => {
  const s = speakerOf(['In Tarn, Pavel Dusek and Nadia Ferro wrote: "Rents will fall by spring."'], 'Rents will fall');
  expect(s).toBe('Pavel Dusek and Nadia Ferro');
});
