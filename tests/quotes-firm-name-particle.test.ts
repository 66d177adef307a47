import { expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests (invented firms and people): a firm's name that holds a lowercase particle
// between its capitalised words ("Serra Madeiras do Sul", "Huis van der Molen") is one name, the subject whole, not
// its last word; set off as "the local subsidiary of ...", it is a body, and "the company" after it means it.
const get = (paras: string[], start: string): { speaker?: string | null; kind?: string } => quoteOpeningWith(paras).get(start);

const subsidiary = (name: string): string[] => [
  '"Prices are nervous," said Clara Ventura, an analyst at Pampa Research.',
  `${name}, the local subsidiary of a Finnish mill, said in a written reply that its shipments were "on schedule" and that it had "no dealings at all" with the buyers named. "Our logs are legal and traced," the company said.`,
];

it('keeps a firm named with Portuguese "do" whole, a body, and "the company" after it is that firm', () => {
  const paras = subsidiary('Serra Madeiras do Sul');
  expect(get(paras, 'on schedule')).toEqual({ speaker: 'Serra Madeiras do Sul', kind: 'organisation' });
  expect(get(paras, 'no dealings at all')).toEqual({ speaker: 'Serra Madeiras do Sul', kind: 'organisation' });
  expect(get(paras, 'Our logs are legal')).toEqual({ speaker: 'Serra Madeiras do Sul', kind: 'organisation' });
});

it('so with the particles of other tongues ("de", "van der")', () => {
  for (const name of ['Serra Madeiras de Minas', 'Huis Timmer van der Molen']) {
    const paras = subsidiary(name);
    expect(get(paras, 'on schedule')).toEqual({ speaker: name, kind: 'organisation' });
    expect(get(paras, 'Our logs are legal')).toEqual({ speaker: name, kind: 'organisation' });
  }
});

it('reads no English "do" after a question\'s word as a particle', () => {
  const paras = ['Why do Finns buy so much timber? "Because we build," said Clara Ventura, an analyst at Pampa Research.'];
  expect(get(paras, 'Because we build').speaker).toBe('Clara Ventura');
});
