import { ContextMenuCommandBuilder } from '@discordjs/builders';
import { ApplicationCommandType } from 'discord-api-types/v10';
import type { Command } from '../src/command.ts';
import { isError, requiredText } from '../src/options.ts';

const example = 'Right-click a message → Apps → Find sources';

export default {
  definition: new ContextMenuCommandBuilder().setName('Find sources').setType(ApplicationCommandType.Message),
  description: 'On a message: the passages that bear on its claim, with citations.',
  usage: 'Apps → Find sources (on a message); in the console: /find-sources text: <a claim>',
  example,
  run({ engine }, options) {
    const text = requiredText(options, 'text', 'a message with some text in it');
    if (isError(text)) return text;
    return engine.ask(text, 3);
  },
} satisfies Command;
