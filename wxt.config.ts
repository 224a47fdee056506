import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { eldNgramsVite } from './lib/build/eld-ngrams.ts';
import { lazyCompromiseVite } from './lib/build/lazy-compromise.ts';

/** Origins the test fixtures are served from; matched only in `--mode e2e` builds. */
const FIXTURE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * The public half of an RSA key pair made once for the e2e build only (`openssl genrsa 2048`, its
 * public key as base64 DER; the private half was never needed and not kept). A manifest `key` pins
 * an unpacked extension's id (the first 32 hex digits of the key's SHA-256, as a–p), so the
 * managed-policy e2e test can write a real Chromium policy for that id before it starts the browser
 * (test/e2e/voice.test.ts). The shipped builds have no key: the stores give them their ids.
 * This one is cbagapfpcdgibppiahdcdmondclmghhh.
 */
const E2E_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArsKr0AXEn8sXV3jljRC6C2ab/PAb2zHeb2zq7ehnX4Rn7+WJCQjPCI26UANQfn/zk/QrXBMEbBD61QYrouEXzOt9cLWgf9LWO4NDGN4urHj1oVmW1URaviBVcTsFUgneD4A8xZCAOtkFqLiGW2wgKbOEp1meKLlpuyQVu3PCRzd1cgJSciqZ+2mzIoZLpqGNV22SNkP6s6JRX2EVkS4a+aJ71YrfVlNkiyr9vVC/2ymkAW6kXk/Si8OPPsnv0zxLLCcU2/6D0mT862eshTvATdlxnbpxmjQZR5a4LjqnWFZFq9AiI+xWk83HNo6Uo8q6Utg9unuEd1vfK62Jax8K6wIDAQAB';

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

/** React imports the in-page UI makes, and the Preact modules that stand in for them there. */
const PREACT_FOR_REACT: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-runtime',
};

/**
 * The content script is parsed on every page load of three of the heaviest sites: its badge and
 * panel render with Preact (through preact/compat, the same components and hooks) instead of React,
 * about 55 kB gzip less. The popup and options pages keep React. The in-page e2e suites run the
 * Preact build in Chromium and Firefox; the component tests render with React.
 */
function preactInContentScript(): Plugin {
  let contentBuild = false;
  return {
    name: 'rapport:preact-in-content-script',
    enforce: 'pre',
    buildStart(options) {
      contentBuild = JSON.stringify(options.input ?? '').includes('entrypoints/content');
    },
    resolveId(source, importer, options) {
      const target = contentBuild ? PREACT_FOR_REACT[source] : undefined;
      return target === undefined ? null : this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: ({ mode }) => ({
    plugins: [
      noLegacyPolyfills,
      preactInContentScript(),
      // eld's n-gram table as one string read lazily: the background starts ~0.8 s sooner.
      eldNgramsVite(),
      // compromise evaluated on the engine's first parse, not at the background's start.
      lazyCompromiseVite(),
      ...(mode === 'e2e' ? [productionLibraries] : []),
    ],
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
    // The organisation's voice by enterprise policy (lib/store/managed.ts): Chrome reads the keys this
    // schema declares from the `3rdparty` extension policy. Firefox has no such manifest key; it
    // reads the same keys from policies.json (README: For administrators).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
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
    ...(mode === 'e2e' && browser !== 'firefox' ? { key: E2E_PUBLIC_KEY } : {}),
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
