import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('never gives "he" to the last speaker after "the elder X" set apart one of two people named X', () => {
  const got = speakers([
    'Ron Fairley, 84, has farmed the valley since 1962. His son, Mark Fairley, runs the dairy now.',
    '"Dad worries more than he needs to," Mark said. "The prices will come back."',
    'The elder Fairley shrugged. "Maybe," he said. "I have heard that before."',
  ]);
  expect(got.get('Dad worries')).toBe('Mark Fairley');
  expect(got.get('Maybe')).not.toBe('Mark Fairley');
});

it('never gives "he" to the last speaker across a sentence whose "to X, who ..." brings in another man', () => {
  const got = speakers([
    '"The canal is silting up," said Ian Brodie, a lock keeper.',
    'We handed the microphone to Colin, who has moored here for forty years.',
    '"Nobody dredges any more," he said.',
  ]);
  expect(got.get('The canal is')).toBe('Ian Brodie');
  expect(got.get('Nobody dredges')).not.toBe('Ian Brodie');
});
