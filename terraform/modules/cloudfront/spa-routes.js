// CloudFront Function (cloudfront-js-2.0), viewer request, web behaviour only: a path whose last
// segment has no file extension is one of the app's routes, served by /index.html; /insights,
// the operators' page, is its own file.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls it by name
function handler(event) {
  var request = event.request;
  var last = request.uri.slice(request.uri.lastIndexOf('/') + 1);
  if (request.uri === '/insights') {
    request.uri = '/insights.html';
  } else if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}
