import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/command.ts';
import { sourceChoices, textOption } from '../src/options.ts';

export default {
  definition: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('Dated events from the sources, in order, with citations.')
    .addStringOption((o) => o.setName('from').setDescription('Start: YYYY, YYYY-MM or YYYY-MM-DD').setMaxLength(10))
    .addStringOption((o) => o.setName('to').setDescription('End: YYYY, YYYY-MM or YYYY-MM-DD').setMaxLength(10))
    .addStringOption((o) => o.setName('topic').setDescription('Only events about these words, e.g. satellite').setMaxLength(100))
    .addStringOption((o) =>
      o.setName('source').setDescription('Only one document (see /sources)').setMaxLength(100).setAutocomplete(true),
    ),
  description: 'Dated events in date order; filter by period, topic or source.',
  usage: '/timeline [from: YYYY[-MM[-DD]]] [to: ...] [topic: <words>] [source: <document id>]',
  example: '/timeline from: 2023-05 topic: satellite',
  paged: true,
  run({ engine }, options) {
    return engine.timeline({
      from: textOption(options, 'from') ?? null,
      to: textOption(options, 'to') ?? null,
      topic: textOption(options, 'topic') ?? null,
      source: textOption(options, 'source') ?? null,
    });
  },
  autocomplete({ engine }, _option, typed) {
    return sourceChoices(engine, typed);
  },
} satisfies Command;
