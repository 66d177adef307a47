import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

// Passages invented for these tests (an invented farmers' council, ministry and chair).
it('credits the body the next sentence says issued the statement', () => {
  const got = speakers([
    'The new levy on grain was condemned within hours.',
    '"No farmer in this valley will pay it," the statement said.',
    "It was issued by the Marrow Valley Farmers' Council, which speaks for some 4,000 growers.",
  ]);
  expect(got.get('No farmer in this valley will pay it')).toBe("the Marrow Valley Farmers' Council");
});

it('credits a person named in full who released it, in the same paragraph', () => {
  const got = speakers(['"We will fight the levy in every court," the statement said. The statement was released on Monday by Vera Lund, the council\'s chair.']);
  expect(got.get('We will fight the levy in every court')).toBe('Vera Lund');
});

it('gives no one when the credit sentence names something else "It" may mean', () => {
  const got = speakers(['"No farmer will pay it," the statement on the levy said.', 'It was issued by the Tarvish Ministry of Farms in March.']);
  expect(got.get('No farmer will pay it')).toBeNull();
});

it('gives no one when the issuer is told only further on', () => {
  const got = speakers(['"No farmer will pay it," the statement said.', 'The levy takes effect in May.', 'It was issued by the Tarvish Ministry of Farms.']);
  expect(got.get('No farmer will pay it')).toBeNull();
});
