/** The small line icons of the share toolbar. Decorative: each button says its name in text. */

const PATHS = {
  share:
    'M6 10.5l8-4.5M6 9.5l8 4.5M5 10a2 2 0 1 1-4 0 2 2 0 0 1 4 0zM19 5a2 2 0 1 1-4 0 2 2 0 0 1 4 0zM19 15a2 2 0 1 1-4 0 2 2 0 0 1 4 0z',
  embed: 'M7 5l-5 5 5 5M13 5l5 5-5 5',
  present: 'M2 3h16v10H2zM10 13v4M6 17h8',
  export: 'M10 2v10M6 8l4 4 4-4M3 14v3h14v-3',
  glossary: 'M4 3h9l3 3v11H4zM7 8h6M7 11h6M7 14h4',
} as const;

export type ToolIconName = keyof typeof PATHS;

export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
