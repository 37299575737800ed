/**
 * Y and N answer from anywhere but a text field, and so do the first letters of yes and no in
 * the reader's language (S in Spanish, O in French, J in German). The listener is attached once
 * and reads the latest handler and keys from refs, so a key pressed right after a beat appears
 * is never lost.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Answer } from '../api';

export function useAnswerKeys(
  answer: (value: Answer) => void,
  keys: { yes: string; no: string } = { yes: 'Y', no: 'N' },
): void {
  const answerRef = useRef(answer);
  answerRef.current = answer;
  const keysRef = useRef(keys);
  keysRef.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      const key = event.key.toLowerCase();
      if (key === 'y' || key === keysRef.current.yes.toLowerCase()) answerRef.current('yes');
      else if (key === 'n' || key === keysRef.current.no.toLowerCase()) answerRef.current('no');
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
