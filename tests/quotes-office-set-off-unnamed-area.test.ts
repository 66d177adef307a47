import { expect, it } from 'vitest';
import { officeNounsSetOff } from '../src/quotes/office-set-off.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Session 56 (w5): an office noun no dictionary knows, set off beside a name as the office over an area told without
// its name ("the vardar of a district near the river"), is that person's title in the document, as over a named one.

it('learns an office over an unnamed area, and ties "the OFFICE said" to its holder', () => {
  expect([...officeNounsSetOff(['Ivo Lask, the gorvan of a district near the river, said', 'the vardar of a rural province, Oleg Brun, said'])].sort()).toEqual(['gorvan', 'vardar']);
  const got = speakersByQuote([
    'In Tarsk the mood was calmer. Timur Rashidovich Abenov, the vardar of a district near the river, which is an appointed post, said traders cared about flour.',
    '"People ask me about bread, not about rockets," the vardar said.',
  ]);
  expect(got.get('People ask me about bread, not about rockets')).toBe('Timur Rashidovich Abenov');
});

it('learns no known noun, and no noun over no area', () => {
  expect([...officeNounsSetOff(['Ivo Lask, the mayor of a district near the river, said', 'Ivo Lask, the gorvan of a hundred sheep, said'])]).toEqual([]);
});
