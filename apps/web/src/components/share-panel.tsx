/**
 * The share link: seed and answers in one address that replays the journey anywhere, and the
 * stored journey's id, so a journey an AI narrated is shown in the words it was told.
 */
import { useState } from 'preact/hooks';
import { shareLink } from '../labels';

interface Props {
  token: string;
  /** The stored journey, when there is one to show as it was told. */
  journeyId: string | undefined;
  /** True when an AI narrator told any of it: the built-in storyteller would tell it otherwise. */
  aiTold: boolean;
  onClose: () => void;
}

export function SharePanel({ token, journeyId, aiTold, onClose }: Props) {
  const link = shareLink(token, journeyId);
  const [copied, setCopied] = useState(false);
  return (
    <section class="panel" aria-labelledby="share-title">
      <div class="panel-head">
        <h2 id="share-title">Share this journey</h2>
        <button type="button" class="quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <label for="share-link">
        {aiTold && journeyId !== undefined
          ? 'Anyone with this link sees this story word for word while it is kept; after that, the built-in storyteller retells it from the same seed and answers.'
          : aiTold
            ? 'Anyone with this link sees the built-in storyteller retell this story from the same seed and answers: its words will differ.'
            : 'Anyone with this link sees the same story, word for word.'}
      </label>
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
