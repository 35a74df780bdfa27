/**
 * The "already saved" note on a LinkedIn or GitHub profile ("Met in the Acme Corp loop (VP Marketing),
 * March 2026"), in an extension frame so the page cannot read it. The worker words it; this page only
 * shows it, with a button to put it away.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/theme.css';
import './note.css';
import { t } from '../i18n/i18n';
import { send } from '../messages';
import { closePanel, tokenFromHash } from './api';

function Note() {
  const [text, setText] = useState('');
  useEffect(() => {
    send('note-take', { token: tokenFromHash() })
      .then((reply) => (reply ? setText(reply.text) : void closePanel('note')))
      .catch(() => void closePanel('note'));
  }, []);
  if (!text) return null;
  return (
    <aside class="note" aria-label={t('capture_note_label')}>
      <span class="dot" aria-hidden="true" />
      <p class="truncate" title={text}>
        {text}
      </p>
      <button
        type="button"
        class="close"
        aria-label={t('capture_note_hide')}
        onClick={() => void closePanel('note')}
      >
        ×
      </button>
    </aside>
  );
}

const root = document.getElementById('app');
if (root) render(<Note />, root);
