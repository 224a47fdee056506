/**
 * Rapport's content script on X, LinkedIn and Facebook: reviews the post being written in the
 * site's own compose box. The UI (badge, tooltip, panel) lives in a shadow root.
 */
import '../../components/panel/panel.css';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from '#imports';
import { App } from '../../components/panel/App';
import { createPanelStore } from '../../components/panel/store';
import { RapportController } from './controller';

export default defineContentScript({
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://www.linkedin.com/*',
    'https://www.facebook.com/*',
  ],
  cssInjectionMode: 'ui',
  // WXT would otherwise announce each start to the page with window.postMessage, extension id
  // included, and a page replaying it could stop Rapport. The DOM event it also sends is enough.
  noScriptStartedPostMessage: true,
  runAt: 'document_idle',
  async main(ctx) {
    // UI left by an earlier copy of this script that can no longer remove it: Firefox injects the
    // new copy into open tabs when the extension is reloaded or updated, and ends the old copy at
    // once, without letting it clean up (its badge stayed beside the new one's).
    for (const stale of document.querySelectorAll('rapport-ui')) stale.remove();
    const store = createPanelStore();
    let mounted = false;
    // The UI is created only when a composer is first found: idle pages cost nothing.
    const mountUi = () => {
      if (mounted) return;
      mounted = true;
      void createShadowRootUi<Root>(ctx, {
        name: 'rapport-ui',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        onMount(container) {
          const root = createRoot(container);
          root.render(<App store={store} />);
          return root;
        },
        onRemove(root) {
          root?.unmount();
        },
      }).then((ui) => ui.mount());
    };
    const controller = new RapportController(ctx, store, mountUi);
    await controller.start();
  },
});
