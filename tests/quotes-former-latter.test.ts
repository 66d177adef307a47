import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads "the latter" and "the former" as the second and first of two people just named together', () => {
  const got = speakers([
    'The finalists, Dagny Holt and Inga Sorby, met the press after the match. "I was lucky today," the latter said.',
    'The two architects, Piet Vaal and Joris Mink, disagreed about the roof. "It will leak," the former said.',
  ]);
  expect(got.get('I was lucky today')).toBe('Inga Sorby');
  expect(got.get('It will leak')).toBe('Piet Vaal');
});

it('credits no one with "the latter" when no pair was named', () => {
  const got = speakers(['The mayor spoke first. "We will rebuild," the latter said.']);
  expect(got.get('We will rebuild')).toBeNull();
});

it('reads "the latter" and "the former" of two bare surnames opening clauses joined by "and"', () => {
  const got = speakers([
    'Ola Holmberg, 61, ran the ferry for thirty years. Per Sandvik, 48, sells its tickets.',
    'Asked what the strike meant, Holmberg talked about boats and Sandvik about money. The latter, who still keeps the ferry tickets in a tin, called it "a very expensive quarrel."',
    'Holmberg kept the boat and Sandvik sold his share. The former puts it bluntly: "I would do it again."',
  ]);
  expect(got.get('a very expensive quarrel')).toBe('Per Sandvik');
  expect(got.get('I would do it again')).toBe('Ola Holmberg');
});

it('takes no bare pair whose words the text never gave a person', () => {
  const got = speakers([
    'The ferry strike went into its third week.',
    'Vessby voted for the plan and Kessland against it. The latter, which runs the port, called it "a very expensive quarrel."',
  ]);
  expect(got.get('a very expensive quarrel')).toBeNull();
});

it('reads "the latter" and "the former" as the second and first of exactly two people one sentence names, however joined', () => {
  const got = speakers([
    'Mara Kellow met Tobin Straade on Tuesday in Verlund. "We agreed on almost nothing," the latter said.',
    'Ansel Drummer greeted Oda Venn at the quay, and the former told reporters: "She is late again."',
  ]);
  expect(got.get('We agreed on almost nothing')).toBe('Tobin Straade');
  expect(got.get('She is late again')).toBe('Ansel Drummer');
});

it('credits no one with "the former" when the sentence it points back to names three people, or one', () => {
  const got = speakers([
    'Ilse Varga and Peter Domm spoke to Anna Brisk at the fair. "It was cold," the former said.',
    'The finalists, Dagny Holt and Inga Sorby, met the press. Coach Ivo Brandt watched from the back. "We were lucky," the latter said.',
  ]);
  expect(got.get('It was cold')).toBeNull();
  expect(got.get('We were lucky')).toBeNull();
});
