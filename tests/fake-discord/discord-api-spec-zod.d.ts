// discord-api-spec points its "types" for ./zod at the JavaScript file; declare the schemas the fake uses.
declare module 'discord-api-spec/zod' {
  interface Schema {
    safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  }
  export const ApplicationCommandAutocompleteCallbackRequestSchema: Schema;
  export const ApplicationCommandUpdateRequestSchema: Schema;
  export const CreateMessageInteractionCallbackRequestSchema: Schema;
  export const IncomingWebhookRequestPartialSchema: Schema;
  export const IncomingWebhookUpdateRequestPartialSchema: Schema;
  export const UpdateMessageInteractionCallbackRequestSchema: Schema;
}
