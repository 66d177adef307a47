import { expect, it } from 'vitest';
import { selfDescribedAntecedent } from '../src/quotes/self-described.ts';
import { speakerOf } from './helpers/quotes.ts';

// A diarist meets someone only described, who describes himself in a "who" clause; the words and the "she said"
// after are that person's, not the writer's nor anyone named before.
const supper = [
  'The inn by the pier fills up every June. Its owner, Ivo Brandt, keeps the best room for regulars. "They tip," he said.',
  'At supper I shared a bench with a woman in a green coat who described herself as "in shipping." When I asked which firm, she laughed. "The kind with no office," she said, and went back to her soup.',
];

it('reads the description before a "who" clause of self-description', () => {
  expect(selfDescribedAntecedent('At supper I shared a bench with a woman in a green coat who described herself as ')).toBe('a woman in a green coat');
  expect(selfDescribedAntecedent('At supper I met a trader who introduced himself as ')).toBe('a trader');
  // Another's words about someone else are not read so.
  expect(selfDescribedAntecedent('At supper I met a trader who described the plan as ')).toBeNull();
});

it('gives the self-description and the pronoun after it to the one described', () => {
  expect(speakerOf(supper, 'in shipping')).toBe('a woman in a green coat');
  expect(speakerOf(supper, 'The kind with no office')).toBe('a woman in a green coat');
});
