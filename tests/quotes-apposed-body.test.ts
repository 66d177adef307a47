import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a body named once with what it is set off after its name ("Kvist
// Marine, a Bergen shipbuilder,"), then called by that noun alone ("The shipbuilder also said").

describe('a body called later by the noun set off after its name', () => {
  it('"the group" a paragraph after "NAME, an Oslo-based monitoring group," named only in passing', () => {
    const text = [
      'A researcher at the Nordic Fisheries Watch, an Oslo-based monitoring group, counted at least three trawlers had switched off their transponders in August. "When a boat goes dark for a week, you know why," the researcher, Ada Lunde, said.',
      'The group said in a report last week that it had "seen no sign of the practice easing".',
    ];
    expect(speakerOf(text, 'seen no sign')).toBe('Nordic Fisheries Watch');
  });

  it('"The shipbuilder also said" after "NAME, a Bergen shipbuilder, said"', () => {
    const text = ['Kvist Marine, a Bergen shipbuilder, said the orders were "the best in a decade". The shipbuilder also said it would "hire two hundred welders".'];
    expect(speakerOf(text, 'two hundred welders')).toBe('Kvist Marine');
  });

  it('two bodies so described with that noun: neither', () => {
    const text = [
      'Kvist Marine, a Bergen shipbuilder, and Holm Yards, a Stavanger shipbuilder, both won orders this week.',
      'The shipbuilder said it would "hire two hundred welders".',
    ];
    expect(speakerOf(text, 'two hundred welders')).not.toBe('Kvist Marine');
    expect(speakerOf(text, 'two hundred welders')).not.toBe('Holm Yards');
  });

  it('a noun set off after the name more than two paragraphs back ties nothing', () => {
    const text = [
      'Kvist Marine, a Bergen shipbuilder, won the ferry order on Monday.',
      'The ferries will run from 2026.',
      'Crews have been trained in Tromsø.',
      'Unions welcomed the news.',
      'The shipbuilder said it would "hire two hundred welders".',
    ];
    expect(speakerOf(text, 'two hundred welders')).not.toBe('Kvist Marine');
  });
});
