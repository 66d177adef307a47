import { commandName, type Command, type OptionValues } from '../command.ts';
import { renderReply } from '../discord/command-reply.ts';
import type { Engine } from '../engine/engine.ts';

/**
 * Works out a few dozen replies and drops them before the first interaction, within `budgetMs`: the engine's
 * and the renderer's code is then compiled, and what an engine makes on first need (the who-said postings
 * and the lists of the look-up across quotation marks, the grammar and WordNet data of the quote check, the
 * whole-corpus summary) is made. A cold process works out its first answers about twice as slowly (measured at 1,000 articles: 1.23 ms an /ask cold, 0.47 ms warm),
 * which is when a burst that comes right after a start needs them fastest. The questions come from the
 * corpus itself (words of passages spread across it, its speakers), so they suit any corpus. Returns how many
 * replies it worked out.
 */
export function warmUp(engine: Engine, commands: readonly Command[], budgetMs = 300): number {
  const byName = new Map(commands.filter((c) => !c.mainThreadOnly).map((c) => [commandName(c), c]));
  let tries: [string, OptionValues][];
  try {
    tries = warmUpQueries(engine);
  } catch {
    // An engine that cannot say its passages or speakers answers nothing either: nothing to warm.
    return 0;
  }
  const end = performance.now() + budgetMs;
  let done = 0;
  for (const [name, options] of tries) {
    if (performance.now() >= end) break;
    const command = byName.get(name);
    if (!command) continue;
    try {
      const answer = command.run({ engine, commands }, options);
      // A command that answers later (none of the read-only ones does) is not waited for.
      if (answer instanceof Promise) answer.catch(() => undefined);
      else renderReply(answer, { command: name, options, userId: '0', page: 0, paged: Boolean(command.paged) });
      done++;
    } catch {
      // No one waits for these answers: a command that fails here fails again, visibly, when someone asks.
    }
  }
  return done;
}

/** Commands and options drawn from the corpus: /ask, /who-said, /quotes and /timeline by turns, then /summary. */
function warmUpQueries(engine: Engine): [string, OptionValues][] {
  const passages = engine.passages;
  const speakers = engine.speakers().speakers;
  const tries: [string, OptionValues][] = [];
  const rounds = Math.min(16, passages.length);
  for (let i = 0; i < rounds; i++) {
    const text = passages[Math.floor((i * passages.length) / rounds)]!.text;
    const words = text.match(/\p{L}{5,}/gu) ?? [];
    if (words.length >= 3) tries.push(['ask', { question: `${words.slice(0, 3).join(' ')}?` }]);
    const opening = text.split(/\s+/).slice(0, 8).join(' ');
    if (opening) tries.push(['who-said', { words: opening }]);
    // The same words backwards, found nowhere as typed: the look-up across quotation marks makes its lists.
    if (i === 0 && opening) tries.push(['who-said', { words: opening.split(' ').reverse().join(' ') }]);
    const speaker = speakers[i % Math.max(1, speakers.length)];
    if (speaker) tries.push(['quotes', { speaker: speaker.name }]);
    if (words[0]) tries.push(['timeline', { topic: words[0] }]);
  }
  tries.push(['summary', { length: 'short' }], ['sources', {}]);
  return tries;
}
