import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('reads a name as the subject past "later Thursday", "earlier Tuesday" before its verb of saying', () => {
  expect(speakerOf(['Ivo Rask later Thursday told the harbour radio: "The ferries will run again by May."'], 'ferries will run')).toBe('Ivo Rask');
  expect(speakerOf(['Mara Olsen earlier Tuesday told reporters: "The yard stays open."'], 'yard stays')).toBe('Mara Olsen');
});

it('not a body described in lowercase before it', () => {
  expect(speakerOf(['The union later Thursday told the harbour radio: "The ferries will run again by May."'], 'ferries will run')).not.toBe('Thursday');
});
