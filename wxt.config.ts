import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/** Origins the test fixtures are served from; matched only in `--mode e2e` builds. */
const FIXTURE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

const EMPTY_POLYFILL = '\0rapport:empty-polyfill';

/**
 * twitter-text (X's length counter) imports core-js 2 polyfills for ES2015 features (Array
 * iterators, Object.keys, reduce…) that every browser Rapport supports has natively (Chrome 105+
 * for the Highlight API, Firefox 140+). They are resolved to an empty module: about 8 kB gzip less
 * in the content script, and no `Function('return this')()` in the bundle (checked by
 * test/e2e/security.test.ts, and flagged by `web-ext lint` otherwise).
 */
const noLegacyPolyfills: Plugin = {
  name: 'rapport:no-legacy-polyfills',
  enforce: 'pre',
  resolveId(id) {
    return /^core-js\/(library\/)?modules\//.test(id) ? EMPTY_POLYFILL : null;
  },
  load(id) {
    return id === EMPTY_POLYFILL ? 'export {};' : null;
  },
};

/**
 * The e2e build is compiled like the shipped one (production React and libraries), so the e2e
 * tests and `npm run bench:page` measure what users run; WXT would otherwise set NODE_ENV to the mode.
 */
const productionLibraries: Plugin = {
  name: 'rapport:production-libraries',
  config(config) {
    config.define = { ...config.define, 'process.env.NODE_ENV': JSON.stringify('production') };
  },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: ({ mode }) => ({
    plugins: [noLegacyPolyfills, ...(mode === 'e2e' ? [productionLibraries] : [])],
  }),
  manifest: ({ browser, mode }) => ({
    name: 'Rapport — social post coach',
    description:
      'Reviews your social posts as you write them and helps turn sales copy into conversation. Runs entirely in your browser.',
    // Only storage (settings, session stats). Host access comes from the content script's matches:
    // x.com, twitter.com, www.linkedin.com, www.facebook.com (checked by test/e2e/security.test.ts).
    permissions: ['storage'],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Show or hide the Rapport panel',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    // Firefox only (Chrome warns about the unknown key).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rapport@rapport.local',
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              // Firefox's data-collection declaration: Rapport collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    ...(mode === 'e2e' ? { host_permissions: FIXTURE_MATCHES } : {}),
  }),
  zip: {
    // The sources zip for Firefox's review holds what `npm ci && npm run build:firefox` needs.
    includeSources: [
      'entrypoints/**',
      'components/**',
      'lib/**',
      'assets/**',
      'public/**',
      'wxt.config.ts',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'README.md',
    ],
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...FIXTURE_MATCHES];
      }
      // The shadow-root UI's stylesheet is fetched by the content script: allow it on the fixtures too.
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource === 'object' && 'matches' in resource)
          resource.matches = [...(resource.matches ?? []), ...FIXTURE_MATCHES];
      }
    },
  },
});
