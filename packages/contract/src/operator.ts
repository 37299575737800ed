/**
 * How an operator's token travels to the insights: in a header of its own, not in
 * `Authorization`, which on AWS the origin signer fills with the request's SigV4 signature
 * (API Gateway takes only that). The server also accepts `Authorization: Bearer` where nothing
 * signs requests (the local server, curl).
 */
export const OPERATOR_TOKEN_HEADER = 'X-Liminal-Operator-Token';
