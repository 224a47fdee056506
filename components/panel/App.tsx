/** Everything Rapport shows in a page, inside its shadow root. */
import { Badge, Tooltip } from './Badge';
import { Panel } from './Panel';
import type { PanelStore } from './store';

export function App({ store }: { store: PanelStore }) {
  return (
    <>
      <Badge store={store} />
      <Tooltip store={store} />
      <Panel store={store} />
    </>
  );
}
