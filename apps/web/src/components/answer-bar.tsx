/**
 * The two large answer buttons. They stay focusable while the narrator thinks (aria-disabled,
 * not disabled), so focus is not lost between beats; the handler ignores a press meanwhile.
 */
import type { Answer } from '../api';
import { useMessages } from '../i18n/i18n';

const ANSWERS: readonly Answer[] = ['yes', 'no'];
const ALWAYS = { yes: 'Y', no: 'N' } as const;

export function AnswerBar(props: { enabled: boolean; onAnswer: (value: Answer) => void }) {
  const messages = useMessages();
  return (
    <footer class="answers">
      <p class="visually-hidden" id="keys-hint">
        {messages.keysHint}
      </p>
      {ANSWERS.map((value) => (
        <button
          key={value}
          type="button"
          class="answer-button"
          aria-disabled={!props.enabled}
          aria-keyshortcuts={
            messages.keys[value] === ALWAYS[value]
              ? ALWAYS[value]
              : `${messages.keys[value]} ${ALWAYS[value]}`
          }
          aria-describedby="keys-hint"
          onClick={() => {
            props.onAnswer(value);
          }}
        >
          {messages[value]}
        </button>
      ))}
    </footer>
  );
}
