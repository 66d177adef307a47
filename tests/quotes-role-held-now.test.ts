import { expect, it } from 'vitest';
import { heldNow } from '../src/quotes/role-fit.ts';
import { speakerOf } from './helpers/quotes.ts';

it('ties "the envoy" to one whose apposition says he left one post and now holds that one', () => {
  const paragraphs = [
    'Pavel Ordin, a former ambassador to Tessa who is now the special envoy for the talks, arrived on Monday.',
    '"The talks will be long," the former ambassador said.',
    '"We have time," the envoy added.',
  ];
  expect(speakerOf(paragraphs, 'talks will be long')).toBe('Pavel Ordin');
  expect(speakerOf(paragraphs, 'We have time')).toBe('Pavel Ordin');
  expect(speakerOf(['Pavel Ordin, a former ambassador to Tessa and now the special envoy, arrived on Monday.', '"The talks will be long," the envoy said.'], 'talks will be long')).toBe('Pavel Ordin');
});

it('leaves a role given only as a former one, or a different role word, untied', () => {
  expect(speakerOf(['Pavel Ordin, a former ambassador to Tessa and former envoy, arrived on Monday.', '"The talks will be long," the envoy said.'], 'talks will be long')).not.toBe('Pavel Ordin');
  expect(speakerOf(['Pavel Ordin, the special envoy for the talks, arrived on Monday.', '"The talks will be long," the former ambassador said.'], 'talks will be long')).not.toBe('Pavel Ordin');
  expect(heldNow('a former ambassador who is now the special envoy', 'envoy')).toBe(true);
  expect(heldNow('a former ambassador who is now the special envoy', 'ambassador')).toBe(false);
  expect(heldNow('a former envoy who is now a retired teacher', 'teacher')).toBe(false);
});
