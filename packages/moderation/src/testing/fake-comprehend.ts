/**
 * A fake Amazon Comprehend on loopback that speaks its real wire protocol (AWS JSON 1.1: a POST
 * to "/" naming the operation in `X-Amz-Target`, errors as `{"__type": ...}` with the status AWS
 * gives them), so the official SDK is tested as it runs on AWS. It scores by word lists: a text
 * holding a listed word gets that label's score, one holding an e-mail address an EMAIL entity.
 * Faults are scripted per request.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Words the fake treats as toxic, by DetectToxicContent label. */
export const FAKE_TOXIC_WORDS: Readonly<Record<string, string>> = {
  damnation: 'PROFANITY',
  vermin: 'HATE_SPEECH',
  imbecile: 'INSULT',
  throttle: 'VIOLENCE_OR_THREAT',
};

export interface FakeComprehendFault {
  /** Answer with this AWS error (`__type`) and status: ThrottlingException 400, InternalServerException 500. */
  error?: { type: string; status: number };
  /** Wait this long before answering. */
  delayMs?: number;
  /** Answer 200 with a body that is not JSON. */
  malformed?: boolean;
}

export interface FakeComprehend {
  url: string;
  /** Faults for the next requests, in order (each request of either operation takes one). */
  script(...faults: FakeComprehendFault[]): void;
  /** Operations received, in order ("DetectToxicContent"). */
  readonly received: string[];
  close(): Promise<void>;
}

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/giu;

function toxicResult(text: string) {
  const lower = text.toLowerCase();
  const labels = Object.entries(FAKE_TOXIC_WORDS)
    .filter(([word]) => lower.includes(word))
    .map(([, name]) => ({ Name: name, Score: 0.93 }));
  return {
    Labels: labels.length > 0 ? labels : [{ Name: 'PROFANITY', Score: 0.02 }],
    Toxicity: labels.length > 0 ? 0.91 : 0.03,
  };
}

function piiEntities(text: string) {
  return [...text.matchAll(EMAIL)].map((match) => ({
    Type: 'EMAIL',
    Score: 0.99,
    BeginOffset: match.index,
    EndOffset: match.index + match[0].length,
  }));
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'x-amzn-requestid': 'fake-comprehend',
  });
  response.end(body);
}

export async function startFakeComprehend(): Promise<FakeComprehend> {
  const faults: FakeComprehendFault[] = [];
  const received: string[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (raw += chunk));
    request.on('end', () => {
      const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      received.push(operation);
      const fault = faults.shift() ?? {};
      const answer = () => {
        if (fault.error !== undefined) {
          send(
            response,
            fault.error.status,
            JSON.stringify({ __type: fault.error.type, message: `fake ${fault.error.type}` }),
          );
          return;
        }
        if (fault.malformed === true) {
          send(response, 200, '{"ResultList": [');
          return;
        }
        const body = JSON.parse(raw || '{}') as {
          TextSegments?: { Text: string }[];
          Text?: string;
        };
        if (operation === 'DetectToxicContent') {
          const results = (body.TextSegments ?? []).map((segment) => toxicResult(segment.Text));
          send(response, 200, JSON.stringify({ ResultList: results }));
        } else if (operation === 'DetectPiiEntities') {
          send(response, 200, JSON.stringify({ Entities: piiEntities(body.Text ?? '') }));
        } else {
          send(
            response,
            400,
            JSON.stringify({ __type: 'UnknownOperationException', message: operation }),
          );
        }
      };
      if (fault.delayMs === undefined) answer();
      else setTimeout(answer, fault.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    script: (...more) => faults.push(...more),
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
