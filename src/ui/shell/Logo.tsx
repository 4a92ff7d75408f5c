/** The mark: two lanes and the three arrows of a handshake. */
export function Logo() {
  return (
    <svg
      className="logo"
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="1" y="1" width="30" height="30" rx="8" className="logo-bg" />
      <path d="M9 6v20M23 6v20" className="logo-lane" />
      <path d="M9 9l14 5M23 14L9 19M9 19l14 5" className="logo-arrow" />
    </svg>
  );
}
