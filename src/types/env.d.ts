/** Build-time settings the app reads (see README, "oEmbed"). */
interface ImportMetaEnv {
  /** Where the built site will be served, e.g. https://example.org/lab/; enables oEmbed. */
  readonly VITE_SITE_URL?: string;
}
