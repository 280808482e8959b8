import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import {
  deleteRule,
  deleteSite,
  exportSites,
  importSites,
  loadSites,
  watchSites,
} from '../utils/background/site-rules-store';
import type { SiteRule, SiteRules } from '../utils/adjustments/rules';

const EXPORT_NAME = 'lectern-site-adjustments.json';

function ruleLabel(rule: SiteRule): string {
  const text = rule.text || t('siteRuleNoText');
  return t(rule.kind === 'keep' ? 'siteRuleKeep' : 'siteRuleRemove', text);
}

function useSites(): { sites: SiteRules; dropped: number } | null {
  const [state, setState] = useState<{ sites: SiteRules; dropped: number } | null>(null);
  useEffect(() => {
    const read = () => void loadSites().then(setState, () => setState({ sites: {}, dropped: 0 }));
    read();
    return watchSites(read);
  }, []);
  return state;
}

function download(json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = EXPORT_NAME;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}

/** The options page's "Site adjustments": every site's remembered choices, delete, export and import. */
export function SiteAdjustments() {
  const state = useSites();
  const [status, setStatus] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const hosts = Object.keys(state?.sites ?? {}).sort();

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { added, dropped } = await importSites(await file.text());
      setStatus(t('importResult', [String(added), String(dropped)]));
    } catch {
      setStatus(t('importUnreadable'));
    }
  };

  return (
    <section class="options-sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('siteAdjustmentsHeading')}</h2>
      <p>{t('siteAdjustmentsIntro')}</p>
      {state?.dropped ? (
        <p class="sites-dropped" role="status">
          {t('siteRulesDropped', String(state.dropped))}
        </p>
      ) : null}
      {state && hosts.length === 0 ? <p class="sites-none">{t('siteAdjustmentsNone')}</p> : null}
      {hosts.map((host) => (
        <section key={host} class="site" aria-labelledby={`site-${host}`}>
          <h3 id={`site-${host}`}>{host}</h3>
          <ul>
            {(state?.sites[host] ?? []).map((rule) => (
              <li key={`${rule.kind} ${rule.text} ${rule.path.join(' ')}`}>
                <span class="site-rule">{ruleLabel(rule)}</span>
                <button
                  type="button"
                  aria-label={t('deleteRuleItem', ruleLabel(rule))}
                  onClick={() => void deleteRule(host, rule)}
                >
                  {t('deleteRule')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void deleteSite(host)}>
            {t('deleteSite', host)}
          </button>
        </section>
      ))}
      <div class="options-actions">
        <button
          type="button"
          disabled={hosts.length === 0}
          onClick={() => download(exportSites(state?.sites ?? {}))}
        >
          {t('exportRules')}
        </button>
        <button type="button" onClick={() => fileRef.current?.click()}>
          {t('importRules')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => void onFile(event)}
        />
        <p class="sites-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </section>
  );
}
