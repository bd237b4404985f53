import { TOOLBAR_ACTIONS, type Settings } from '../../core/settings/settings';
import { TOOLBAR_ACTION_LABELS } from '../../components/labels';
import { Choice, Section, Toggle } from './fields';
import { KeepPicturesField } from './KeepPicturesField';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

export function BehaviourSection({ settings, onChange }: Props) {
  return (
    <Section title="groupBehaviour">
      <Choice
        label="settingToolbarAction"
        value={settings.toolbarAction}
        options={TOOLBAR_ACTIONS}
        labels={TOOLBAR_ACTION_LABELS}
        onChange={(toolbarAction) => onChange({ toolbarAction })}
      />
      <Toggle
        label="settingHideClutter"
        hint="settingHideClutterHint"
        checked={settings.hideClutter}
        onChange={(hideClutter) => onChange({ hideClutter })}
      />
      <KeepPicturesField on={settings.keepPictures} onChange={(keepPictures) => onChange({ keepPictures })} />
      <Toggle
        label="settingAutoLoadPages"
        hint="settingAutoLoadPagesHint"
        checked={settings.autoLoadPages}
        onChange={(autoLoadPages) => onChange({ autoLoadPages })}
      />
    </Section>
  );
}
