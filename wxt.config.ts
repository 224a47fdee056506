import { defineConfig } from 'wxt';

/** Origins the test fixtures are served from; matched only in `--mode e2e` builds. */
const FIXTURE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode }) => ({
    name: 'Rapport — social post coach',
    description:
      'Reviews your social posts as you write them and helps turn sales copy into conversation. Runs entirely in your browser.',
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
    browser_specific_settings: {
      gecko: {
        id: 'rapport@rapport.local',
        strict_min_version: '128.0',
        // Firefox's data-collection declaration: Rapport collects nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
    ...(mode === 'e2e' ? { host_permissions: FIXTURE_MATCHES } : {}),
  }),
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
