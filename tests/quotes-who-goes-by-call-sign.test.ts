import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

it('names a described speaker by the call sign a "who goes by" clause gives, a comma after it', () => {
  const got = speakersByQuote([
    '"The nights are long here. Now it is official," said a driver who goes by the call sign Wren, meaning the bird, as unit rules allow soldiers to be named only by call signs.',
    'Back at the depot, Wren was cleaning a truck. Asked whether anything had changed, he shrugged. "The same mud," he said. "Write that down."',
  ]);
  expect(got.get('The nights are long here. Now it is official')).toBe('Wren');
  expect(got.get('The same mud')).toBe('Wren');
  expect(got.get('Write that down')).toBe('Wren');
});

it('leaves a described speaker described when the clause names no call sign', () => {
  const got = speakersByQuote(['"It is quiet," said a driver who goes by the road to Vell, as most do.']);
  expect(got.get('It is quiet')).not.toBe('Vell');
});
