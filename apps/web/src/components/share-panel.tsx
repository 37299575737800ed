/**
 * The share link: seed and answers in one address that replays the journey anywhere, and the
 * stored journey's id, so a journey an AI narrated is shown in the words it was told.
 */
import { useState } from 'preact/hooks';
import { useMessages } from '../i18n/i18n';
import { shareLink } from '../labels';

interface Props {
  token: string;
  /** The stored journey, when there is one to show as it was told. */
  journeyId: string | undefined;
  /** True when an AI narrator told any of it: the built-in storyteller would tell it otherwise. */
  aiTold: boolean;
  /** The language the story is read in: the link carries it. */
  language: string;
  onClose: () => void;
}

export function SharePanel({ token, journeyId, aiTold, language, onClose }: Props) {
  const link = shareLink(token, journeyId, language);
  const [copied, setCopied] = useState(false);
  const messages = useMessages();
  return (
    <section class="panel" aria-labelledby="share-title">
      <div class="panel-head">
        <h2 id="share-title">{messages.shareTitle}</h2>
        <button type="button" class="quiet" onClick={onClose}>
          {messages.close}
        </button>
      </div>
      <label for="share-link">
        {aiTold && journeyId !== undefined
          ? messages.shareStoredAi
          : aiTold
            ? messages.shareRetoldAi
            : messages.shareSame}
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
          {messages.copy}
        </button>
      </div>
      <p role="status">{copied ? messages.copied : ''}</p>
    </section>
  );
}
