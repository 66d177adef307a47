import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Writers vary the word for a commentator: "the expert" credited for a quote is the one person the text has
// just named with a commentator's role (researcher, economist, political scientist ...), when no one else is
// named since and no one else there has such a role.
describe('"the expert" for the commentator named just before', () => {
  it('gives it to a researcher named in the sentence before, the credit before or after the quote', () => {
    const before = ['Dana Pike, a researcher at the Coastal Institute, said Ostria would need to rethink its approach. "The embargo is badly weakened," the expert added.'];
    expect(speakerOf(before, 'badly weakened')).toBe('Dana Pike');
    const reported = ['Dana Pike, a researcher at the Coastal Institute, said Ostria would need to rethink its approach.', 'The expert added that the embargo was now "badly weakened".'];
    expect(speakerOf(reported, 'badly weakened')).toBe('Dana Pike');
  });

  it('gives it to one titled before the name in the paragraph before, a pronoun between', () => {
    const paragraphs = ['Economist Piet Halloran of the Varna Institute is more sceptical. The market, he points out, is tiny.', '"Every lender who handles this trade will be fined," the expert says.'];
    expect(speakerOf(paragraphs, 'Every lender')).toBe('Piet Halloran');
    expect(speakerOf(['Not everyone shares the mayor\'s hopes. Political scientist Ivo Rask thinks any boost will fade fast. "A ribbon cut is not a factory," the expert noted.'], 'not a factory')).toBe('Ivo Rask');
  });

  it('leaves it a description when two commentators are named, or someone else is named since', () => {
    const two = ['Dana Pike, a researcher at the Coastal Institute, and Omar Vell, an analyst at Fenwick Bank, both doubt the deal. "The embargo is badly weakened," the expert added.'];
    expect(speakerOf(two, 'badly weakened')).toBe('the expert');
    const since = ['Dana Pike, a researcher at the Coastal Institute, said Ostria would need to rethink. Governor Lars Omdal disagreed. "The embargo is badly weakened," the expert added.'];
    expect(speakerOf(since, 'badly weakened')).toBe('the expert');
    const surname = ['Dana Pike, a researcher at the Coastal Institute, spoke first.', 'Omdal disagreed. "The embargo is badly weakened," the expert added.'];
    expect(speakerOf(surname, 'badly weakened')).toBe('the expert');
  });

  it('leaves it a description when the one named just before has no commentator\'s role', () => {
    expect(speakerOf(['Mayor Lars Omdal said the port was busy.', '"The embargo is badly weakened," the expert added.'], 'badly weakened')).toBe('the expert');
  });
});
