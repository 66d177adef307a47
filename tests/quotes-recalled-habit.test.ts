import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { habitOfPronoun, possessedPersonIn } from '../src/quotes/recalled-habit.ts';

// Passages written for these tests: a habit's words recalled right after someone is brought in as someone's own.
const opening = 'Tomas Varga, 71, ran the signal box at Orlen junction for thirty years. We met him at his cottage.';
describe("a habit's words after a person brought in by a possessive are not the one remembering", () => {
  it('`NAME thought of his old teacher. He used to say, "..."` is no one, not NAME', () => {
    const paras = [opening, 'Varga thought of his old teacher at the railway school. He used to say, "A signal is a promise to a stranger."'];
    expect(speakerOf(paras, 'a promise to a stranger')).toBeNull();
  });
  it('inside an answer in the first person: `My first thought was of my mentor. He would tell us, "..."`', () => {
    const paras = [opening, 'My first thought was of my mentor. He would often tell us, "Never trust a green light you did not set."'];
    expect(speakerOf(paras, 'a green light you did not set')).toBeNull();
  });
  it('named after the possessive too: `his teacher, NAME2. He always said, "..."` is not NAME', () => {
    const paras = [opening, 'Varga remembered his teacher, Imre Halasz. He always said, "A signal is a promise to a stranger."'];
    expect(speakerOf(paras, 'a promise to a stranger')).not.toBe('Tomas Varga');
  });
  it('keeps the one remembering when the sentence before brings in no person: `NAME kept his lamp. He used to say, "..."`', () => {
    const paras = [opening, 'Varga kept his old lamp on the shelf. He used to say, "A signal is a promise to a stranger."'];
    expect(speakerOf(paras, 'a promise to a stranger')).toBe('Tomas Varga');
  });
  it('keeps the one speaking when the pronoun says, not recalls a habit: `NAME thought of his teacher. He said, "..."`', () => {
    const paras = [opening, 'Varga thought of his teacher at the railway school. He said, "A signal is a promise to a stranger."'];
    expect(speakerOf(paras, 'a promise to a stranger')).toBe('Tomas Varga');
  });
});

describe('the pieces', () => {
  it('reads a habit of speech opened by the pronoun', () => {
    expect(habitOfPronoun('He used to tell us, "..."', 'he')).toBe(true);
    expect(habitOfPronoun('She always said, "..."', 'she')).toBe(true);
    expect(habitOfPronoun('He said, "..."', 'he')).toBe(false);
    expect(habitOfPronoun('She used to say, "..."', 'he')).toBe(false);
  });
  it('reads a person brought in by a possessive, of no other sex', () => {
    expect(possessedPersonIn('Varga thought of his old teacher at the school.', 'm')).toBe(true);
    expect(possessedPersonIn('Varga visited his mother.', 'm')).toBe(false);
    expect(possessedPersonIn('Varga kept his old lamp on the shelf.', 'm')).toBe(false);
    expect(possessedPersonIn('Varga lost his job at the plant.', 'm')).toBe(false);
  });
});
