/**
 * Scenario files the format rejects, each with the one message the app gives: shared by the zod
 * schema's tests and the published JSON Schema's.
 */
const CONNECT = { t: 0, endpoint: 'client', call: 'connect' };

/** [what is wrong, the file, the app's message]. */
export const INVALID_SCENARIO_FILES: [string, unknown, string][] = [
  [
    'an unknown call',
    { events: [{ t: 0, endpoint: 'client', call: 'jump' }] },
    'events[0].call: expected one of listen, connect, send, close, abort',
  ],
  ['no events', {}, 'events: expected a list of events'],
  ['events that are not a list', { events: 'connect' }, 'events: expected a list of events'],
  ['t as text', { events: [{ ...CONNECT, t: '0' }] }, 'events[0].t: expected a time in ms'],
  ['a negative t', { events: [{ ...CONNECT, t: -5 }] }, 'events[0].t: must be at least 0'],
  ['a fractional t', { events: [{ ...CONNECT, t: 1.5 }] }, 'events[0].t: expected a whole number'],
  [
    'an unknown endpoint',
    { events: [{ ...CONNECT, endpoint: 'router' }] },
    'events[0].endpoint: expected one of client, server',
  ],
  [
    'send without bytes',
    { events: [CONNECT, { t: 5, endpoint: 'client', call: 'send' }] },
    'events[1].bytes: send needs bytes',
  ],
  [
    'bytes on close',
    { events: [{ t: 0, endpoint: 'client', call: 'close', bytes: 5 }] },
    'events[0].bytes: bytes only goes with send, not close',
  ],
  ['an unknown top-level field', { events: [], ttl: 64 }, '(top level): unknown field "ttl"'],
  [
    'an unknown field in an endpoint',
    { events: [], client: { ttl: 64 } },
    'client: unknown field "ttl"',
  ],
  [
    'an unknown field in an event',
    { events: [{ ...CONNECT, ms: 3 }] },
    'events[0]: unknown field "ms"',
  ],
  [
    'an unknown field in a network fault',
    { events: [], network: { drop: [{ from: 'client', index: 1, ms: 3 }] } },
    'network.drop[0]: unknown field "ms"',
  ],
  [
    'an ISN past 2^32 - 1',
    { events: [], client: { isn: 2 ** 32 } },
    'client.isn: must be at most 4294967295',
  ],
  ['a negative ISN', { events: [], server: { isn: -1 } }, 'server.isn: must be at least 0'],
  ['an empty list of ISNs', { events: [], client: { isn: [] } }, 'client.isn: must not be empty'],
  [
    'a list with an ISN out of range',
    { events: [], client: { isn: [1000, 2 ** 32] } },
    'client.isn[1]: must be at most 4294967295',
  ],
  [
    'an ISN as text',
    { events: [], client: { isn: '1000' } },
    'client.isn: expected a sequence number (0 to 4294967295), or a list of them',
  ],
  [
    'window scale 15 (RFC 7323 §2.3 allows at most 14)',
    { events: [], client: { windowScale: 15 } },
    'client.windowScale: must be at most 14',
  ],
  [
    'a window over 65535 without window scaling',
    { events: [], server: { window: 70000, windowScale: null } },
    'server.window: a window over 65535 needs windowScale (RFC 7323)',
  ],
  [
    'a window the scale shift rounds down to zero',
    { events: [], client: { window: 1000, windowScale: 10 } },
    'client.window: with windowScale 10 the window must be at least 1024 bytes, or it is advertised as 0',
  ],
  [
    'sends that add up to more than 64 MiB',
    {
      events: [
        { t: 0, endpoint: 'client', call: 'send', bytes: 40_000_000 },
        { t: 1, endpoint: 'client', call: 'send', bytes: 40_000_000 },
      ],
    },
    'events: the sends add up to 80000000 bytes; at most 67108864',
  ],
  [
    'a one-way delay that is neither a number nor a pair',
    { events: [], oneWayDelayMs: 'fast' },
    'oneWayDelayMs: expected a time in ms, or { clientToServer, serverToClient }',
  ],
  [
    'a name with capitals and spaces',
    { events: [], name: 'Lost SYN' },
    'name: use 1 to 64 lowercase letters, digits and dashes',
  ],
  ['an empty title', { events: [], title: '' }, 'title: must not be empty'],
  [
    'a title that is neither text nor a pair',
    { events: [], title: 42 },
    'title: expected text, or { "en": text, "ko": text }',
  ],
  [
    'a description with a third language',
    { events: [], description: { en: 'a', ko: '가', fr: 'b' } },
    'description: unknown field "fr"',
  ],
];
