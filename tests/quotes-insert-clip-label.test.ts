import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and a programme: a radio transcript's played insert,
// labelled by its kind and the voice in capitals ("CLIP, NAME (TRANSLATED):"), its words wholly quoted.
const intro = [
  'This is a transcript of an interview broadcast on Harbour Tonight. Presenter: Tessa Morrow. Guest: Professor Ian Loft.',
  "TESSA MORROW: The Varn governor spoke after the talks. Here's part of his answer, translated.",
];
describe('a played insert labelled "CLIP, NAME:"', () => {
  it('the words are the voice the label names, a note in parentheses set aside', () => {
    const got = speakersByQuote([...intro, 'CLIP, PAVEL DORN (TRANSLATED): "The leader of Ostrel shows great interest in our ports. We will look at all of it, calmly."', 'IAN LOFT: I heard a man who wanted the neighbours to listen carefully.']);
    expect(got.get('The leader of Ostrel shows great interest in our ports. We will look at all of it, calmly')).toBe('Pavel Dorn');
    expect(got.get('I heard a man who wanted the neighbours to listen carefully')).toBe('Ian Loft');
  });
  it('"CLIP, NAME:" with no note, not the presenter who introduced the speaker', () => {
    const got = speakersByQuote([...intro, 'TESSA MORROW: The opposition spokesman, Graham Tull, went further.', 'CLIP, GRAHAM TULL: "This is a rogue governor arming a neighbour, and we should say so plainly."']);
    expect(got.get('This is a rogue governor arming a neighbour, and we should say so plainly')).toBe('Graham Tull');
  });
});
