import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a father and son of a surname written with an accented letter ("Muñoz",
// "Garçon"), told apart by "the younger SURNAME": the epithet finds its bearers as it does for a plain surname.
describe('"the younger SURNAME" with an accented surname', () => {
  it('"His son, NAME, .... "...," the younger SURNAME added." (ñ)', () => {
    const paras = ['Tomás Muñoz, a retired judge, said the ruling was bad.', 'His son, Rafael Muñoz, who runs a bakery in Vigo, said the town was calm. "The streets were closed," he said.', '"Business is slow," the younger Muñoz added.'];
    expect(speakerOf(paras, 'Business is slow')).toBe('Rafael Muñoz');
  });
  it('"the elder SURNAME" (ç)', () => {
    const paras = ['Luc Garçon, a retired pilot, spoke first.', 'His son, Marc Garçon, who flies cargo jets, said the airport was calm. "Nothing moved," he said.', '"It was quieter in my day," the elder Garçon said.'];
    expect(speakerOf(paras, 'quieter in my day')).toBe('Luc Garçon');
  });
});
