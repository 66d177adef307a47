/**
 * INTERACTION_CREATE payloads as Discord sends them (guild interactions, API v10), for the fake gateway.
 */
import { FAKE, messageObject, snowflake } from './server.ts';
import type { Config } from '../../src/config.ts';

export interface TestUser {
  id: string;
  username: string;
  global_name: string | null;
  nick?: string | null;
}

let users = 0;
/** A fresh user, so the per-user cooldown of one test never touches another. */
export function newUser(nick: string | null = null, globalName: string | null = 'Test Person'): TestUser {
  users++;
  return { id: String(500000000000000000n + BigInt(users)), username: `tester${users}`, global_name: globalName, nick };
}

/** Where an interaction happens: a server and its channel (FakeOptions.guilds). */
export interface Place {
  guildId: string;
  channelId: string;
}

const HOME: Place = { guildId: FAKE.guildId, channelId: FAKE.channelId };

function base(type: number, user: TestUser, place: Place = HOME) {
  const { guildId, channelId } = place;
  const token = `itoken-${snowflake()}-${Math.random().toString(36).slice(2)}`;
  return {
    id: snowflake(),
    application_id: FAKE.applicationId,
    type,
    token,
    version: 1,
    guild_id: guildId,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: guildId, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, flags: 0 },
    member: {
      user: { id: user.id, username: user.username, discriminator: '0', global_name: user.global_name, avatar: null },
      nick: user.nick ?? null,
      roles: [],
      joined_at: '2023-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      permissions: '2248473465835073',
      avatar: null,
      premium_since: null,
    },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    attachment_size_limit: 10485760,
  };
}

export type InteractionPayload = ReturnType<typeof base> & Record<string, unknown>;

/** A slash command with string options (in the test server unless `place` says otherwise). */
export function slash(name: string, options: Record<string, string>, user: TestUser, place: Place = HOME): InteractionPayload {
  return {
    ...base(2, user, place),
    data: { id: snowflake(), name, type: 1, guild_id: place.guildId, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) },
  };
}

/** Autocomplete while typing `focused` (other options as given). */
export function autocomplete(name: string, focused: string, typed: string, user: TestUser, others: Record<string, string> = {}): InteractionPayload {
  return {
    ...base(4, user),
    data: {
      id: snowflake(),
      name,
      type: 1,
      options: [...Object.entries(others).map(([n, value]) => ({ name: n, type: 3, value })), { name: focused, type: 3, value: typed, focused: true }],
    },
  };
}

/** A message as Discord includes it in a component interaction: the one the button is on. */
export function botMessage(body: { content?: string | null; embeds?: unknown[]; components?: unknown[] }, flags = 64) {
  return messageObject({
    type: 20,
    content: body.content ?? '',
    // Discord adds the embed type when it stores a message.
    embeds: (body.embeds ?? []).map((e) => ({ type: 'rich', ...(e as object) })),
    components: body.components ?? [],
    flags,
    application_id: FAKE.applicationId,
    webhook_id: FAKE.applicationId,
  });
}

/** A button press on a message. */
export function button(customId: string, message: ReturnType<typeof botMessage>, user: TestUser): InteractionPayload {
  return { ...base(3, user), message, data: { custom_id: customId, component_type: 2 } };
}

/** The message context-menu command on a message someone wrote. */
export function messageCommand(name: string, content: string, user: TestUser): InteractionPayload {
  const target = messageObject({
    author: { id: '600000000000000006', username: 'claimant', discriminator: '0', global_name: 'Claimant', avatar: null },
    content,
  });
  return { ...base(2, user), data: { id: snowflake(), name, type: 3, guild_id: FAKE.guildId, target_id: target.id, resolved: { messages: { [target.id]: target } } } };
}

/**
 * The same interaction as if Discord had created it `ms` ago (its id is a snowflake, which carries the time):
 * what a bot that is behind, e.g. in a burst, sees.
 */
export function createdAgo<T extends InteractionPayload>(payload: T, ms: number): T {
  const id = String(((BigInt(Date.now() - ms) - 1420070400000n) << 22n) | 1n);
  return { ...payload, id };
}

/** The bot's configuration pointed at a fake Discord, as the tests start it. */
export function fakeConfig(apiUrl: string, overrides: Partial<Config> = {}): Config {
  return {
    discordToken: FAKE.token,
    applicationId: FAKE.applicationId,
    guildId: undefined,
    apiUrl,
    corpusDir: 'corpus',
    snapshot: { mode: 'off', file: '' },
    answerThread: 'off',
    logLevel: 'info',
    shardCount: undefined,
    ...overrides,
  };
}
