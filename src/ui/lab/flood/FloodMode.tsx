/**
 * The SYN flood: a run computed by the core's listener model, played by the scenario player,
 * with the server's SYN queue beside the diagram. On this run the client lane carries the
 * attacker's forged SYNs too, so it is named for both, and the flood's reasons are added to the
 * catalogue the narration reads. The settings and the step are kept in the address.
 */
import { useCallback, useMemo, useState } from 'react';
import { floodMessages } from '../../../i18n/index.ts';
import {
  simulateSynFloodWithTcb,
  SYN_FLOOD_DEFAULTS,
  type SynFloodConfig,
} from '../../../sim/index.ts';
import type { FloodSettings } from '../../../links/index.ts';
import { replaceAddress } from '../../kit/index.ts';
import { MessagesContext, useMessagesWith } from '../../run/index.ts';
import { ShareTools } from '../../share/index.ts';
import { FULL_PANELS, ScenarioView } from '../../stage/index.ts';
import type { LabShare } from '../labShare.ts';
import { BacklogQueue } from './BacklogQueue.tsx';
import { FloodControls } from './FloodControls.tsx';
import { FloodNotes } from './FloodNotes.tsx';
import { TcbSlot } from '../../tcb/index.ts';
import { labCatalogues } from '../../../i18n/lab/catalogues.ts';

export interface FloodModeProps {
  /** The step the address opened at, for the first run shown. */
  firstStep: number | null;
  /** The settings the address opened with. */
  settings: FloodSettings;
  share: LabShare;
}

export default function FloodMode({ firstStep, settings, share }: FloodModeProps) {
  const t = useMessagesWith(labCatalogues);
  const [config, setConfig] = useState<SynFloodConfig>(() => ({
    ...SYN_FLOOD_DEFAULTS,
    ...settings,
  }));
  const [changed, setChanged] = useState(false);
  const { trace, tcb } = useMemo(() => simulateSynFloodWithTcb(config), [config]);
  const loadTcb = useCallback(() => Promise.resolve(tcb), [tcb]);
  const messages = useMemo(() => floodMessages(t), [t]);
  const { backlog, attackSyns, synCookies } = config;
  const onRest = useCallback(
    (step: number) => {
      replaceAddress({
        step,
        scenario: null,
        payload: null,
        flood: { backlog, attackSyns, synCookies },
      });
    },
    [backlog, attackSyns, synCookies],
  );
  return (
    <>
      <div className="lab-toolbar">
        <FloodControls
          config={config}
          onChange={(next) => {
            setChanged(true);
            setConfig(next);
          }}
        />
      </div>
      <MessagesContext.Provider value={messages}>
        <ScenarioView
          panels={FULL_PANELS}
          key={JSON.stringify(config)}
          trace={trace}
          initialStep={changed ? 0 : (firstStep ?? 0)}
          description={null}
          onRest={onRest}
          childrenTab={t.lab.modeName.flood}
          tcb={<TcbSlot scenario="flood" load={loadTcb} />}
        >
          <ShareTools
            slot={share.toolsSlot}
            title={t.lab.modeName.flood}
            lang={share.lang}
            embed={null}
          />
          {/* Focusable: it scrolls on small screens and holds no control of its own. */}
          <section className="panel lab-panel" aria-label={t.lab.modeName.flood} tabIndex={0}>
            <div className="lab-panel-body">
              <BacklogQueue />
              <FloodNotes cookies={config.synCookies} />
            </div>
          </section>
        </ScenarioView>
      </MessagesContext.Provider>
    </>
  );
}
