/**
 * The Element Timing API's attribute, which Preact's JSX types do not list: an element carrying
 * it reports when it was first painted (a `PerformanceElementTiming` entry named by its value).
 * The beats carry it, so "the first beat on screen" is read from the browser's own paint time.
 */
import 'preact';

declare module 'preact' {
  namespace JSX {
    interface HTMLAttributes {
      elementtiming?: string;
    }
  }
}
