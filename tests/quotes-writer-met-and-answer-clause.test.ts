import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('credits the named subject, not the one asking, when a clause of time tells the question before the colon', () => {
  const got = speakers([
    'Mara Lind said it herself when a reporter asked whether the ferry would keep running: "That is why we bought two boats."',
    'The harbour master smiled when a reporter asked about the storm: "We have seen worse."',
    'The hall fell silent when a reporter asked: "Where did the money go?"',
  ]);
  expect(got.get('That is why we bought')).toBe('Mara Lind');
  expect(got.get('We have seen worse')).toBe('the harbour master');
  expect(got.get('Where did the money go')).toBe('a reporter');
});

it('sets up the one the writer met or spoke to, past a time after the verb, a fronted place and a description before the name', () => {
  const got = speakers([
    'I spoke this morning to a retired Norwegian pilot, Ivo Brask, who flew the island route for years. He told me, "The wind decides, not the timetable."',
    'And at a bus stop I met a nurse, Edda Vinter, who said she had seen the news at work. "It looked like a storm warning," she said.',
  ]);
  expect(got.get('The wind decides')).toBe('Ivo Brask');
  expect(got.get('It looked like a storm')).toBe('Edda Vinter');
});
