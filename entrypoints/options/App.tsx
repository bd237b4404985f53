import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { batchChanges } from '../../core/settings/batch-changes';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../../core/settings/settings';
import { useReaderFonts } from '../../components/use-reader-fonts';
import { BUNDLED_FONT_FILES } from '../../core/reader/bundled-font';
import { useLiveSettings } from '../../components/use-live-settings';
import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';
import { BehaviourSection } from './BehaviourSection';
import { KeysSection } from './KeysSection';
import { Preview } from './Preview';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { RulesSection, useSiteRules } from './RulesSection';
import { SyncSection } from './SyncSection';

/** The options page: settings in groups beside a live preview; every change is saved at once. */
/** An extension page loads the bundled font's files by their address. */
const bundledFontByUrl = async () =>
  BUNDLED_FONT_FILES.map(({ path, weight }) => ({ weight, source: `url("${path}")` }));

export function App() {
  const [stored, setStored] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setStored);
    return watchSettings(setStored);
  }, []);
  if (!stored) return null;
  return <Options stored={stored} />;
}

function Options({ stored }: { stored: Settings }) {
  const batch = useMemo(() => batchChanges((update) => void updateSettings(update)), []);
  useEffect(() => {
    // Closing the tab right after a change still saves it.
    addEventListener('pagehide', batch.flush);
    return () => removeEventListener('pagehide', batch.flush);
  }, [batch]);
  const [settings, show] = useLiveSettings(stored, batch.change);
  // A click or a key saves at once; a slider being dragged saves when it is let go (see Slider).
  const change = (update: Partial<Settings>) => {
    show(update);
    batch.flush();
  };
  const fonts = useReaderFonts(settings.fontFamily, bundledFontByUrl);
  const rules = useSiteRules();
  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <div class="options-layout">
        <main class="options-groups">
          <AppearanceSection settings={settings} onChange={change} onDrag={show} onDragEnd={batch.flush} />
          <BehaviourSection settings={settings} onChange={change} />
          <SitesSection settings={settings} onChange={change} />
          <RulesSection rules={rules} />
          <KeysSection settings={settings} onChange={change} />
          <ShortcutsSection />
          <SyncSection />
          <BackupSection settings={settings} rules={rules} />
        </main>
        <aside class="options-preview" aria-labelledby="lectern-preview-title">
          <h2 id="lectern-preview-title">{t('previewTitle')}</h2>
          <Preview settings={settings} fonts={fonts} />
        </aside>
      </div>
    </div>
  );
}
