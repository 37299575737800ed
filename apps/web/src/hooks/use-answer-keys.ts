/**
 * Y and N answer from anywhere but a text field. The listener is attached once and reads the
 * latest handler from a ref, so a key pressed right after a beat appears is never lost.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Answer } from '../api';

export function useAnswerKeys(answer: (value: Answer) => void): void {
  const answerRef = useRef(answer);
  answerRef.current = answer;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      const key = event.key.toLowerCase();
      if (key === 'y') answerRef.current('yes');
      if (key === 'n') answerRef.current('no');
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
