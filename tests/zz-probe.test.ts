import { it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
const cases: [string[], string][] = [
  [['The county counted its votes on Monday.', 'Ivo Tamm, the spokesman for the county party said in a statement. “There are no paper ballots to count. The vote was fair.”'], 'no paper ballots'],
  [['The county counted its votes on Monday.', 'Ivo Tamm, a spokesman for the county party, said in a statement on Monday. “There are no paper ballots to count. The vote was fair.”'], 'no paper ballots'],
  [['Ivo Tamm spoke in Tartu.', '“He calls me small. I admit he is taller,” Tamm said Sunday in Tartu as the crowd roared. “Which is why I don’t understand his shoes.”'], 'his shoes'],
  [['Ivo Tamm came to the hall.', 'Nobody knows what the plan means, since Tamm spoke only in vague phrases during the interview. “We have to do something about the port.” “We have to be a lot tougher.” “We are not fighting hard enough.”'], 'a lot tougher'],
  [['The fire started at night.', '“There never was a stand-down order,” said the fire chief, Ivo Tamm, speaking publicly for the first time. “At no time did I doubt that the crew would go.”'], 'At no time'],
  [['The deal was signed.', 'Mara Lind, the county’s chief auditor, reacted skeptically to the deal, “I am concerned about any agreement that sends everyone back without a hearing.”'], 'concerned about any'],
  [['The course was sold.', 'In selling the course, Ivo Tamm released a video that said, “We are going to have teachers that are absolutely terrific.”'], 'absolutely terrific'],
  [['The vote was close.', 'Mara Lind, the party chair, said on Monday: “We will count again.”', '“Every ballot will be seen by two people. Nobody will be left out.”'], 'Every ballot'],
  [['The vote was close.', 'Mara Lind said the result was a “very welcome surprise,” she said. “There is a clear need for the council to act now, and there was intense debate about it.”'], 'clear need'],
  [['The vote was close.', '“We thought only Kask was careless,” said Ivo Tamm, who wrote a book on the mayor. Kask “kind of misspoke. This is not something he should talk about in public.”'], 'kind of misspoke'],
  [['The bank met.', 'Senator Ivo Tamm, the Tartu Republican who heads the banking committee, said Ms. Lind’s donations “call into question the political independence” of the bank.'], 'political independence'],
  [['The race went on.', 'Mara Lind, a former candidate for governor who now runs a shipping firm, labeled Mr. Kask “unfit to be mayor.”'], 'unfit to be'],
  [['The race went on.', 'Kask credited Lind’s victory to “a closed primary, something I am not all that enthusiastic about.”'], 'closed primary'],
  [['The race went on.', 'Mayor Mara Lind, also campaigning in Tartu, said Kask is responsible for his rallies and accused him of “inciting violent behavior that I think is very dangerous.”'], 'inciting violent'],
  [['The race went on.', 'Mara Lind said on Monday that the plan goes “nowhere near far enough.”'], 'nowhere near'],
  [['The race went on.', 'Mara Lind, the mayor of Tartu, on Saturday criticized the port deal, saying the agreement goes “nowhere near far enough.”'], 'nowhere near'],
  [['The race went on.', 'A fundraising email sent out by Lind on Tuesday warned of the fight ahead: “There are 14 votes over the next three weeks, and you can be certain of it.”'], '14 votes'],
  [['The race went on.', 'Mara Lind touted her record as a sponsor of the law. “We need to find ways to support workers in their workplace.”'], 'support workers'],
];
it('probe', () => {
  for (const [p, c] of cases) console.log(JSON.stringify(c), '=>', speakerOf(p, c));
});
