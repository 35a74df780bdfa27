import { t } from '../i18n/i18n';

/** The list's keys (keyboard.ts), one disclosure at the foot of the list. */
export function Shortcuts() {
  const keys: [string, string][] = [
    ['j / k', t('popup_shortcut_move')],
    ['Enter', t('popup_shortcut_enter')],
    ['d', t('popup_shortcut_done')],
    ['s', t('popup_shortcut_snooze')],
  ];
  return (
    <details class="shortcuts">
      <summary>{t('popup_shortcuts')}</summary>
      <dl>
        {keys.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
