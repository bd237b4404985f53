import { t, type MessageKey } from '../core/i18n';
import type { SpeechStatus } from '../core/speech/queue';
import { RANGES } from '../core/settings/settings';
import type { ReadAloud, SpeechProblem } from './use-read-aloud';

const STATUS_TEXT: Record<SpeechStatus, MessageKey> = {
  idle: 'speechStopped',
  playing: 'speechPlaying',
  paused: 'speechPaused',
  ended: 'speechEnded',
};

const RATES: number[] = [];
for (let rate = RANGES.speechRate.min; rate <= RANGES.speechRate.max; rate += RANGES.speechRate.step) {
  RATES.push(rate);
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([navigator.language], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

function problemText(problem: SpeechProblem): string {
  if (problem.kind === 'no-voice') return t('speechNoVoice', languageName(problem.lang || 'und'));
  if (problem.kind === 'failed') return t('speechFailed', problem.reason);
  return t('speechUnavailable');
}

/**
 * Listen, in the reader's toolbar: play, pause and resume; once reading, previous and next sentence, speed,
 * voice and stop. The state is announced in a polite live region, a problem as an alert.
 */
export function ReadAloudControls({ speech }: { speech: ReadAloud }) {
  const { state, problem } = speech;
  const active = state.status === 'playing' || state.status === 'paused';
  const label =
    state.status === 'playing'
      ? t('speechPause')
      : state.status === 'paused'
        ? t('speechResume')
        : t('speechListen');
  const select = (event: Event) => (event.currentTarget as HTMLSelectElement).value;
  return (
    <div class="speech" role="group" aria-label={t('speechControls')}>
      <button
        type="button"
        class="control speech-listen"
        data-icon={state.status === 'playing' ? 'pause' : 'play'}
        aria-label={label}
        title={label}
        aria-busy={speech.loading}
        onClick={speech.toggle}
      >
        {label}
      </button>
      {active && (
        <>
          <button
            type="button"
            class="control"
            data-icon="previous"
            aria-label={t('speechPrevious')}
            title={t('speechPrevious')}
            onClick={speech.previous}
          />
          <button
            type="button"
            class="control"
            data-icon="next"
            aria-label={t('speechNext')}
            title={t('speechNext')}
            onClick={speech.next}
          />
          <select
            class="control-select"
            aria-label={t('speechSpeed')}
            title={t('speechSpeed')}
            value={String(speech.rate)}
            onChange={(event) => speech.setRate(Number(select(event)))}
          >
            {RATES.map((rate) => (
              <option value={String(rate)}>{`${rate}×`}</option>
            ))}
          </select>
          {speech.choices.length > 1 && (
            <select
              class="control-select speech-voice"
              aria-label={t('speechVoice')}
              title={t('speechVoice')}
              value={speech.voice?.id}
              onChange={(event) => speech.setVoice(select(event))}
            >
              {speech.choices.map((voice) => (
                <option value={voice.id}>{voice.name}</option>
              ))}
            </select>
          )}
          <button
            type="button"
            class="control"
            data-icon="stop"
            aria-label={t('speechStop')}
            title={t('speechStop')}
            onClick={speech.stop}
          />
        </>
      )}
      <p class="visually-hidden" role="status">
        {speech.loading
          ? t('speechLoadingVoices')
          : speech.voices === null
            ? ''
            : t(STATUS_TEXT[state.status])}
      </p>
      {problem && (
        <p class="speech-problem" role="alert">
          {problemText(problem)}
        </p>
      )}
    </div>
  );
}
