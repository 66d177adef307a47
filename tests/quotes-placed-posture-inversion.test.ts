import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a phrase of place put first, a verb of posture, then the one placed there
// named after it ("At the back stood Tom Hale."): that one is the sentence's subject, the "he said" after it.
describe('"At the back stood NAME." then "he said"', () => {
  it('"At the back stood"', () => {
    const paras = ['The hall was full by seven.', 'At the back of the hall stood Tom Hale, a retired pilot.', '"Nobody told us a thing," he said.'];
    expect(speakerOf(paras, 'Nobody told us')).toBe('Tom Hale');
  });

  it('"In the second row sat"', () => {
    const paras = ['In the second row sat Lena Hart.', '"He asked me why the man looked so happy," she said.'];
    expect(speakerOf(paras, 'looked so happy')).toBe('Lena Hart');
  });

  it('"Under the awning waited"', () => {
    const paras = ['Under the old awning waited Ida Roe, a baker.', '"We come every week," she said.'];
    expect(speakerOf(paras, 'every week')).toBe('Ida Roe');
  });
});
