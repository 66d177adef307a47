import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'a', '2024-03-01');

it('credits the one described at a quote to the name "The speaker, NAME," gives right after it', () => {
  const got = speakers([
    'The forum on river dredging ran long. "We cannot dredge our way out," said the first panellist, Hugo Marsh.',
    '"I would push back on that," said the second panellist. "Silt is the real cost, and nobody budgets for it." The speaker, Priya Talwar-Kent, an engineer who advises the port board, added that the barges were idle.',
  ]);
  expect(got.get('I would push')).toBe('Priya Talwar-Kent');
  expect(got.get('Silt is the')).toBe('Priya Talwar-Kent');
});

it('credits one described to the name the description itself gives right after the quote', () => {
  const got = speakers(['"The beach was closed by noon," said a lifeguard. The lifeguard, Tomas Brevik, had been on duty since dawn.']);
  expect(got.get('The beach was')).toBe('Tomas Brevik');
});

it('credits one described to "The researcher, NAME of the Institute," right after, with its own quote in that sentence', () => {
  const got = speakers(['A researcher at a university in Tartu told the paper that the strike was "a warning to every port". The researcher, Liis Tamm of the Baltic Labour Institute, said the dockers would want "a written guarantee" before they return.']);
  expect(got.get('a warning to')).toBe('Liis Tamm');
  expect(got.get('a written guarantee')).toBe('Liis Tamm');
  expect(speakers(['A researcher at a university in Tartu told the paper that the strike was "a warning to every port". The analyst, Liis Tamm of the Baltic Labour Institute, said it would end soon.']).get('a warning to')).toBe('a researcher at a university in Tartu');
});

it('credits one described whose quote ends a paragraph to the name "That planner, NAME," opening the next', () => {
  const said = 'A former navy planner I reached on Monday put it more sharply. "They are not renting an ally, they are renting a harbour," she said.';
  expect(speakers([said, 'That planner, Greta Lunde, now teaches at a naval college. "Every ship counts," Lunde said.']).get('They are not')).toBe('Greta Lunde');
  expect(speakers([`${said} Others disagreed.`, 'That planner, Greta Lunde, now teaches at a naval college.']).get('They are not')).toBe('a former navy planner');
  expect(speakers([said, 'The admiral, Greta Lunde, now teaches at a naval college.']).get('They are not')).toBe('a former navy planner');
  expect(speakers(['"They are not renting an ally," said Per Holm, a former navy planner.', 'That planner, Greta Lunde, now teaches at a naval college.']).get('They are not')).toBe('Per Holm');
});

it('does not read "The Speaker, NAME," (the office), another sentence between, or another role as the one quoted', () => {
  expect(speakers(['"The bill will not pass this week," said a Democratic aide. The Speaker, Nancy Corwell, has refused to schedule a vote.']).get('The bill will')).toBe('a Democratic aide');
  expect(speakers(['"I would push back on that," said the second panellist. Hugo Marsh disagreed. The speaker, Priya Talwar-Kent, an engineer, added that the barges were idle.']).get('I would push')).toBe('the second panellist');
  expect(speakers(['"I would push back on that," said the second panellist. The moderator, Priya Talwar-Kent, moved on to questions.']).get('I would push')).toBe('the second panellist');
  expect(speakers(['"We have waited long enough," said Aldo Ferrante. The speaker, Priya Talwar-Kent, a lawyer, then took the floor.']).get('We have waited')).toBe('Aldo Ferrante');
});
