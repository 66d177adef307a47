import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('gives the words after "a claim NAME rejected:" to the one rejecting, not the split quote\'s speaker', () => {
  const got = speakers(['"The bridge," Halvard Nyquist said, "will open in May," a claim Petra Osk disputed: "Not before winter."']);
  expect(got.get('The bridge')).toBe('Halvard Nyquist');
  expect(got.get('will open in May')).toBe('Halvard Nyquist');
  expect(got.get('Not before winter')).toBe('Petra Osk');
});

it('reads "which NAME denied:" after a credited statement the same way', () => {
  const got = speakers(['Halvard Nyquist said the bridge would open in May, which Petra Osk denied: "Not before winter."']);
  expect(got.get('Not before winter')).toBe('Petra Osk');
});

it('leaves a colon after a clause with no verb of answering to the sentence\'s credit', () => {
  const got = speakers(['"The bridge," Halvard Nyquist said, "will open in May," a date Petra Osk picked: "the fifth."']);
  expect(got.get('the fifth')).not.toBe('Petra Osk');
});
