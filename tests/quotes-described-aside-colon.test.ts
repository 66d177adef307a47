import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('credits one described past an aside set off before a verb closing on the colon', () => {
  const paras = [
    'The pilots of Tarnby were wary. A Danish harbour official, likewise anonymous, puts it more plainly: "We count the boats."',
    'Several skippers compared notes. One of them, a Norwegian fisherman who asked not to be named, put it this way: "The fish do not read treaties."',
  ];
  expect(speakerOf(paras, 'We count the boats')).toBe('a Danish harbour official');
  expect(speakerOf(paras, 'The fish do not read treaties')).toBe("a Norwegian fisherman");
});
