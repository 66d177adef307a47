import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('reads a "who" clause of naming after a name and a role set off of up to six words', () => {
  const guest = (role: string): string => `The host is Jane Roe; her guest is Sir Tom Vale, ${role}, who has called the pact "a truce of convenience." It has been edited.`;
  expect(speakerOf([guest('a former Norland envoy to Oslo')], 'truce of convenience')).toBe('Sir Tom Vale');
  expect(speakerOf([guest('an envoy from Norland to Oslo')], 'truce of convenience')).toBe('Sir Tom Vale');
});
