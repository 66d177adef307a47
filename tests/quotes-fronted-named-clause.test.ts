import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { frontedClauseSetAside, mainClauseAfterFronted } from '../src/quotes/fronted-named-clause.ts';

const scene = 'The harbour board of Verlund met on Monday.';

it('gives a "he said" after a sentence opening on a subordinate clause to the main clause\'s subject, not the clause\'s', () => {
  expect(speakerOf([scene, 'Since Tobin Straade took office, Piet Vaal has said little. "It is busy," he said.'], 'It is busy')).toBe('Piet Vaal');
  expect(speakerOf([scene, 'While Tobin Straade spoke, Piet Vaal shook his head. "He is wrong," he said.'], 'He is wrong')).toBe('Piet Vaal');
  expect(speakerOf([scene, 'Although Tobin Straade objected, Piet Vaal pressed on. "It is a record," he said.'], 'It is a record')).toBe('Piet Vaal');
});

it('reads a clause of time or cause that names no one as no part of the subject, "Since" as "When" is', () => {
  expect(speakerOf([scene, 'Since the port opened, Piet Vaal has said little. "It is busy again," he said.'], 'It is busy again')).toBe('Piet Vaal');
});

it('leaves the pronoun to no one when the main clause points at the clause\'s person by a pronoun', () => {
  expect(speakerOf([scene, 'When Tobin Straade arrived, Piet Vaal handed him the keys. "Thanks," he said.'], 'Thanks')).toBeNull();
});

it('finds the main clause only after a comma-closed clause and before a full name and its verb', () => {
  expect(mainClauseAfterFronted('Since Tobin Straade took office, Piet Vaal has said little.')).toBe('Since Tobin Straade took office, '.length);
  expect(mainClauseAfterFronted('As Tobin Straade put it, Piet Vaal was late.')).toBe(-1);
  expect(mainClauseAfterFronted('When Tobin Straade arrived, the mayor left.')).toBe(-1);
  expect(mainClauseAfterFronted('When the ferry came, Straade, Vaal and Kellow left.')).toBe(-1);
  expect(frontedClauseSetAside('When Tobin Straade arrived, Piet Vaal greeted him.', 'When Tobin Straade arrived, '.length)).toBe(false);
});
