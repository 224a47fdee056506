/**
 * The background: runs the review engine for every tab (the content scripts send the composer’s
 * text and draw the review that comes back; see lib/messaging/review.ts), relays the "toggle-panel"
 * keyboard command (Alt+Shift+R) to the active tab's content script, marks when the browser session
 * started (for the popup's "this session"), moves pre-sync settings into sync storage once, and
 * settles edits of one profile made on two devices (the newest wins). Post text arrives here from
 * Rapport's own content scripts only, is reviewed in memory and is never stored or sent anywhere.
 */
import { answerEngineRequest, warmUpSoon } from '../lib/messaging/engine-host';
import { migrateToSync, resolveConcurrentEdits } from '../lib/store/settings';
import { sessionStartItem } from '../lib/store/stats';

export default defineBackground(() => {
  browser.runtime.onStartup.addListener(() => {
    void sessionStartItem.setValue(Date.now());
  });
  browser.runtime.onInstalled.addListener(() => {
    void sessionStartItem.setValue(Date.now());
    void migrateToSync().catch((error) => console.warn('[Rapport] settings migration failed', error));
  });
  browser.storage.sync.onChanged.addListener((changes) => {
    void resolveConcurrentEdits(changes).catch(() => undefined);
  });
  browser.runtime.onMessage.addListener(
    (message: unknown, sender, sendResponse: (reply: unknown) => void) => {
      // Only Rapport's own content scripts (pages cannot reach this: no externally_connectable).
      if (sender.id !== browser.runtime.id || sender.tab === undefined) return undefined;
      const reply = answerEngineRequest(message);
      if (reply === null) return undefined;
      if (import.meta.env.MODE !== 'e2e') {
        sendResponse(reply);
        warmUpSoon();
        return undefined;
      }
      // e2e builds only: a test can slow the engine's answers down (`local:e2eReviewDelayMs`) to
      // prove that an answer for older text is never drawn over newer text. Compiled out otherwise.
      void browser.storage.local.get('e2eReviewDelayMs').then(({ e2eReviewDelayMs }) => {
        setTimeout(
          () => {
            sendResponse(reply);
            warmUpSoon();
          },
          typeof e2eReviewDelayMs === 'number' ? e2eReviewDelayMs : 0,
        );
      });
      return true;
    },
  );
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // The tab may have no content script (another site): nothing to toggle then.
    await browser.tabs.sendMessage(tab.id, { type: 'rapport:toggle-panel' }).catch(() => undefined);
  });
});
