import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { readableWord } from '../src/quotes/damaged-letters.ts';

// Sentences written for these tests (invented people and places), their names written with the encoding damage
// of a UTF-8 text read back as Latin-1 (once, twice, then decomposed), as some scraped news texts carry it.

describe('a name holding encoding damage is read whole and given back as written', () => {
  it('"RenÃ©e Martell said": the damage of "é" inside a given name', () => {
    const got = speakersByQuote(['"The harbour must stay open to every boat," Ren\u00c3\u00a9e Martell said.']);
    expect(got.get('The harbour must stay open to every boat')).toBe('Ren\u00c3\u00a9e Martell');
  });

  it('read twice over (a control character between) and decomposed ("A" and a combining tilde)', () => {
    const twice = speakersByQuote(['"We have waited too long," said Luis de Ar\u00c3\u0083\u00c2\u00bada, a strategist in Pellin.']);
    expect(twice.get('We have waited too long')).toBe('Luis de Ar\u00c3\u0083\u00c2\u00bada');
    const decomposed = speakersByQuote(['"We have waited too long," said Luis de ArA\u0303\u0083A\u0302oda, a strategist in Pellin.']);
    expect(decomposed.get('We have waited too long')).toBe('Luis de ArA\u0303\u0083A\u0302oda');
  });

  it('a bare surname with the damage later in the article goes to the one named in full', () => {
    const got = speakersByQuote([
      'Tomas Varga\u00c3\u00b1o, the mayor of Pellin, said the port would reopen.',
      '"We have waited too long," Varga\u00c3\u00b1o added.',
    ]);
    expect(got.get('We have waited too long')).toBe('Tomas Varga\u00c3\u00b1o');
  });

  it('a decomposed fraction ("1⁄4" of "¼") and a decomposed spacing accent (a space and its mark) inside the word', () => {
    expect(speakersByQuote(['"We have waited too long," said Pia GA\u03031\u20444lmer.']).get('We have waited too long')).toBe('Pia GA\u03031\u20444lmer');
    expect(speakersByQuote(['"We have waited too long," said Pia S\u00c3\u00a9gol\u00c3 \u0308ne Vard.']).get('We have waited too long')).toBe('Pia S\u00c3\u00a9gol\u00c3 \u0308ne Vard');
  });

  it('a word closing on a control character (its damage cut it short) is not read as a name cut there', () => {
    const got = speakersByQuote(['Ivo Br\u00c3\u0083 nner, a councillor in Pellin, argued that towns must bear some noise. "Nobody sleeps here anyway," he said.']);
    expect(got.get('Nobody sleeps here anyway')).toBeNull();
  });
});

describe('readableWord', () => {
  it('reads the damage inside a capitalised word as letters, the same length', () => {
    const read = readableWord('Ren\u00c3\u00a9e');
    expect(read).not.toBeNull();
    expect(read!.length).toBe(6);
    expect(read).toMatch(/^Ren\p{Ll}\p{Ll}e$/u);
  });

  it('leaves a word in capitals, a word with no damage and a word all damage as written', () => {
    expect(readableWord('S\u00c3O')).toBeNull();
    expect(readableWord('Pellin')).toBeNull();
    expect(readableWord('\u00c3\u0083\u00c2')).toBeNull();
  });
});
