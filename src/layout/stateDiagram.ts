/**
 * The RFC 9293 state diagram. Its edges are read from the endpoint machine's own configuration,
 * so the picture cannot drift from what the simulator runs; only node positions are placed by
 * hand, on the grid of RFC 9293 Figure 5 (CLOSED drawn twice, at the top and the bottom, as the
 * RFC draws it, so closing edges need not climb back across the figure).
 */
import type { AnyStateMachine } from 'xstate';
import {
  isTcpStateName,
  readTransitionMeta,
  type DeclaredTransition,
  type EdgeKind,
  type EndpointId,
  type TransitionCause,
} from '../sim/index.ts';
import type { SceneCheckpoint } from './scene.ts';
import type { TcpStateName } from './states.ts';
import { monoTextWidth } from './text.ts';

export type { EdgeKind };

/** One transition between two different states, as the diagram draws and lights it. */
export interface MachineEdge {
  /** `FROM>TO:description`, unique per drawn transition. */
  id: string;
  from: TcpStateName;
  to: TcpStateName;
  /** The machine event (`segment.arrived`, `app.close`, ...), or `listener` for a declared one. */
  event: string;
  description: string;
  kind: EdgeKind;
  cause: TransitionCause;
  /** The reason codes a trace's `state` event carries when this transition is taken. */
  reasons: readonly string[];
  /** Declared outside the machine (the SYN-cookie listener's): drawn only when asked or taken. */
  declared: boolean;
  /** Not in RFC 9293 Figure 5 and seldom taken: drawn only when asked or taken. */
  rare: boolean;
}

function addEdge(edges: MachineEdge[], edge: MachineEdge): void {
  // Two machine transitions with one label (a FIN reached on arrival or after queued data) are
  // one drawn transition.
  const same = edges.findIndex((e) => e.id === edge.id);
  const existing = edges[same];
  if (existing === undefined) {
    edges.push(edge);
    return;
  }
  const reasons = [
    ...existing.reasons,
    ...edge.reasons.filter((r) => !existing.reasons.includes(r)),
  ];
  edges[same] = { ...existing, reasons };
}

/**
 * Every transition of a machine whose states are the RFC states, read from its configuration:
 * `root.states[*].transitions`, each target a state node, each with its `meta` (kind, cause and
 * the reasons it announces). Self-transitions are left out. A state-changing transition without
 * that meta is a mistake in the machine, and throws.
 */
export function machineEdges(
  machine: AnyStateMachine,
  declared: readonly DeclaredTransition[] = [],
): MachineEdge[] {
  const edges: MachineEdge[] = [];
  for (const [key, node] of Object.entries(machine.root.states)) {
    if (!isTcpStateName(key)) continue;
    for (const [event, defs] of node.transitions) {
      for (const def of defs) {
        for (const target of def.target ?? []) {
          const to = target.key;
          if (!isTcpStateName(to) || to === key) continue;
          const meta = readTransitionMeta(def.meta);
          const description = def.description ?? event;
          if (meta === null) throw new Error(`${key} → ${to} (${description}) has no cause`);
          addEdge(edges, {
            id: `${key}>${to}:${description}`,
            from: key,
            to,
            event,
            description,
            kind: meta.edge,
            cause: meta.cause,
            reasons: meta.reasons,
            declared: false,
            rare: meta.rare === true,
          });
        }
      }
    }
  }
  for (const d of declared) {
    addEdge(edges, {
      id: `${d.from}>${d.to}:${d.description}`,
      from: d.from,
      to: d.to,
      event: 'listener',
      description: d.description,
      kind: d.edge,
      cause: d.cause,
      reasons: d.reasons,
      declared: true,
      rare: false,
    });
  }
  return edges;
}

/**
 * The drawn transition a trace's state change travelled: the one between `from` and `to` that
 * announces `code` (the event's `why.code`), or null when no drawn transition does.
 */
export function transitionTaken(
  edges: readonly MachineEdge[],
  from: TcpStateName,
  to: TcpStateName,
  code: string,
): MachineEdge | null {
  return edges.find((e) => e.from === from && e.to === to && e.reasons.includes(code)) ?? null;
}

/** A transition an endpoint last took, as the diagram lights it. */
export interface LitTransition {
  endpoint: EndpointId;
  /** The edge's key, `FROM>TO`. */
  key: string;
  /** The transition taken, found by the trace event's reason code; null if none is drawn. */
  transition: MachineEdge | null;
  /** The step that took it. */
  step: number;
}

/** The transitions each endpoint last took at a checkpoint, each found by its reason code. */
export function litTransitions(
  scene: SceneCheckpoint | undefined,
  edges: readonly MachineEdge[],
): LitTransition[] {
  const lit: LitTransition[] = [];
  for (const endpoint of ['client', 'server'] as const) {
    const last = scene?.[endpoint].lastTransition;
    if (last === null || last === undefined) continue;
    const { from, to, why } = last.event;
    lit.push({
      endpoint,
      key: edgeKey(from, to),
      transition: transitionTaken(edges, from, to, why.code),
      step: last.step,
    });
  }
  return lit;
}

/** A drawn state box. CLOSED appears twice: `CLOSED` at the top and `CLOSED:end` at the bottom. */
export interface DiagramNode {
  id: string;
  state: TcpStateName;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One transition drawn on an edge: its id (`MachineEdge.id`), label, kind and cause. */
export interface DiagramTransition {
  id: string;
  description: string;
  kind: EdgeKind;
  cause: TransitionCause;
}

/** A drawn edge: all transitions between one pair of boxes, merged. */
export interface DiagramEdge {
  key: string;
  from: TcpStateName;
  to: TcpStateName;
  fromNode: string;
  toNode: string;
  /** main if any drawn transition is a main one. */
  kind: EdgeKind;
  /** Every transition drawn on this edge (the tooltip names them all). */
  transitions: DiagramTransition[];
  /** The transitions the label names: the main ones, and any exceptional one just taken. */
  labelled: DiagramTransition[];
  /** The labelled transitions' descriptions. */
  descriptions: string[];
  /** SVG path from box edge to box edge. */
  path: string;
  /** Arrowhead polygon at the target. */
  head: string;
  /** Where the label sits, when the edge has one. */
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null;
}

/** The whole drawing. */
export interface StateDiagramGeometry {
  width: number;
  height: number;
  fontPx: number;
  labelFontPx: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Whether edge labels are drawn (not on narrow screens). */
  labels: boolean;
}

/** Wide: room for edge labels; narrow: a phone column, no edge labels. */
export type DiagramMode = 'wide' | 'narrow';

/** Grid cells (column, row) following RFC 9293 Figure 5. */
const GRID: Record<string, [number, number]> = {
  CLOSED: [1, 0],
  LISTEN: [1, 1],
  'SYN-RECEIVED': [0, 2],
  'SYN-SENT': [2, 2],
  ESTABLISHED: [1, 3],
  'FIN-WAIT-1': [0, 4],
  'CLOSE-WAIT': [2, 4],
  'FIN-WAIT-2': [0, 5],
  CLOSING: [1, 5],
  'LAST-ACK': [2, 5],
  'TIME-WAIT': [1, 6],
  'CLOSED:end': [2, 6],
};

/** Bends (perpendicular offset of the curve, in row heights) that keep edges off other boxes. */
const BENDS: Record<string, number> = {
  'CLOSED>LISTEN': -0.18,
  'LISTEN>CLOSED': -0.18,
  'CLOSED>SYN-SENT': -0.45,
  'SYN-SENT>CLOSED': -0.05,
  'LISTEN>SYN-RECEIVED': 0.12,
  'SYN-RECEIVED>LISTEN': 0.12,
  'LISTEN>SYN-SENT': 0.1,
  'SYN-SENT>SYN-RECEIVED': 0,
  'FIN-WAIT-1>TIME-WAIT': -0.08,
  'ESTABLISHED>CLOSED': 0.9,
  'SYN-RECEIVED>CLOSED': -0.25,
  'FIN-WAIT-1>CLOSED': 0.35,
  'CLOSE-WAIT>CLOSED': -0.75,
};

/**
 * Where each main edge's label goes in the wide drawing: a point along the curve, an anchor and a
 * nudge in px, placed by hand so that no label crosses a line or another label. Edges not listed
 * (and resets, aborts, time-outs) carry no label; the caption and the tooltip name them.
 */
const LABEL_HINTS: Record<
  string,
  { t: number; anchor: 'start' | 'middle' | 'end'; dx: number; dy: number }
> = {
  'CLOSED>LISTEN': { t: 0.5, anchor: 'start', dx: 6, dy: 4 },
  'LISTEN>CLOSED': { t: 0.5, anchor: 'end', dx: -6, dy: 4 },
  'CLOSED>SYN-SENT': { t: 0.4, anchor: 'start', dx: 6, dy: 0 },
  'SYN-SENT>CLOSED': { t: 0.55, anchor: 'end', dx: -4, dy: -4 },
  'LISTEN>SYN-RECEIVED': { t: 0.5, anchor: 'end', dx: -6, dy: -2 },
  'LISTEN>SYN-SENT': { t: 0.3, anchor: 'end', dx: -4, dy: 16 },
  'SYN-SENT>SYN-RECEIVED': { t: 0.5, anchor: 'middle', dx: 0, dy: 16 },
  'SYN-RECEIVED>ESTABLISHED': { t: 0.5, anchor: 'start', dx: 6, dy: -6 },
  'SYN-SENT>ESTABLISHED': { t: 0.5, anchor: 'start', dx: 8, dy: 14 },
  'SYN-RECEIVED>FIN-WAIT-1': { t: 0.5, anchor: 'start', dx: 6, dy: 4 },
  'ESTABLISHED>FIN-WAIT-1': { t: 0.5, anchor: 'end', dx: -4, dy: -6 },
  'ESTABLISHED>CLOSE-WAIT': { t: 0.5, anchor: 'start', dx: 4, dy: -6 },
  'FIN-WAIT-1>FIN-WAIT-2': { t: 0.5, anchor: 'end', dx: -6, dy: 4 },
  'FIN-WAIT-1>CLOSING': { t: 0.45, anchor: 'start', dx: 6, dy: -6 },
  'FIN-WAIT-2>TIME-WAIT': { t: 0.5, anchor: 'end', dx: -6, dy: 14 },
  'CLOSE-WAIT>LAST-ACK': { t: 0.5, anchor: 'start', dx: 6, dy: 4 },
  'CLOSING>TIME-WAIT': { t: 0.5, anchor: 'start', dx: 6, dy: 4 },
  'LAST-ACK>CLOSED': { t: 0.5, anchor: 'start', dx: 6, dy: 4 },
  'TIME-WAIT>CLOSED': { t: 0.5, anchor: 'middle', dx: 0, dy: -8 },
  'LISTEN>ESTABLISHED': { t: 0.22, anchor: 'start', dx: 6, dy: 0 },
};

interface ModeMetrics {
  colGap: number;
  rowGap: number;
  fontPx: number;
  labelFontPx: number;
  padX: number;
  padY: number;
}

const METRICS: Record<DiagramMode, ModeMetrics> = {
  wide: { colGap: 250, rowGap: 92, fontPx: 14, labelFontPx: 11.5, padX: 96, padY: 30 },
  narrow: { colGap: 124, rowGap: 70, fontPx: 12, labelFontPx: 10, padX: 62, padY: 22 },
};

/** Which CLOSED box an edge into CLOSED lands on: the nearer one. */
function closedNodeFor(from: TcpStateName): string {
  const row = GRID[from]?.[1] ?? 0;
  return row >= 4 ? 'CLOSED:end' : 'CLOSED';
}

/** Which CLOSED box an edge out of CLOSED leaves from: always the top one. */
function nodeIdFor(state: TcpStateName, role: 'from' | 'to', other: TcpStateName): string {
  if (state !== 'CLOSED') return state;
  return role === 'from' ? 'CLOSED' : closedNodeFor(other);
}

/** Whether a transition is drawn when resets, aborts and time-outs are not asked for. */
function drawnByDefault(e: MachineEdge): boolean {
  if (e.declared || e.rare) return false;
  return e.kind === 'main' || e.to !== 'CLOSED';
}

/**
 * Lays out the diagram. `showExceptional` adds resets, aborts and time-outs into CLOSED, and the
 * declared and rare transitions (the others are always drawn); `taken` lists transition ids
 * (`MachineEdge.id`) drawn and labelled regardless, such as a transition that was just taken.
 */
export function stateDiagramGeometry(
  machineEdgeList: readonly MachineEdge[],
  mode: DiagramMode,
  showExceptional: boolean,
  taken: ReadonlySet<string> = new Set(),
): StateDiagramGeometry {
  const m = METRICS[mode];
  const nodeH = Math.round(m.fontPx * 2.3);
  const nodes: DiagramNode[] = [];
  for (const [id, [col, row]] of Object.entries(GRID)) {
    const state = id === 'CLOSED:end' ? 'CLOSED' : id;
    if (!isTcpStateName(state)) continue;
    nodes.push({
      id,
      state,
      x: m.padX + col * m.colGap,
      y: m.padY + nodeH / 2 + row * m.rowGap,
      w: Math.round(monoTextWidth(state, m.fontPx) + m.fontPx * 1.6),
      h: nodeH,
    });
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));

  // Merge the drawn transitions per pair of boxes.
  const merged = new Map<string, { from: TcpStateName; to: TcpStateName; list: MachineEdge[] }>();
  for (const e of machineEdgeList) {
    if (!(showExceptional || taken.has(e.id) || drawnByDefault(e))) continue;
    const key = `${e.from}>${e.to}`;
    const entry = merged.get(key) ?? { from: e.from, to: e.to, list: [] };
    entry.list.push(e);
    merged.set(key, entry);
  }
  const pairs = new Set(machineEdgeList.map((e) => `${e.from}>${e.to}`));

  const edges: DiagramEdge[] = [];
  for (const [key, entry] of merged) {
    const drawn = entry.list.map((e): DiagramTransition => ({
      id: e.id,
      description: e.description,
      kind: e.kind,
      cause: e.cause,
    }));
    const kind: EdgeKind = drawn.some((d) => d.kind === 'main')
      ? 'main'
      : (drawn[0]?.kind ?? 'main');
    const fromNode = nodeIdFor(entry.from, 'from', entry.to);
    const toNode = nodeIdFor(entry.to, 'to', entry.from);
    const a = byId.get(fromNode);
    const b = byId.get(toNode);
    if (a === undefined || b === undefined) continue;
    const reverse = pairs.has(`${entry.to}>${entry.from}`);
    const bend = (BENDS[key] ?? (reverse ? 0.14 : 0)) * m.rowGap;
    // The label names the main transitions, and an exceptional one only when it was taken.
    const labelled = drawn.filter((d) => d.kind === 'main' || taken.has(d.id));
    edges.push({
      key,
      from: entry.from,
      to: entry.to,
      fromNode,
      toNode,
      kind,
      transitions: drawn,
      labelled,
      descriptions: labelled.map((d) => d.description),
      ...routeEdge(a, b, bend, kind === 'main' ? LABEL_HINTS[key] : undefined),
    });
  }

  const maxX = Math.max(...nodes.map((n) => n.x + n.w / 2));
  const maxY = Math.max(...nodes.map((n) => n.y + n.h / 2));
  return {
    width: Math.ceil(maxX + m.padX - m.fontPx * 0.5),
    height: Math.ceil(maxY + m.padY),
    fontPx: m.fontPx,
    labelFontPx: m.labelFontPx,
    nodes,
    edges: edges.sort((x, y) => (x.kind === 'main' ? 1 : 0) - (y.kind === 'main' ? 1 : 0)),
    labels: mode === 'wide',
  };
}

/** The key of the edge a state change travels along. */
export function edgeKey(from: TcpStateName, to: TcpStateName): string {
  return `${from}>${to}`;
}

interface Routed {
  path: string;
  head: string;
  label: DiagramEdge['label'];
}

type LabelHint = (typeof LABEL_HINTS)[string];

function clipToBox(
  cx: number,
  cy: number,
  dx: number,
  dy: number,
  node: DiagramNode,
): [number, number] {
  // Leave the box centre along (dx, dy) and stop at its border (plus a little air).
  const hw = node.w / 2 + 3;
  const hh = node.h / 2 + 3;
  const tx = dx === 0 ? Infinity : hw / Math.abs(dx);
  const ty = dy === 0 ? Infinity : hh / Math.abs(dy);
  const t = Math.min(tx, ty);
  return [cx + dx * t, cy + dy * t];
}

function routeEdge(
  a: DiagramNode,
  b: DiagramNode,
  bend: number,
  hint: LabelHint | undefined,
): Routed {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  // Control point: the midpoint pushed sideways by `bend`.
  const nx = -dy / len;
  const ny = dx / len;
  const cx = mx + nx * bend * 2;
  const cy = my + ny * bend * 2;
  const [sx, sy] = clipToBox(a.x, a.y, cx - a.x, cy - a.y, a);
  const [ex, ey] = clipToBox(b.x, b.y, cx - b.x, cy - b.y, b);
  const path =
    bend === 0
      ? `M${r(sx)},${r(sy)} L${r(ex)},${r(ey)}`
      : `M${r(sx)},${r(sy)} Q${r(cx)},${r(cy)} ${r(ex)},${r(ey)}`;
  // Arrowhead along the curve's final tangent.
  const tx = bend === 0 ? ex - sx : ex - cx;
  const ty = bend === 0 ? ey - sy : ey - cy;
  const tl = Math.hypot(tx, ty) || 1;
  const ux = tx / tl;
  const uy = ty / tl;
  const hl = 9;
  const hw = 4.5;
  const head = [
    `${r(ex)},${r(ey)}`,
    `${r(ex - ux * hl - uy * hw)},${r(ey - uy * hl + ux * hw)}`,
    `${r(ex - ux * hl + uy * hw)},${r(ey - uy * hl - ux * hw)}`,
  ].join(' ');
  if (hint === undefined) return { path, head, label: null };
  const t = hint.t;
  const qx = bend === 0 ? mx : cx;
  const qy = bend === 0 ? my : cy;
  const px = (1 - t) * (1 - t) * sx + 2 * (1 - t) * t * qx + t * t * ex;
  const py = (1 - t) * (1 - t) * sy + 2 * (1 - t) * t * qy + t * t * ey;
  return { path, head, label: { x: r(px + hint.dx), y: r(py + hint.dy), anchor: hint.anchor } };
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
