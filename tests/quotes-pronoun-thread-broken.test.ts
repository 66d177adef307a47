import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places. A paragraph's narration may run on "he"
// or "she" before someone of no known sex comes in ("What she found, she says, was ... Kim asked ..."), and a
// later pronoun then goes on with the one it meant; but only when nobody else the pronoun may mean is named
// between that thread and the newcomer.
describe('a pronoun thread is the one person\'s only when no one else comes between', () => {
  it('a live blog\'s "He concluded" of one candidate does not carry a later "he" past the governor to another', () => {
    const got = speakersByQuote([
      [
        'But Peter Hollis went further, embracing his name as the most generous candidate when it comes to farming.',
        '"There are farmers who will lose everything, and I do not want that to happen," Hollis said.',
        'He concluded by hinting that some public money would be needed for the poorest farms.',
        'Robert Vance apparently thinks so, too.',
        'Hollis drew a laugh when Vance was talking about his canal plan.',
        '"Since Peter liked that, I will say I have somebody in mind to dig it," Vance said.',
        '9:05 PM Decker: Closing The Old Locks Is Not What Farmers Want',
        'James Decker said Saturday that the old locks were not in the way of the new canal.',
        'The Vermont governor said the state needs a new canal, but that he would not support closing the old locks.',
        '"I could not even imagine closing them," he said.',
      ].join('\n'),
    ]);
    expect(got.get('Since Peter liked that, I will say I have somebody in mind to dig it')).toBe('Robert Vance');
    expect(got.get('I could not even imagine closing them')).not.toBe('Robert Vance');
    expect(got.get('I could not even imagine closing them')).not.toBe('Peter Hollis');
  });
  it('the thread still carries the pronoun past one of no known sex when no one else comes between', () => {
    const got = speakersByQuote([
      'Few people have worked closer to the two envoys than Marta Ilves. For nine years she has translated Finnish for the ministry, and she was in the room, she says, when Sato first met Koivu in Turku.',
      'She remembers that meeting better than the later ones. "In Turku everyone was tense," Ilves told me over coffee in Tampere. "Nobody knew what Sato would be like."',
      'What she noticed, she says, was a patient man. Sato asked about the harbour before anything else. "He wanted to know how deep the water was," she recalled.',
    ]);
    expect(got.get('He wanted to know how deep the water was')).toBe('Marta Ilves');
  });
});
