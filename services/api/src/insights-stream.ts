/**
 * Entry point of the insights' stream Lambda: the journeys table's stream into the daily
 * rollups table. No logic here.
 */
import { createInsightsStreamLambda } from './lambda/insights-stream-handler';

export const handler = createInsightsStreamLambda(process.env);
