import { createAmazonTranslator } from './amazon-translator';
import { startFakeTranslate } from './testing';
import { translatorContract } from './translator.contract';

translatorContract(
  startFakeTranslate,
  (url) =>
    createAmazonTranslator({
      region: 'eu-west-1',
      endpoint: url,
      credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' },
    }),
  {
    throttled: { type: 'ThrottlingException', status: 400 },
    unavailable: { type: 'InternalServerException', status: 500 },
    refused: { type: 'AccessDeniedException', status: 400 },
  },
);
