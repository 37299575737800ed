#!/usr/bin/env node
// `npm start`: builds whatever is missing or out of date, then runs the local server (app and
// API on one port) in this process, so Ctrl-C reaches it directly.
import { pathToFileURL } from 'node:url';
import { SERVER_BUNDLE, buildServer, buildWeb } from './build.mjs';

if (await buildWeb({ ifStale: true })) console.log('Built the web app.');
if (await buildServer({ ifStale: true })) console.log('Built the server.');
await import(pathToFileURL(SERVER_BUNDLE).href);
