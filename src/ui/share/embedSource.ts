/**
 * What an embed plays: a built-in scenario by name, or a custom one (a scenario file packed as in
 * share links, `1.<data>`), which the embed page takes in its fragment and the custom element in
 * its `scenario-data` attribute.
 */
export type EmbedSource = { scenario: string } | { payload: string };
