import { describe, expect, it } from 'vitest';
import { quoteOpeningWith, speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people, bodies and places).
describe('"maintaining a" thing is keeping it, not asserting', () => {
  it('gives a partial after "said the navy was maintaining a" to the one who said it', () => {
    const paras = ['Coast ministry spokesperson Lars Hove said the navy was maintaining a "steady watch on the straits."'];
    expect(speakerOf(paras, 'steady watch on the straits')).toBe('Lars Hove');
  });
  it('still reads "maintained that" and a credit after the quote as speech', () => {
    expect(speakerOf(['Ana Berg maintained that the harbour plan was "sound and paid for."'], 'sound and paid for')).toBe('Ana Berg');
    const q = quoteOpeningWith(['"We did nothing wrong," the Velden Port Authority maintained.']).get('We did nothing wrong');
    expect(q.speaker).toBe('the Velden Port Authority');
  });
});

describe('"according to" set off in the middle of a reported clause', () => {
  it('leaves a second that-clause joined by "and" with the speaker of the verb', () => {
    const paras = ['At the dinner, Ana Berg told Tom Lee that Norway had "stood firm" on the quotas, according to the state broadcaster, and that Oslo would "never forget the favour."'];
    expect(speakerOf(paras, 'never forget the favour')).toBe('Ana Berg');
    expect(speakerOf(paras, 'stood firm')).toBe('Ana Berg');
  });
  it('reads the comma inside the first quote\'s closing mark', () => {
    const paras = ['Ana Berg said that Norway would "stand firm," according to the broadcaster, and that it would "hold the line on quotas."'];
    expect(speakerOf(paras, 'hold the line on quotas')).toBe('Ana Berg');
  });
  it('gives a body named with "the" after an opening source the words it said', () => {
    const paras = ['According to Ana Berg, the Coast Guard said it was watching whether Norway would "cross the line" on quotas.'];
    expect(speakerOf(paras, 'cross the line')).toBe('the Coast Guard');
  });
});

describe('an acronym spelled out in brackets in narration', () => {
  it('names "the NFB" by what the report spelled it out as', () => {
    const paras = [
      'Norway is likely to land more cod this winter, the National Fisheries Board (NFB) told lawmakers on Thursday.',
      '"The catch will be large," the NFB was quoted as saying by one of them.',
    ];
    const q = quoteOpeningWith(paras).get('The catch will be large');
    expect(q.kind).toBe('organisation');
    expect(q.speaker).toMatch(/National Fisheries Board/u);
  });
});

describe('a firm named for handling, storing, trading or carrying goods', () => {
  it('reads "Fjord Bulk Handling" as a body', () => {
    const q = quoteOpeningWith(['Fjord Bulk Handling said in a short statement it had "no dealings with the buyers" at all.']).get('no dealings');
    expect(q.kind).toBe('organisation');
  });
  it('reads "Orrin Storage" and "Kell Trading" as bodies', () => {
    expect(quoteOpeningWith(['Orrin Storage said its silos were "full to the brim."']).get('full to the brim').kind).toBe('organisation');
    expect(quoteOpeningWith(['Kell Trading said the cargo was "already sold."']).get('already sold').kind).toBe('organisation');
  });
});

describe('a statement whose issuer was described before its name', () => {
  it('gives "The statement said" to the body "The state ... group NAME said in a statement" named', () => {
    const paras = ['The state shipbuilding group Varnholm-Yards said in a statement that it had "tripled" deliveries this year. The statement said the company stood "ready to keep building through the winter."'];
    expect(speakerOf(paras, 'ready to keep building through the winter')).toBe('Varnholm-Yards');
  });
});

describe('"His daughter" tells the gender of the one named just before', () => {
  it('gives "he said" to the father whose first name both sexes bear, past his named daughter', () => {
    const paras = [
      'Frank Moretti, 61, has run a lathe at the yard for 34 years. His daughter Gina, 33, paints hulls on the same shift.',
      '"When I started, we built two boats a year," he said.',
    ];
    expect(speakerOf(paras, 'we built two boats a year')).toBe('Frank Moretti');
  });
  it('leaves a "she" with no woman but the daughter to her', () => {
    const paras = [
      'Frank Moretti, 61, has run a lathe at the yard for 34 years. His daughter Gina, 33, paints hulls on the same shift.',
      '"I paint what he builds," she said.',
    ];
    expect(speakerOf(paras, 'I paint what he builds')).toBe('Gina');
  });
});

describe('a name, where the person works and a role set off before a verb that is not of saying', () => {
  it('gives the "she said" of the next paragraph to the one named', () => {
    const paras = [
      'Rep. Tom Hale of the ruling Harbour Party said the board had "detected signs" of trouble.',
      "Rep. Ana Berg of the main opposition Shore Party, the committee's ranking member, gave a more doubtful account of the briefing.",
      '"The board gave us nothing we can use today," she said.',
    ];
    expect(speakerOf(paras, 'gave us nothing we can use')).toBe('Ana Berg');
  });
});
