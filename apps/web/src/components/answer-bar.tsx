/**
 * The two large answer buttons. They stay focusable while the narrator thinks (aria-disabled,
 * not disabled), so focus is not lost between beats; the handler ignores a press meanwhile.
 */
import type { Answer } from '../api';

const ANSWERS: readonly { value: Answer; label: string; key: string }[] = [
  { value: 'yes', label: 'Yes', key: 'Y' },
  { value: 'no', label: 'No', key: 'N' },
];

export function AnswerBar(props: { enabled: boolean; onAnswer: (value: Answer) => void }) {
  return (
    <footer class="answers">
      <p class="visually-hidden" id="keys-hint">
        Press Y for yes or N for no.
      </p>
      {ANSWERS.map(({ value, label, key }) => (
        <button
          key={value}
          type="button"
          class="answer-button"
          aria-disabled={!props.enabled}
          aria-keyshortcuts={key}
          aria-describedby="keys-hint"
          onClick={() => {
            props.onAnswer(value);
          }}
        >
          {label}
        </button>
      ))}
    </footer>
  );
}
