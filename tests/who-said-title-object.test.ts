import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';
import { roleHoldsTitle } from '../src/quotes/who-said.ts';

// An article written for these tests, with invented people: a professor and a student of the same surname, the
// student's role naming the professor ("no relation to the professor").
const article = doc('lab-release', '2024-11-05', [
  'Professor Ilse Brandvold, who runs the harbour sediment programme, says the survey changed the field.',
  '"A diver with a cheap camera now sees what only navies saw," says Professor Brandvold.',
  'Tobias Brandvold, a first-year doctoral student in the group (and no relation to the professor), has logged the cores.',
  'Asked about the shared surname, the student grins. "The mail desk gave up. I get her invoices, she gets my bike fines."',
]);
const ask = whoSaidOver(article);

describe('who-said: a title typed with a surname means the namesake holding it, not one whose role only names it', () => {
  it('"professor brandvold" is not confirmed for the student whose role says "no relation to the professor"', () => {
    const a = ask('did professor brandvold say the mail desk gave up');
    expect(a.matches[0]).toMatchObject({ speaker: 'Tobias Brandvold', verdict: 'same', speakerMatches: false });
  });
  it('the professor and the bare surname are still confirmed', () => {
    expect(ask('professor brandvold said a diver with a cheap camera now sees what only navies saw').matches[0]).toMatchObject({ speaker: 'Ilse Brandvold', speakerMatches: true });
    expect(ask('brandvold said the mail desk gave up').matches[0]).toMatchObject({ speaker: 'Tobias Brandvold', speakerMatches: true });
  });
  it('roleHoldsTitle reads the title as the holder\'s own, not as a preposition\'s object', () => {
    expect(roleHoldsTitle('Professor', ['professor', 'prof'])).toBe(true);
    expect(roleHoldsTitle('a visiting professor of geology', ['professor', 'prof'])).toBe(true);
    expect(roleHoldsTitle('a student (no relation to the professor)', ['professor', 'prof'])).toBe(false);
    expect(roleHoldsTitle('an aide to the senator', ['senator', 'sen'])).toBe(false);
    expect(roleHoldsTitle("the professor's assistant", ['professor', 'prof'])).toBe(false);
  });
});

// A second article, invented: a ship's master shown with his rank abbreviated, and his wife, quoted more often.
const ship = doc('ferry-wives', '2024-11-06', [
  'Capt. Rune Holt, 51, master of a coastal ferry, said the crew were calm. "We carry salt, not rifles," Holt said.',
  'In Molde, his wife, Liv Holt, said she read the news every night. "I keep the radio on until he calls," she said.',
  'Back home, Liv Holt said she would bake for the crew. "That is all I can do. The rest is up to the weather," she said.',
]);
const askShip = whoSaidOver(ship);

describe('who-said: a rank typed with a surname means the namesake the text gives that rank, abbreviated or not', () => {
  it('"captain holt" is not confirmed for his wife\'s words', () => {
    expect(askShip('did captain holt say that is all i can do').matches[0]).toMatchObject({ speaker: 'Liv Holt', speakerMatches: false });
  });
  it('"captain holt" is confirmed for the master\'s words', () => {
    expect(askShip('captain holt said we carry salt, not rifles').matches[0]).toMatchObject({ speaker: 'Rune Holt', speakerMatches: true });
  });
});
