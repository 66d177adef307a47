/**
 * escapeText's shortcut (text with nothing Markdown or a mention reacts to is shown as it is) gives what the
 * full escape gives, on random text made of the characters that matter and ordinary ones.
 */
import { escapeMarkdown } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, neutraliseMentions } from '../src/discord/render.ts';

/** The escape without the shortcut, as render.ts writes it. */
function fullEscape(text: string): string {
  const md = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return neutraliseMentions(md.replace(/^(\s*)>/gm, '$1\\>'));
}

const pieces = ['a', 'Kim', ' ', '  ', '\n', '\r\n', '\t', '1', '12', '.', '-', '+', '*', '**', '_', '__', '~', '~~', '|', '||', '`', '```', '#', '## ', '>', '> ', '[', ']', '(', ')', '[x](y)', '@', '@everyone', '@here', '<', '<@1>', '<#2>', '\\', 'https://x.org/a_b*c', '<:e:1>', '"', '\u2028', '—'];

describe('escapeText', () => {
  it('equals the full escape on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(escapeText(text)).toBe(fullEscape(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals the full escape on any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => {
      expect(escapeText(text)).toBe(fullEscape(text));
    }), { numRuns: 3000 });
  });

  it('leaves plain news text as it is, and still escapes what needs it', () => {
    expect(escapeText('Kim Jong-un arrived at the Vostochny spaceport on 13 September 2023.')).toBe('Kim Jong-un arrived at the Vostochny spaceport on 13 September 2023.');
    expect(escapeText('- a list\n2. item')).toBe(fullEscape('- a list\n2. item'));
    expect(escapeText('- a list')).not.toBe('- a list');
    expect(escapeText('ping @everyone')).not.toBe('ping @everyone');
  });
});
