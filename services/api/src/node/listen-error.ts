/**
 * Why the local server could not listen, said for the person who ran `npm start`: which port,
 * and what to do about it. A stack trace helps nobody here.
 */
export function describeListenError(error: unknown, host: string, port: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  const where = `${host}:${port}`;
  switch (code) {
    case 'EADDRINUSE':
      return `Port ${port} is already in use on ${host}. Stop whatever is using it, or choose another port: PORT=${port === 8787 ? 8788 : 8787} npm start`;
    case 'EACCES':
      return `Not allowed to listen on ${where} (ports below 1024 need privileges). Choose another port: PORT=8787 npm start`;
    case 'EADDRNOTAVAIL':
      return `${host} is not an address of this machine. Choose another host: HOST=127.0.0.1 npm start`;
    default:
      return `Could not listen on ${where}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
