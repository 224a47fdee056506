import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/** Origins the test fixtures are served from; matched only in `--mode e2e` builds. */
const FIXTURE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * core-js 2 (pulled in by twitter-text) finds the global object with `Function('return this')()`
 * when neither `window` nor `self` exists. Every context Rapport runs in has one, so the branch is
 * dead; replacing it with `globalThis` keeps the shipped bundle free of the Function constructor
 * (checked by test/e2e/security.test.ts, and flagged by `web-ext lint` otherwise).
 */
const noFunctionConstructor: Plugin = {
  name: 'rapport:no-function-constructor',
  transform(code, id) {
    if (!/[\\/]core-js[\\/](library[\\/])?modules[\\/]_global\.js$/.test(id)) return null;
    return { code: code.replace("Function('return this')()", 'globalThis'), map: null };
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
    plugins: [noFunctionConstructor, ...(mode === 'e2e' ? [productionLibraries] : [])],
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
