import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a role set off after a name that closes on a body's acronym in brackets.
describe('"NAME, the head of the BODY (ACRONYM), reacted to ..., "..."" credits the name', () => {
  it('the acronym spelled by the body before it closes the role; the verb is no verb of saying', () => {
    const paras = ['Article 9 affirms: “No harbour shall turn away a ship in distress.” Tomas Vell, the Osterby Harbour Commissioner for Shipping (OHCS), reacted skeptically to the port deal, “[I am] concerned about any deal that sends every ship back.” He wants rules.'];
    expect(speakerOf(paras, 'concerned about any deal')).toBe('Tomas Vell');
  });
  it('a role with "of" before the body and its acronym', () => {
    const paras = ['Tomas Vell, the commissioner of the Osterby Harbour Board (OHB), turned to the port deal, “I am glad of any step that sends every ship home.” Others were less sure.'];
    expect(speakerOf(paras, 'glad of any step')).toBe('Tomas Vell');
  });
  it('letters in brackets the words before do not spell are left as they were (no one)', () => {
    const paras = ['Tomas Vell, the commissioner of the Osterby Harbour Board (XYZ), reacted to the port deal, “I am concerned about any deal that sends every ship back.” He wants rules.'];
    expect(speakerOf(paras, 'concerned about any deal')).toBeNull();
  });
});
