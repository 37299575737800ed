/**
 * The story so far: beats and the reader's answers. The list is a live region that only ever
 * receives whole beats, so a screen reader announces each beat once; text still streaming in is
 * shown outside it and hidden from assistive technology.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Answer, Beat } from '../api';
import { useMessages } from '../i18n/i18n';

interface Props {
  beats: readonly Beat[];
  answers: readonly Answer[];
  streaming: string;
  thinking: boolean;
  /**
   * Keep the newest text in view as it arrives. Off for a shared story, which is read from the
   * top (where the notice says what it is).
   */
  follow: boolean;
  /** What follows the last beat and is kept in view with it (the ending's choices). */
  children?: ComponentChildren;
  /** The language the story is read in; a beat in another (untranslated) says so. */
  language: string;
}

export function StoryLog(props: Props) {
  const { beats, answers, streaming, thinking, follow, children, language } = props;
  const end = useRef<HTMLDivElement>(null);
  const messages = useMessages();
  // Keep the newest text, and whatever follows it, in view above the answer bar.
  useEffect(() => {
    if (!follow) return;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    end.current?.scrollIntoView({ block: 'end', behavior: reduced ? 'auto' : 'smooth' });
  }, [beats.length, streaming, thinking, follow]);
  return (
    <>
      <div role="log" aria-live="polite" aria-label={messages.storySoFar}>
        <ol class="log">
          {beats.map((beat, index) => {
            const answer = answers[index];
            return [
              <li
                key={`b${beat.turn}`}
                class={beat.ending === null ? 'beat' : 'beat ending-beat'}
                elementtiming="beat"
                lang={beat.language}
                title={beat.language !== language ? messages.untranslated : undefined}
              >
                {beat.text}
              </li>,
              answer === undefined ? null : (
                <li key={`a${beat.turn}`} class="answer">
                  <span class="visually-hidden">{messages.youAnswered}</span>
                  {messages[answer]}
                </li>
              ),
            ];
          })}
        </ol>
      </div>
      {streaming !== '' && (
        <p class="beat streaming" aria-hidden="true">
          {streaming}
        </p>
      )}
      {thinking && streaming === '' && (
        <p class="thinking" aria-hidden="true">
          <span>.</span>
          <span>.</span>
          <span>.</span>
        </p>
      )}
      {children}
      <div ref={end} class="log-end" />
    </>
  );
}
