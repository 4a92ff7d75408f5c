/**
 * Component tests render as the app does: inside <StrictMode> (src/main.tsx), which mounts,
 * unmounts and mounts again every component and runs effects twice, so a component whose effect
 * does not clean up after itself fails here rather than in a user's browser.
 */
import { configure } from '@testing-library/react';

configure({ reactStrictMode: true });
