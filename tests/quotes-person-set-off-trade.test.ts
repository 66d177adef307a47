import { expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests (invented people and firms): a name of common words ("Tarn Bellow") set off
// with a person's noun or an age is a person's, even a noun a firm shares ("a violin maker"); a name with a
// firm's own mark ("Bellow Instruments") set off so is a firm's.
const get = (paras: string[], start: string): { speaker?: string | null; kind?: string } => quoteOpeningWith(paras).get(start);

it('keeps "Tarn Bellow, a violin maker, said ..." a person', () => {
  expect(get(['Tarn Bellow, a violin maker, said the wood was "too wet this year".'], 'too wet')).toEqual({ speaker: 'Tarn Bellow', kind: 'person' });
  expect(get(['Tarn Bellow, a violin maker, said: "The wood is too wet this year."'], 'The wood is')).toEqual({ speaker: 'Tarn Bellow', kind: 'person' });
  expect(get(['Tarn Bellow, a carpenter, said the wood was "too wet this year".'], 'too wet')).toEqual({ speaker: 'Tarn Bellow', kind: 'person' });
  expect(get(['Tarn Bellow, 54, said the wood was "too wet this year". "It rains," Bellow said.'], 'It rains')).toEqual({ speaker: 'Tarn Bellow', kind: 'person' });
});

it('keeps "Bellow Instruments, a violin maker, said ..." a body, its first word no verb', () => {
  expect(get(['Bellow Instruments, a violin maker, said the wood was "too wet this year".'], 'too wet')).toEqual({ speaker: 'Bellow Instruments', kind: 'organisation' });
  expect(get(['Bellow Instruments, a violin maker, said: "The wood is too wet this year."'], 'The wood is')).toEqual({ speaker: 'Bellow Instruments', kind: 'organisation' });
});
