/**
 * The share link: seed and answers in one address that replays the journey anywhere.
 */
import { useState } from 'preact/hooks';
import { shareLink } from '../labels';

export function SharePanel({ token, onClose }: { token: string; onClose: () => void }) {
  const link = shareLink(token);
  const [copied, setCopied] = useState(false);
  return (
    <section class="panel" aria-labelledby="share-title">
      <div class="panel-head">
        <h2 id="share-title">Share this journey</h2>
        <button type="button" class="quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <label for="share-link">Anyone with this link sees the same story, word for word.</label>
      <div class="row">
        <input
          id="share-link"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard.writeText(link).then(
              () => {
                setCopied(true);
              },
              () => {
                setCopied(false);
              },
            );
          }}
        >
          Copy
        </button>
      </div>
      <p role="status">{copied ? 'Copied.' : ''}</p>
    </section>
  );
}
