import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('does not give "they told the Board that ..." to the Board', () => {
  const paragraphs = [
    'The Board visited two ports in March and met inspectors from the coastguard there. They told the Board that the cargo manifests were "plainly incomplete".',
  ];
  expect(speakerOf(paragraphs, 'plainly incomplete')).not.toBe('the Board');
});

it('still gives "they told reporters" to the body named before', () => {
  const paragraphs = ['The Harbour Authority published its figures on Monday. They told reporters that traffic was "up sharply".'];
  expect(speakerOf(paragraphs, 'up sharply')).toBe('the Harbour Authority');
});
