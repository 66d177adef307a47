import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('reads "the younger Mr NAME" as the son the text brought in by first name alone', () => {
  const paras = [
    "'The rent has doubled,' said Mr Alan Threlfall, 61, who runs the bait shop.",
    "His son, Owen, who mends the nets, was calmer. 'We will manage somehow,' said the younger Mr Threlfall, 34.",
  ];
  expect(speakerOf(paras, 'We will manage somehow')).toBe('Owen Threlfall');
});

it('does not make another man\'s son the younger bearer of the name', () => {
  const paras = [
    "'The rent has doubled,' said Mr Alan Threlfall, 61, who runs the bait shop.",
    "Councillor Piers Wragg disagreed. His son, Owen, mends the nets.",
    "'We will manage somehow,' said the younger Mr Threlfall.",
  ];
  expect(speakerOf(paras, 'We will manage somehow')).not.toBe('Owen Threlfall');
});
