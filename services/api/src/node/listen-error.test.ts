import { describe, expect, it } from 'vitest';
import { describeListenError } from './listen-error';

const failure = (code: string) => Object.assign(new Error(`listen ${code}`), { code });

describe('describeListenError', () => {
  it('names a busy port and how to choose another', () => {
    expect(describeListenError(failure('EADDRINUSE'), '127.0.0.1', 8787)).toBe(
      'Port 8787 is already in use on 127.0.0.1. Stop whatever is using it, or choose another port: PORT=8788 npm start',
    );
  });

  it('says what to do about a privileged port and an address that is not this machine', () => {
    expect(describeListenError(failure('EACCES'), '0.0.0.0', 80)).toContain('PORT=8787 npm start');
    expect(describeListenError(failure('EADDRNOTAVAIL'), '10.9.9.9', 8787)).toContain(
      'HOST=127.0.0.1 npm start',
    );
  });

  it('passes anything else on in one line', () => {
    expect(describeListenError(new Error('odd'), 'localhost', 1)).toBe(
      'Could not listen on localhost:1: odd',
    );
  });
});
